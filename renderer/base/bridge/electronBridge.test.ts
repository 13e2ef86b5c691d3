import { describe, expect, it, vi } from 'vitest';
import type { MenuCommandId, StroomlijnPreloadApi } from '../../../shared/ipc/contract';
import { BridgeError } from './bridgeError';
import { createElectronBridge } from './electronBridge';

function fakeApi(overrides: Partial<StroomlijnPreloadApi> = {}): StroomlijnPreloadApi {
  const ok = (value: unknown) => () => Promise.resolve({ ok: true, value });
  return {
    getSystemLanguage: ok('nl'),
    getPreferences: ok({}),
    setPreferences: ok({ language: 'en' }),
    openMapFile: ok({ ok: true, handle: 'h1', fileName: 'a.stroomlijn', text: '{}' }),
    saveMapFile: ok({ ok: false, reason: 'cancelled' }),
    onMenuCommand: () => () => undefined,
    setMenuState: ok(null),
    setDocumentTitle: ok(null),
    openDroppedFile: ok({ ok: true, handle: 'h2', fileName: 'b.stroomlijn', text: '{}' }),
    listRecent: ok([{ id: '0123456789abcdef', fileName: 'a.stroomlijn', folderName: 'Documenten', openedAt: '2026-11-26T10:00:00.000Z' }]),
    openRecent: ok({ ok: false, reason: 'failed', fileName: 'a.stroomlijn', message: 'ENOENT' }),
    writeRecovery: ok({ ok: true, savedAt: '2026-11-26T10:00:00.000Z' }),
    listRecovered: ok([]),
    discardRecovery: ok(null),
    openExternal: ok({ opened: true }),
    onOpenFileRequest: () => () => undefined,
    onCloseRequest: () => () => undefined,
    answerCloseRequest: ok(null),
    exportFile: ok({ ok: true, fileName: 'plan.docx' }),
    printPlanToPdf: ok({ ok: true, pdf: new Uint8Array([0x25, 0x50, 0x44, 0x46]) }),
    openEventLog: ok({ ok: true, logId: 'log-1', fileName: 'zaken.csv', sizeBytes: 10 }),
    readEventLogChunk: ok({ ok: true, bytes: new Uint8Array([1, 2]) }),
    openImportFile: ok({ ok: false, reason: 'cancelled' }),
    ...overrides,
  };
}

async function rejection(promise: Promise<unknown>): Promise<BridgeError> {
  const error: unknown = await promise.then(() => undefined, (reason: unknown) => reason);
  if (!(error instanceof BridgeError)) throw new Error(`expected a BridgeError, got ${String(error)}`);
  return error;
}

