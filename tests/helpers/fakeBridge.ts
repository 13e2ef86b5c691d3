import type { StroomlijnBridge } from '../../shared/ipc/contract';

/**
 * A bridge for unit tests of renderer code: every method answers the quiet outcome
 * (cancelled, nothing recovered, nothing recent, no link opened); pass the methods a test
 * cares about as overrides.
 */
export function createFakeBridge(overrides: Partial<StroomlijnBridge> = {}): StroomlijnBridge {
  return {
    kind: 'browser',
    getSystemLanguage: () => Promise.resolve('nl'),
    getPreferences: () => Promise.resolve({}),
    setPreferences: (patch) => Promise.resolve({ ...patch }),
    openMapFile: () => Promise.resolve({ ok: false, reason: 'cancelled' }),
    saveMapFile: () => Promise.resolve({ ok: false, reason: 'cancelled' }),
    onMenuCommand: () => () => undefined,
    setMenuState: () => Promise.resolve(),
    setDocumentTitle: () => Promise.resolve(),
    openDroppedFile: (file) => Promise.resolve({ ok: false, reason: 'failed', fileName: file.name, message: 'not supported by the fake bridge' }),
    listRecent: () => Promise.resolve([]),
    openRecent: () => Promise.resolve({ ok: false, reason: 'failed', message: 'ENOENT: not in the recent files list' }),
    writeRecovery: () => Promise.resolve({ ok: true, savedAt: new Date(0).toISOString() }),
    listRecovered: () => Promise.resolve([]),
    discardRecovery: () => Promise.resolve(),
    openExternal: () => Promise.resolve({ opened: false }),
    onOpenFileRequest: () => () => undefined,
    onCloseRequest: () => () => undefined,
    answerCloseRequest: () => Promise.resolve(),
    exportFile: () => Promise.resolve({ ok: false, reason: 'cancelled' }),
    printPlanToPdf: () => Promise.resolve({ ok: false, reason: 'failed', message: 'not supported by the fake bridge' }),
    openEventLog: () => Promise.resolve({ ok: false, reason: 'cancelled' }),
    openImportFile: () => Promise.resolve({ ok: false, reason: 'cancelled' }),
    readEventLogChunk: () => Promise.resolve({ ok: false, reason: 'failed', message: 'not supported by the fake bridge' }),
    ...overrides,
  };
}
