import { describe, expect, it, vi, type Mock } from 'vitest';
import { IPC_METHODS, IPC_METHOD_NAMES, ipcErrorSchema, type SaveMapFileRequest } from '../../shared/ipc/contract';
import { registerIpcRoutes, type InvokeEvent, type IpcMainLike } from './ipc';
import { buildIpcRoutes, type IpcHandlers } from './ipcRoutes';
import { APP_ENTRY_URL, isTrustedSenderFrame } from './security';

const trustedEvent = { sender: {}, senderFrame: { url: APP_ENTRY_URL, parent: null } } as unknown as InvokeEvent;
const foreignEvents: Record<string, InvokeEvent> = {
  'a web page': { sender: {}, senderFrame: { url: 'https://example.com/', parent: null } } as unknown as InvokeEvent,
  'an iframe': { sender: {}, senderFrame: { url: APP_ENTRY_URL, parent: {} } } as unknown as InvokeEvent,
  'a destroyed frame': { sender: {}, senderFrame: null } as unknown as InvokeEvent,
};

type MockedServices = { [K in keyof IpcHandlers]: Mock<IpcHandlers[K]> };

function fakeServices(): MockedServices {
  return {
    getSystemLanguage: vi.fn<IpcHandlers['getSystemLanguage']>(() => 'nl'),
    getPreferences: vi.fn<IpcHandlers['getPreferences']>(() => ({ language: 'en' })),
    setPreferences: vi.fn<IpcHandlers['setPreferences']>((_event, patch) => ({ ...patch })),
    openMapFile: vi.fn<IpcHandlers['openMapFile']>(() => Promise.resolve({ ok: false, reason: 'cancelled' })),
    saveMapFile: vi.fn<IpcHandlers['saveMapFile']>(() => Promise.resolve({ ok: true, handle: 'h1', fileName: 'a.stroomlijn' })),
    setMenuState: vi.fn<IpcHandlers['setMenuState']>(),
    setDocumentTitle: vi.fn<IpcHandlers['setDocumentTitle']>(),
    openDroppedFile: vi.fn<IpcHandlers['openDroppedFile']>(() => Promise.resolve({ ok: true, handle: 'h2', fileName: 'b.stroomlijn', text: '{}' })),
    listRecent: vi.fn<IpcHandlers['listRecent']>(() => []),
    openRecent: vi.fn<IpcHandlers['openRecent']>(() => Promise.resolve({ ok: false, reason: 'failed', message: 'ENOENT' })),
    writeRecovery: vi.fn<IpcHandlers['writeRecovery']>(() => Promise.resolve({ ok: true, savedAt: '2026-11-26T10:00:00.000Z' })),
    listRecovered: vi.fn<IpcHandlers['listRecovered']>(() => Promise.resolve([])),
    discardRecovery: vi.fn<IpcHandlers['discardRecovery']>(() => Promise.resolve()),
    openExternal: vi.fn<IpcHandlers['openExternal']>(() => Promise.resolve({ opened: true })),
    answerCloseRequest: vi.fn<IpcHandlers['answerCloseRequest']>(),
    onOpenFileRequest: vi.fn<IpcHandlers['onOpenFileRequest']>(),
    onCloseRequest: vi.fn<IpcHandlers['onCloseRequest']>(),
    exportFile: vi.fn<IpcHandlers['exportFile']>(() => Promise.resolve({ ok: true, fileName: 'plan.docx' })),
    printPlanToPdf: vi.fn<IpcHandlers['printPlanToPdf']>(() => Promise.resolve({ ok: true, pdf: new Uint8Array([0x25, 0x50, 0x44, 0x46]) })),
    openEventLog: vi.fn<IpcHandlers['openEventLog']>(() => Promise.resolve({ ok: false, reason: 'cancelled' })),
    readEventLogChunk: vi.fn<IpcHandlers['readEventLogChunk']>(() => Promise.resolve({ ok: true, bytes: new Uint8Array([1, 2]) })),
    openImportFile: vi.fn<IpcHandlers['openImportFile']>(() => Promise.resolve({ ok: false, reason: 'cancelled' })),
  };
}

function setup(services = fakeServices()) {
  const logError = vi.fn();
  const handlers = new Map<string, (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => handlers.set(channel, listener as never) };
  registerIpcRoutes(ipcMain, buildIpcRoutes(services, { isTrustedSender: isTrustedSenderFrame, logError }));
  const call = (channel: string, event: InvokeEvent, ...args: unknown[]) => {
    const handler = handlers.get(channel);
    if (handler === undefined) throw new Error(`no handler for ${channel}`);
    return handler(event, ...args);
  };
  return { services, handlers, call, logError };
}

