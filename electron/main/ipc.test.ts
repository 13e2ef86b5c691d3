import { describe, expect, it, vi, type Mock } from 'vitest';
import { BRIDGE_METHOD_NAMES, IPC_CHANNELS, isMainToRendererChannel, ipcErrorSchema, type IpcChannel, type MainToRendererChannel, type SaveMapFileRequest } from '../../shared/ipc/contract';
import { registerIpcRoutes, type InvokeEvent, type IpcMainLike } from './ipc';
import { buildIpcRoutes, type IpcServices } from './ipcRoutes';
import { APP_ENTRY_URL, isTrustedSenderFrame } from './security';

const trustedEvent = { sender: {}, senderFrame: { url: APP_ENTRY_URL, parent: null } } as unknown as InvokeEvent;
const foreignEvents: Record<string, InvokeEvent> = {
  'a web page': { sender: {}, senderFrame: { url: 'https://example.com/', parent: null } } as unknown as InvokeEvent,
  'an iframe': { sender: {}, senderFrame: { url: APP_ENTRY_URL, parent: {} } } as unknown as InvokeEvent,
  'a destroyed frame': { sender: {}, senderFrame: null } as unknown as InvokeEvent,
};

type MockedServices = { [K in keyof IpcServices]: Mock<IpcServices[K]> };

function fakeServices(): MockedServices {
  return {
    getSystemLanguage: vi.fn<IpcServices['getSystemLanguage']>(() => 'nl'),
    getPreferences: vi.fn<IpcServices['getPreferences']>(() => ({ language: 'en' })),
    setPreferences: vi.fn<IpcServices['setPreferences']>((patch) => ({ ...patch })),
    openMapFile: vi.fn<IpcServices['openMapFile']>(() => Promise.resolve({ ok: false, reason: 'cancelled' })),
    saveMapFile: vi.fn<IpcServices['saveMapFile']>(() => Promise.resolve({ ok: true, handle: 'h1', fileName: 'a.stroomlijn' })),
    setMenuState: vi.fn<IpcServices['setMenuState']>(),
    setDocumentTitle: vi.fn<IpcServices['setDocumentTitle']>(),
    openDroppedFile: vi.fn<IpcServices['openDroppedFile']>(() => Promise.resolve({ ok: true, handle: 'h2', fileName: 'b.stroomlijn', text: '{}' })),
    listRecent: vi.fn<IpcServices['listRecent']>(() => []),
    openRecent: vi.fn<IpcServices['openRecent']>(() => Promise.resolve({ ok: false, reason: 'failed', message: 'ENOENT' })),
    writeRecovery: vi.fn<IpcServices['writeRecovery']>(() => Promise.resolve({ ok: true, savedAt: '2026-11-26T10:00:00.000Z' })),
    listRecovered: vi.fn<IpcServices['listRecovered']>(() => Promise.resolve([])),
    discardRecovery: vi.fn<IpcServices['discardRecovery']>(() => Promise.resolve()),
    openLink: vi.fn<IpcServices['openLink']>(() => Promise.resolve({ opened: true })),
    answerCloseRequest: vi.fn<IpcServices['answerCloseRequest']>(),
    listenForOpenRequests: vi.fn<IpcServices['listenForOpenRequests']>(),
    listenForCloseRequests: vi.fn<IpcServices['listenForCloseRequests']>(),
    exportFile: vi.fn<IpcServices['exportFile']>(() => Promise.resolve({ ok: true, fileName: 'plan.docx' })),
    printPlanToPdf: vi.fn<IpcServices['printPlanToPdf']>(() => Promise.resolve({ ok: true, pdf: new Uint8Array([0x25, 0x50, 0x44, 0x46]) })),
  };
}

function setup(services = fakeServices()) {
  const logError = vi.fn();
  const handlers = new Map<string, (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => handlers.set(channel, listener as never) };
  registerIpcRoutes(ipcMain, buildIpcRoutes(services, { isTrustedSender: isTrustedSenderFrame, logError }));
  const call = (channel: IpcChannel, event: InvokeEvent, ...args: unknown[]) => {
    const handler = handlers.get(channel);
    if (handler === undefined) throw new Error(`no handler for ${channel}`);
    return handler(event, ...args);
  };
  return { services, handlers, call, logError };
}