describe('createElectronBridge', () => {
  it('unwraps valid answers', async () => {
    const bridge = createElectronBridge(fakeApi());
    expect(bridge.kind).toBe('electron');
    expect(await bridge.getSystemLanguage()).toBe('nl');
    expect(await bridge.setPreferences({ language: 'en' })).toEqual({ language: 'en' });
    expect(await bridge.openMapFile()).toEqual({ ok: true, handle: 'h1', fileName: 'a.stroomlijn', text: '{}' });
    expect(await bridge.saveMapFile({ handle: null, suggestedName: 'a', text: '{}', saveAs: false })).toEqual({ ok: false, reason: 'cancelled' });
    await expect(bridge.setMenuState({ language: 'nl', canUndo: false, canRedo: false, hasSelection: false })).resolves.toBeUndefined();
  });

  it('rejects answers outside the contract', async () => {
    const bridge = createElectronBridge(
      fakeApi({
        getSystemLanguage: () => Promise.resolve({ ok: true, value: 'fr' }),
        openMapFile: () => Promise.resolve({ ok: true, value: { ok: true, handle: 'h', fileName: 'a', text: '{}', path: '/home/x/a' } }),
        getPreferences: () => Promise.resolve('{}'),
      }),
    );
    expect((await rejection(bridge.getSystemLanguage())).code).toBe('invalidResponse');
    expect((await rejection(bridge.openMapFile())).code).toBe('invalidResponse');
    expect((await rejection(bridge.getPreferences())).message).toMatch(/^getPreferences: unexpected answer/);
  });

  it('turns a refusal by main into a typed BridgeError', async () => {
    const bridge = createElectronBridge(
      fakeApi({ saveMapFile: () => Promise.resolve({ ok: false, error: { code: 'invalidPayload', message: 'map:save: text must be a string' } }) }),
    );
    const error = await rejection(bridge.saveMapFile({ handle: null, suggestedName: 'a', text: '{}', saveAs: false }));
    expect(error).toMatchObject({ name: 'BridgeError', code: 'invalidPayload', message: 'map:save: text must be a string' });
  });

  it('passes on only known menu commands', () => {
    let deliver: (id: MenuCommandId) => void = () => undefined;
    const unsubscribe = vi.fn();
    const bridge = createElectronBridge(
      fakeApi({
        onMenuCommand: (callback) => {
          deliver = callback;
          return unsubscribe;
        },
      }),
    );
    const received: MenuCommandId[] = [];
    const stop = bridge.onMenuCommand((id) => received.push(id));
    deliver('edit.undo');
    deliver('rm -rf' as MenuCommandId);
    expect(received).toEqual(['edit.undo']);
    stop();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });

  it('validates the answers of the new methods', async () => {
    const bridge = createElectronBridge(fakeApi());
    expect(await bridge.listRecent()).toHaveLength(1);
    expect(await bridge.openRecent('0123456789abcdef')).toMatchObject({ ok: false, reason: 'failed' });
    expect(await bridge.writeRecovery({ documentId: 'd1', title: 'T', handle: null, text: '{}' })).toEqual({ ok: true, savedAt: '2026-11-26T10:00:00.000Z' });
    await expect(bridge.discardRecovery('d1')).resolves.toBeUndefined();
    await expect(bridge.answerCloseRequest(false)).resolves.toBeUndefined();
    const leaky = createElectronBridge(
      fakeApi({
        listRecent: () => Promise.resolve({ ok: true, value: [{ id: '0123456789abcdef', fileName: 'a', folderName: 'b', openedAt: '2026-11-26T10:00:00.000Z', path: '/home/a' }] }),
        listRecovered: () => Promise.resolve({ ok: true, value: [{ documentId: '../x', title: 'T', savedAt: 'now', fileName: null, handle: null, text: '' }] }),
      }),
    );
    expect((await rejection(leaky.listRecent())).code).toBe('invalidResponse');
    expect((await rejection(leaky.listRecovered())).code).toBe('invalidResponse');
  });

  it('passes on only well-formed open requests and close requests without payload', () => {
    let deliver: (request: unknown) => void = () => undefined;
    let close: (payload: unknown) => void = () => undefined;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const bridge = createElectronBridge(
      fakeApi({
        onOpenFileRequest: (callback) => ((deliver = callback), () => undefined),
        onCloseRequest: (callback) => ((close = callback), () => undefined),
      }),
    );
    const requests: unknown[] = [];
    bridge.onOpenFileRequest((request) => requests.push(request));
    deliver({ ok: true, handle: 'h', fileName: 'a.stroomlijn', text: '{}' });
    deliver({ ok: false, reason: 'cancelled' });
    deliver({ ok: true, handle: 'h', fileName: 'a.stroomlijn', text: '{}', path: '/x' });
    expect(requests).toEqual([{ ok: true, handle: 'h', fileName: 'a.stroomlijn', text: '{}' }]);
    expect(errors).toHaveBeenCalledTimes(2);
    errors.mockRestore();
    const closing = vi.fn();
    bridge.onCloseRequest(closing);
    close('ignored payload');
    expect(closing.mock.calls).toEqual([[]]);
  });
});