const validSave: SaveMapFileRequest = { handle: null, suggestedName: 'Facturen', text: '{"format":"stroomlijn-map"}', saveAs: false };

const validRecovery = { documentId: 'doc-1', title: 'Facturen', handle: null, text: '{}' };

/** A valid payload per channel, so each route can be called in the loops below. */
const validPayloads: Record<string, unknown[]> = {
  [IPC_METHODS.getSystemLanguage.channel]: [],
  [IPC_METHODS.getPreferences.channel]: [],
  [IPC_METHODS.setPreferences.channel]: [{ language: 'nl' }],
  [IPC_METHODS.openMapFile.channel]: [],
  [IPC_METHODS.saveMapFile.channel]: [validSave],
  [IPC_METHODS.setMenuState.channel]: [{ language: 'en', canUndo: true, canRedo: false, hasSelection: false }],
  [IPC_METHODS.setDocumentTitle.channel]: [{ fileName: null, title: 'Facturen', dirty: true }],
  [IPC_METHODS.openDroppedFile.channel]: ['/home/anna/facturen.stroomlijn'],
  [IPC_METHODS.listRecent.channel]: [],
  [IPC_METHODS.openRecent.channel]: ['0123456789abcdef'],
  [IPC_METHODS.writeRecovery.channel]: [validRecovery],
  [IPC_METHODS.listRecovered.channel]: [],
  [IPC_METHODS.discardRecovery.channel]: ['doc-1'],
  [IPC_METHODS.openExternal.channel]: ['https://example.com/'],
  [IPC_METHODS.answerCloseRequest.channel]: [true],
  [IPC_METHODS.onOpenFileRequest.listenChannel]: [],
  [IPC_METHODS.onCloseRequest.listenChannel]: [],
  [IPC_METHODS.exportFile.channel]: [{ suggestedName: 'Verbeterplan', kind: 'docx', content: new Uint8Array([1, 2, 3]) }],
  [IPC_METHODS.printPlanToPdf.channel]: [{ html: '<!doctype html><title>Plan</title>' }],
  [IPC_METHODS.openEventLog.channel]: [],
  [IPC_METHODS.readEventLogChunk.channel]: [{ logId: 'log-1', offsetBytes: 0, lengthBytes: 4096 }],
  [IPC_METHODS.openImportFile.channel]: [],
};