const validSave: SaveMapFileRequest = { handle: null, suggestedName: 'Facturen', text: '{"format":"stroomlijn-map"}', saveAs: false };

const validRecovery = { documentId: 'doc-1', title: 'Facturen', handle: null, text: '{}' };
type InvokeChannel = Exclude<IpcChannel, MainToRendererChannel>;

/** A valid payload per channel, so each route can be called in the loops below. */
const validPayloads: Record<InvokeChannel, unknown[]> = {
  [IPC_CHANNELS.getSystemLanguage]: [],
  [IPC_CHANNELS.getPreferences]: [],
  [IPC_CHANNELS.setPreferences]: [{ language: 'nl' }],
  [IPC_CHANNELS.openMapFile]: [],
  [IPC_CHANNELS.saveMapFile]: [validSave],
  [IPC_CHANNELS.setMenuState]: [{ language: 'en', canUndo: true, canRedo: false, hasSelection: false }],
  [IPC_CHANNELS.setDocumentTitle]: [{ fileName: null, title: 'Facturen', dirty: true }],
  [IPC_CHANNELS.openDroppedFile]: ['/home/anna/facturen.stroomlijn'],
  [IPC_CHANNELS.listRecent]: [],
  [IPC_CHANNELS.openRecent]: ['0123456789abcdef'],
  [IPC_CHANNELS.writeRecovery]: [validRecovery],
  [IPC_CHANNELS.listRecovered]: [],
  [IPC_CHANNELS.discardRecovery]: ['doc-1'],
  [IPC_CHANNELS.openExternal]: ['https://example.com/'],
  [IPC_CHANNELS.answerCloseRequest]: [true],
  [IPC_CHANNELS.listenForOpenRequests]: [],
  [IPC_CHANNELS.listenForCloseRequests]: [],
  [IPC_CHANNELS.exportFile]: [{ suggestedName: 'Verbeterplan', kind: 'docx', content: new Uint8Array([1, 2, 3]) }],
  [IPC_CHANNELS.printPlanToPdf]: [{ html: '<!doctype html><title>Plan</title>' }],
};