describe('IPC routes', () => {
  it('register a route for every entry of the IPC table: its channel, or the listen channel of an event', () => {
    const { handlers } = setup();
    const expected = IPC_METHOD_NAMES.flatMap((name) => {
      const method: { kind: string; channel: string; listenChannel?: string } = IPC_METHODS[name];
      if (method.kind === 'invoke') return [method.channel];
      return method.listenChannel === undefined ? [] : [method.listenChannel];
    });
    expect([...handlers.keys()].sort()).toEqual(expected.sort());
    expect([...handlers.keys()].sort()).toEqual(Object.keys(validPayloads).sort());
    // The menu is the one event the page subscribes to without telling main.
    expect(IPC_METHOD_NAMES.filter((name) => IPC_METHODS[name].kind === 'event').sort()).toEqual(['onCloseRequest', 'onMenuCommand', 'onOpenFileRequest']);
  });

  it.each(Object.entries(foreignEvents))('refuse every call from %s before looking at it', async (_name, event) => {
    const { call, services } = setup();
    for (const [channel, args] of Object.entries(validPayloads)) {
      const response = await call(channel, event, ...args);
      expect(response).toMatchObject({ ok: false, error: { code: 'forbiddenSender' } });
    }
    for (const service of Object.values(services)) expect(service).not.toHaveBeenCalled();
  });

  it('answer a trusted sender with the service result', async () => {
    const { call, services } = setup();
    expect(await call(IPC_METHODS.getSystemLanguage.channel, trustedEvent)).toEqual({ ok: true, value: 'nl' });
    expect(await call(IPC_METHODS.saveMapFile.channel, trustedEvent, validSave)).toEqual({ ok: true, value: { ok: true, handle: 'h1', fileName: 'a.stroomlijn' } });
    expect(services.saveMapFile).toHaveBeenCalledWith(trustedEvent, validSave);
    expect(await call(IPC_METHODS.setDocumentTitle.channel, trustedEvent, { fileName: 'a.stroomlijn', title: 'A', dirty: false })).toEqual({ ok: true, value: null });
    expect(services.setDocumentTitle).toHaveBeenCalledWith(trustedEvent, { fileName: 'a.stroomlijn', title: 'A', dirty: false });
  });

  it.each([
    [IPC_METHODS.saveMapFile.channel, [{ ...validSave, path: '/etc/passwd' }]],
    [IPC_METHODS.saveMapFile.channel, [{ ...validSave, handle: 42 }]],
    [IPC_METHODS.saveMapFile.channel, [{ ...validSave, text: undefined }]],
    [IPC_METHODS.saveMapFile.channel, ['{"format":"stroomlijn-map"}']],
    [IPC_METHODS.saveMapFile.channel, []],
    [IPC_METHODS.setPreferences.channel, [{ language: 'de' }]],
    [IPC_METHODS.setPreferences.channel, [{ language: 'nl', theme: 'dark' }]],
    [IPC_METHODS.setMenuState.channel, [{ language: 'nl', canUndo: 'yes', canRedo: false, hasSelection: false }]],
    [IPC_METHODS.setDocumentTitle.channel, [{ fileName: '', title: 'x', dirty: false }]],
    [IPC_METHODS.openMapFile.channel, [{ path: '/etc/passwd' }]],
    [IPC_METHODS.getPreferences.channel, [null]],
    [IPC_METHODS.setPreferences.channel, [{ language: 'nl' }, 'extra']],
    [IPC_METHODS.saveMapFile.channel, [{ ...validSave, force: 1 }]],
    [IPC_METHODS.writeRecovery.channel, [{ ...validRecovery, documentId: '../../.ssh/id_rsa' }]],
    [IPC_METHODS.writeRecovery.channel, [{ ...validRecovery, path: '/tmp/evil' }]],
    [IPC_METHODS.writeRecovery.channel, [{ ...validRecovery, text: 42 }]],
    [IPC_METHODS.discardRecovery.channel, ['../settings']],
    [IPC_METHODS.discardRecovery.channel, [{ documentId: 'doc-1' }]],
    [IPC_METHODS.openRecent.channel, ['/home/anna/facturen.stroomlijn']],
    [IPC_METHODS.openRecent.channel, [3]],
    [IPC_METHODS.openExternal.channel, ['']],
    [IPC_METHODS.openExternal.channel, [{ url: 'https://example.com' }]],
    [IPC_METHODS.answerCloseRequest.channel, ['yes']],
    [IPC_METHODS.answerCloseRequest.channel, []],
    [IPC_METHODS.openDroppedFile.channel, [{ path: '/etc/passwd' }]],
    [IPC_METHODS.listRecovered.channel, ['all']],
    [IPC_METHODS.onCloseRequest.listenChannel, [true]],
    [IPC_METHODS.exportFile.channel, [{ suggestedName: 'plan', kind: 'exe', content: 'MZ' }]],
    [IPC_METHODS.exportFile.channel, [{ suggestedName: 'plan', kind: 'md', content: 'x', path: '/etc/passwd' }]],
    [IPC_METHODS.exportFile.channel, [{ suggestedName: 'plan', kind: 'docx', content: [1, 2, 3] }]],
    [IPC_METHODS.exportFile.channel, [{ suggestedName: '', kind: 'md', content: 'x' }]],
    [IPC_METHODS.printPlanToPdf.channel, [{ html: '' }]],
    [IPC_METHODS.printPlanToPdf.channel, [{ html: '<p>x</p>', url: 'https://example.com/' }]],
    [IPC_METHODS.printPlanToPdf.channel, ['<p>x</p>']],
  ] as const)('refuse a malformed %s payload with a typed error', async (channel, args) => {
    const { call, services } = setup();
    const response = (await call(channel, trustedEvent, ...args)) as { ok: boolean; error: unknown };
    expect(response.ok).toBe(false);
    expect(ipcErrorSchema.parse(response.error).code).toBe('invalidPayload');
    for (const service of Object.values(services)) expect(service).not.toHaveBeenCalled();
  });

  it('turn a failing service into an internal error and log it', async () => {
    const services = fakeServices();
    services.openMapFile.mockRejectedValue(new Error('disk on fire'));
    const { call, logError } = setup(services);
    expect(await call(IPC_METHODS.openMapFile.channel, trustedEvent)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'map:open failed: disk on fire' },
    });
    expect(logError).toHaveBeenCalledWith('map:open', expect.any(Error));
  });

  it('refuse registering a channel twice', () => {
    const routes = buildIpcRoutes(fakeServices(), { isTrustedSender: () => true, logError: vi.fn() });
    expect(() => registerIpcRoutes({ handle: vi.fn() }, [...routes, routes[0]!])).toThrow(/registered twice/);
  });
});