describe('IPC routes', () => {
  it('register one handler per invoke channel (the subscriptions listen on channels main sends on)', () => {
    const { handlers } = setup();
    const invokeChannels = Object.values(IPC_CHANNELS).filter((channel) => !isMainToRendererChannel(channel));
    expect([...handlers.keys()].sort()).toEqual(invokeChannels.sort());
    expect([...handlers.keys()].sort()).toEqual(Object.keys(validPayloads).sort());
    // Every bridge method is either a call on the channel of its own name or a subscription.
    for (const name of BRIDGE_METHOD_NAMES.filter((method) => !method.startsWith('on'))) expect(IPC_CHANNELS, name).toHaveProperty(name);
    expect(BRIDGE_METHOD_NAMES.filter((method) => method.startsWith('on')).sort()).toEqual(['onCloseRequest', 'onMenuAction', 'onOpenFileRequest']);
  });

  it.each(Object.entries(foreignEvents))('refuse every call from %s before looking at it', async (_name, event) => {
    const { call, services } = setup();
    for (const [channel, args] of Object.entries(validPayloads)) {
      const response = await call(channel as IpcChannel, event, ...args);
      expect(response).toMatchObject({ ok: false, error: { code: 'forbiddenSender' } });
    }
    for (const service of Object.values(services)) expect(service).not.toHaveBeenCalled();
  });

  it('answer a trusted sender with the service result', async () => {
    const { call, services } = setup();
    expect(await call(IPC_CHANNELS.getSystemLanguage, trustedEvent)).toEqual({ ok: true, value: 'nl' });
    expect(await call(IPC_CHANNELS.saveMapFile, trustedEvent, validSave)).toEqual({ ok: true, value: { ok: true, handle: 'h1', fileName: 'a.stroomlijn' } });
    expect(services.saveMapFile).toHaveBeenCalledWith(trustedEvent, validSave);
    expect(await call(IPC_CHANNELS.setDocumentTitle, trustedEvent, { fileName: 'a.stroomlijn', title: 'A', dirty: false })).toEqual({ ok: true, value: null });
    expect(services.setDocumentTitle).toHaveBeenCalledWith(trustedEvent, { fileName: 'a.stroomlijn', title: 'A', dirty: false });
  });

  it.each([
    [IPC_CHANNELS.saveMapFile, [{ ...validSave, path: '/etc/passwd' }]],
    [IPC_CHANNELS.saveMapFile, [{ ...validSave, handle: 42 }]],
    [IPC_CHANNELS.saveMapFile, [{ ...validSave, text: undefined }]],
    [IPC_CHANNELS.saveMapFile, ['{"format":"stroomlijn-map"}']],
    [IPC_CHANNELS.saveMapFile, []],
    [IPC_CHANNELS.setPreferences, [{ language: 'de' }]],
    [IPC_CHANNELS.setPreferences, [{ language: 'nl', theme: 'dark' }]],
    [IPC_CHANNELS.setMenuState, [{ language: 'nl', canUndo: 'yes', canRedo: false, hasSelection: false }]],
    [IPC_CHANNELS.setDocumentTitle, [{ fileName: '', title: 'x', dirty: false }]],
    [IPC_CHANNELS.openMapFile, [{ path: '/etc/passwd' }]],
    [IPC_CHANNELS.getPreferences, [null]],
    [IPC_CHANNELS.setPreferences, [{ language: 'nl' }, 'extra']],
    [IPC_CHANNELS.saveMapFile, [{ ...validSave, force: 1 }]],
    [IPC_CHANNELS.writeRecovery, [{ ...validRecovery, documentId: '../../.ssh/id_rsa' }]],
    [IPC_CHANNELS.writeRecovery, [{ ...validRecovery, path: '/tmp/evil' }]],
    [IPC_CHANNELS.writeRecovery, [{ ...validRecovery, text: 42 }]],
    [IPC_CHANNELS.discardRecovery, ['../settings']],
    [IPC_CHANNELS.discardRecovery, [{ documentId: 'doc-1' }]],
    [IPC_CHANNELS.openRecent, ['/home/anna/facturen.stroomlijn']],
    [IPC_CHANNELS.openRecent, [3]],
    [IPC_CHANNELS.openExternal, ['']],
    [IPC_CHANNELS.openExternal, [{ url: 'https://example.com' }]],
    [IPC_CHANNELS.answerCloseRequest, ['yes']],
    [IPC_CHANNELS.answerCloseRequest, []],
    [IPC_CHANNELS.openDroppedFile, [{ path: '/etc/passwd' }]],
    [IPC_CHANNELS.listRecovered, ['all']],
    [IPC_CHANNELS.listenForCloseRequests, [true]],
    [IPC_CHANNELS.exportFile, [{ suggestedName: 'plan', kind: 'exe', content: 'MZ' }]],
    [IPC_CHANNELS.exportFile, [{ suggestedName: 'plan', kind: 'md', content: 'x', path: '/etc/passwd' }]],
    [IPC_CHANNELS.exportFile, [{ suggestedName: 'plan', kind: 'docx', content: [1, 2, 3] }]],
    [IPC_CHANNELS.exportFile, [{ suggestedName: '', kind: 'md', content: 'x' }]],
    [IPC_CHANNELS.printPlanToPdf, [{ html: '' }]],
    [IPC_CHANNELS.printPlanToPdf, [{ html: '<p>x</p>', url: 'https://example.com/' }]],
    [IPC_CHANNELS.printPlanToPdf, ['<p>x</p>']],
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
    expect(await call(IPC_CHANNELS.openMapFile, trustedEvent)).toEqual({
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
