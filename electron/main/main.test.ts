import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { IPC_METHODS, IPC_METHOD_NAMES } from '../../shared/ipc/contract';
import type * as Settings from './settings';

/** A fake Electron with just enough behaviour to boot main.ts and record what it does. */
const fakePaths = vi.hoisted(() => ({ root: '' }));
const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const on = (listeners: Map<string, Listener[]>) => (name: string, listener: Listener) => {
    listeners.set(name, [...(listeners.get(name) ?? []), listener]);
  };
  const appListeners = new Map<string, Listener[]>();
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));

  let nextContentsId = 1;
  class FakeWebContents {
    readonly id = nextContentsId++;
    readonly send = vi.fn();
    readonly listeners = new Map<string, Listener[]>();
    on = on(this.listeners);
    emit(name: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(name) ?? []) listener(...args);
    }
  }
  class FakeBrowserWindow {
    static windows: FakeBrowserWindow[] = [];
    readonly listeners = new Map<string, Listener[]>();
    readonly webContents = new FakeWebContents();
    readonly loadURL = vi.fn(() => Promise.resolve());
    readonly setTitle = vi.fn();
    readonly setDocumentEdited = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    destroyed = false;
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.windows.push(this);
    }
    on = on(this.listeners);
    once = on(this.listeners);
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 800 });
    isMaximized = () => false;
    isMinimized = () => false;
    isDestroyed = () => this.destroyed;
    /** Like Electron: 'close' listeners may prevent it; otherwise the window is gone. */
    close = vi.fn(() => {
      let prevented = false;
      for (const listener of this.listeners.get('close') ?? []) listener({ preventDefault: () => (prevented = true) });
      if (prevented) return;
      this.destroyed = true;
      FakeBrowserWindow.windows = FakeBrowserWindow.windows.filter((window) => window !== this);
      for (const listener of this.listeners.get('closed') ?? []) listener();
    });
    static fromWebContents = (contents: unknown) => FakeBrowserWindow.windows.find((window) => window.webContents === contents) ?? null;
    static getFocusedWindow = () => null;
    static getAllWindows = () => FakeBrowserWindow.windows;
  }
  const workArea = { x: 0, y: 0, width: 1920, height: 1080 };
  return {
    FakeBrowserWindow,
    appListeners,
    resolveReady,
    handlers: new Map<string, Listener>(),
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    privilegedSchemes: [] as unknown[],
    menus: [] as unknown[],
    sessionCalls: [] as string[],
    electron: {
      app: {
        on: on(appListeners),
        whenReady: () => ready,
        enableSandbox: vi.fn(),
        requestSingleInstanceLock: () => true,
        quit: vi.fn(),
        isPackaged: true,
        getPreferredSystemLanguages: () => ['nl-NL', 'en-US'],
        getLocale: () => 'en-US',
        getPath: (name: string) => `${fakePaths.root}/${name}`,
        addRecentDocument: vi.fn(),
        clearRecentDocuments: vi.fn(),
      },
      shell: { openExternal: vi.fn(() => Promise.resolve()) },
      BrowserWindow: FakeBrowserWindow,
      Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => fake.menus.push(menu) },
      dialog: {
        showOpenDialog: vi.fn(),
        showSaveDialog: vi.fn(),
        showMessageBox: vi.fn(() => Promise.resolve({ response: 1 })),
        showMessageBoxSync: vi.fn(() => 0),
      },
      ipcMain: { handle: (channel: string, handler: Listener) => fake.handlers.set(channel, handler) },
      protocol: {
        registerSchemesAsPrivileged: (schemes: unknown[]) => fake.privilegedSchemes.push(...schemes),
        handle: (scheme: string, handler: (request: Request) => Promise<Response>) => fake.protocolHandlers.set(scheme, handler),
      },
      screen: { getPrimaryDisplay: () => ({ id: 1, workArea }), getAllDisplays: () => [{ id: 1, workArea }] },
      session: {
        // The PDF print window's own session (printProtocol.ts).
        fromPartition: (partition: string) => ({
          protocol: { handle: (scheme: string, handler: (request: Request) => Promise<Response>) => fake.protocolHandlers.set(`${partition}/${scheme}`, handler) },
          webRequest: { onBeforeRequest: () => fake.sessionCalls.push(`${partition}:beforeRequest`) },
          setPermissionRequestHandler: () => fake.sessionCalls.push(`${partition}:permissionRequest`),
          setPermissionCheckHandler: () => fake.sessionCalls.push(`${partition}:permissionCheck`),
        }),
        defaultSession: {
          setPermissionRequestHandler: () => fake.sessionCalls.push('permissionRequest'),
          setPermissionCheckHandler: () => fake.sessionCalls.push('permissionCheck'),
          setDevicePermissionHandler: () => fake.sessionCalls.push('devicePermission'),
          webRequest: {
            onBeforeRequest: () => fake.sessionCalls.push('beforeRequest'),
            onHeadersReceived: () => fake.sessionCalls.push('headersReceived'),
          },
        },
      },
    },
  };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));
vi.mock('./settings', async (importOriginal) => {
  const actual = await importOriginal<typeof Settings>();
  const data = new Map<string, unknown>();
  return { ...actual, openSettingsStore: () => ({ get: (key: string) => data.get(key), set: (key: string, value: unknown) => data.set(key, value) }) };
});

fakePaths.root = await mkdtemp(join(tmpdir(), 'stroomlijn-main-'));
const launchFile = join(fakePaths.root, 'gestart.stroomlijn');
/** Reading the launch file is real disk I/O: on a loaded machine it can take longer than vi.waitFor's default 1 s. */
const LAUNCH_WAIT = { timeout: 20_000, interval: 50 };
await writeFile(launchFile, '{"format":"stroomlijn-map"}');
process.argv.push(launchFile);
await import('./main');
afterAll(async () => {
  await rm(fakePaths.root, { recursive: true, force: true });
});

async function bootedWindow() {
  fake.resolveReady();
  await vi.waitFor(() => expect(fake.FakeBrowserWindow.windows.length).toBeGreaterThanOrEqual(1));
  // The launch file goes to an empty window. Until its read is done, a test that gives the
  // first window a title would send it to a new window instead: on a loaded machine the
  // launch test then waited in vain on the first. Its delivery follows onFileUsed in the same
  // microtask run, so it has happened once addRecentDocument is seen.
  await vi.waitFor(() => expect(fake.electron.app.addRecentDocument).toHaveBeenCalledWith(launchFile), LAUNCH_WAIT);
  const [window] = fake.FakeBrowserWindow.windows;
  if (window === undefined) throw new Error('no window');
  return window;
}

type FakeWindow = Awaited<ReturnType<typeof bootedWindow>>;
const trustedEventOf = (window: FakeWindow) => ({ sender: window.webContents, senderFrame: { url: 'app://stroomlijn/index.html', parent: null } });
const call = (channel: string, event: unknown, ...args: unknown[]) => fake.handlers.get(channel)?.(event, ...args);

/** A fresh window through the native menu's New Window item. */
function newWindow(): FakeWindow {
  const menu = fake.menus.at(-1) as { submenu?: { id?: string; click?: () => void }[] }[];
  const item = menu.flatMap((top) => top.submenu ?? []).find((entry) => entry.id === 'file.newWindow');
  if (item?.click === undefined) throw new Error('no New Window item');
  item.click();
  const window = fake.FakeBrowserWindow.windows.at(-1);
  if (window === undefined) throw new Error('no window');
  return window;
}

describe('main process boot', () => {
  it('registers app:// as a privileged scheme and sandboxes every renderer before ready', () => {
    expect(fake.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } }]);
    expect(fake.electron.app.enableSandbox).toHaveBeenCalled();
    expect(fake.appListeners.has('web-contents-created')).toBe(true);
  });

  it('hardens the session, serves app://, installs the menu and opens one secure window', async () => {
    const window = await bootedWindow();
    expect(fake.sessionCalls.sort()).toEqual([
      'beforeRequest',
      'devicePermission',
      'headersReceived',
      'permissionCheck',
      'permissionRequest',
      'stroomlijn-print:beforeRequest',
      'stroomlijn-print:permissionCheck',
      'stroomlijn-print:permissionRequest',
    ]);
    expect([...fake.protocolHandlers.keys()].sort()).toEqual(['app', 'stroomlijn-print/stroomlijn-print']);
    // Built at start, rebuilt when the command-line file entered Open Recent.
    expect(fake.menus.length).toBeGreaterThanOrEqual(1);
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(String((window.options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]preload\.cjs$/);
    expect(window.loadURL).toHaveBeenCalledWith('app://stroomlijn/index.html');
  });

  it('answers the renderer over every channel and refuses anyone else', async () => {
    const window = await bootedWindow();
    const routed = IPC_METHOD_NAMES.flatMap((name) => {
      const method: { kind: string; channel: string; listenChannel?: string } = IPC_METHODS[name];
      return method.kind === 'invoke' ? [method.channel] : method.listenChannel === undefined ? [] : [method.listenChannel];
    });
    expect([...fake.handlers.keys()].sort()).toEqual(routed.sort());
    const trusted = { sender: window.webContents, senderFrame: { url: 'app://stroomlijn/index.html', parent: null } };
    const foreign = { sender: window.webContents, senderFrame: { url: 'https://example.com/', parent: null } };
    const call = (channel: string, event: unknown, ...args: unknown[]) => fake.handlers.get(channel)?.(event, ...args);

    expect(await call(IPC_METHODS.getSystemLanguage.channel, trusted)).toEqual({ ok: true, value: 'nl' });
    expect(await call(IPC_METHODS.getSystemLanguage.channel, foreign)).toMatchObject({ ok: false, error: { code: 'forbiddenSender' } });

    expect(await call(IPC_METHODS.setDocumentTitle.channel, trusted, { fileName: 'facturen.stroomlijn', title: 'Facturen', dirty: true })).toEqual({ ok: true, value: null });
    expect(window.setTitle).toHaveBeenCalledWith('• facturen — Stroomlijn');

    expect(await call(IPC_METHODS.setPreferences.channel, trusted, { language: 'en' })).toEqual({ ok: true, value: { language: 'en' } });
    expect(await call(IPC_METHODS.getPreferences.channel, trusted)).toEqual({ ok: true, value: { language: 'en' } });

    const menusBefore = fake.menus.length;
    expect(await call(IPC_METHODS.setMenuState.channel, trusted, { language: 'en', canUndo: true, canRedo: false, hasSelection: false })).toEqual({ ok: true, value: null });
    expect(fake.menus).toHaveLength(menusBefore + 1);
  });

  it('opens the file named on the command line once the page listens for open requests', async () => {
    const window = await bootedWindow();
    await vi.waitFor(() => expect(fake.electron.app.addRecentDocument).toHaveBeenCalledWith(launchFile), LAUNCH_WAIT);
    expect(window.webContents.send).not.toHaveBeenCalledWith(IPC_METHODS.onOpenFileRequest.channel, expect.anything());
    await call(IPC_METHODS.onOpenFileRequest.listenChannel, trustedEventOf(window));
    // Queued before the page listened (documentWindows.test.ts) or sent as soon as read.
    await vi.waitFor(() =>
      expect(window.webContents.send).toHaveBeenCalledWith(IPC_METHODS.onOpenFileRequest.channel, {
        ok: true,
        handle: expect.any(String) as unknown,
        fileName: 'gestart.stroomlijn',
        text: '{"format":"stroomlijn-map"}',
      }),
      LAUNCH_WAIT,
    );
  }, 60_000);
});

describe('every window main opens', () => {
  it('gets the same secure webPreferences', async () => {
    await bootedWindow();
    newWindow();
    newWindow();
    expect(fake.FakeBrowserWindow.windows.length).toBeGreaterThanOrEqual(3);
    for (const window of fake.FakeBrowserWindow.windows) {
      expect(window.options.webPreferences).toEqual({
        preload: expect.stringMatching(/preload[\\/]preload\.cjs$/) as unknown,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        experimentalFeatures: false,
        navigateOnDragDrop: false,
        safeDialogs: true,
        spellcheck: true,
        disableBlinkFeatures: 'Auxclick',
      });
    }
  });
});

describe('closing a window', () => {
  it("asks the page, keeps the window on Cancel and closes it on the page's yes", async () => {
    await bootedWindow();
    const window = newWindow();
    const event = trustedEventOf(window);
    await call(IPC_METHODS.onCloseRequest.listenChannel, event);
    window.close();
    expect(window.webContents.send).toHaveBeenCalledWith(IPC_METHODS.onCloseRequest.channel);
    expect(window.isDestroyed()).toBe(false);
    window.close();
    expect(window.webContents.send.mock.calls.filter(([channel]) => channel === IPC_METHODS.onCloseRequest.channel)).toHaveLength(1);
    await call(IPC_METHODS.answerCloseRequest.channel, event, false);
    expect(window.isDestroyed()).toBe(false);
    window.close();
    await call(IPC_METHODS.answerCloseRequest.channel, event, true);
    expect(window.isDestroyed()).toBe(true);
  });

  it('asks itself while the page does not answer close requests, and only for unsaved changes', async () => {
    await bootedWindow();
    const saved = newWindow();
    await call(IPC_METHODS.setDocumentTitle.channel, trustedEventOf(saved), { fileName: null, title: 'x', dirty: false });
    saved.close();
    expect(saved.isDestroyed()).toBe(true);
    expect(fake.electron.dialog.showMessageBoxSync).not.toHaveBeenCalled();

    const unsaved = newWindow();
    await call(IPC_METHODS.setDocumentTitle.channel, trustedEventOf(unsaved), { fileName: null, title: 'x', dirty: true });
    fake.electron.dialog.showMessageBoxSync.mockReturnValueOnce(0);
    unsaved.close();
    expect(unsaved.isDestroyed()).toBe(false);
    fake.electron.dialog.showMessageBoxSync.mockReturnValueOnce(1);
    unsaved.close();
    expect(unsaved.isDestroyed()).toBe(true);
  });

  it('closes a window whose page crashed while it was asked, keeping its recovery copies', async () => {
    await bootedWindow();
    const window = newWindow();
    const event = trustedEventOf(window);
    await call(IPC_METHODS.onCloseRequest.listenChannel, event);
    expect(await call(IPC_METHODS.writeRecovery.channel, event, { documentId: 'crashed-doc', title: 'Post', handle: null, text: '{}' })).toMatchObject({ ok: true });
    window.close();
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(window.isDestroyed()).toBe(true);
    expect(await readdir(join(fakePaths.root, 'userData', 'recovery'))).toContain('crashed-doc.recovery.json');
  });
});

describe('recovery and links over IPC', () => {
  it('offers copies of an earlier run once, never those of this run, and removes agreed-closed ones', async () => {
    const first = await bootedWindow();
    const recoveryFolder = join(fakePaths.root, 'userData', 'recovery');
    await mkdir(recoveryFolder, { recursive: true });
    const earlier = { format: 'stroomlijn-recovery', version: 1, documentId: 'earlier-run', title: 'Facturen', savedAt: '2026-11-26T09:00:00.000Z', path: null, baseline: null, text: '{"a":1}' };
    await writeFile(join(recoveryFolder, 'earlier-run.recovery.json'), JSON.stringify(earlier));
    const window = newWindow();
    const event = trustedEventOf(window);
    expect(await call(IPC_METHODS.writeRecovery.channel, event, { documentId: 'this-run', title: 'Nieuw', handle: null, text: '{}' })).toMatchObject({ ok: true });
    const listed = (await call(IPC_METHODS.listRecovered.channel, event)) as { ok: true; value: { documentId: string; title: string }[] };
    expect(listed.value.map((document) => document.documentId)).toContain('earlier-run');
    expect(listed.value.map((document) => document.documentId)).not.toContain('this-run');
    expect(await call(IPC_METHODS.listRecovered.channel, trustedEventOf(first))).toEqual({ ok: true, value: [] });

    await call(IPC_METHODS.onCloseRequest.listenChannel, event);
    window.close();
    await call(IPC_METHODS.answerCloseRequest.channel, event, true);
    await vi.waitFor(async () => expect(await readdir(recoveryFolder)).not.toContain('this-run.recovery.json'));
    expect(await readdir(recoveryFolder)).toContain('earlier-run.recovery.json');
    await call(IPC_METHODS.discardRecovery.channel, trustedEventOf(first), 'earlier-run');
    expect(await readdir(recoveryFolder)).not.toContain('earlier-run.recovery.json');
  });

  it('opens only https links, and only after the user agreed', async () => {
    const window = await bootedWindow();
    const event = trustedEventOf(window);
    expect(await call(IPC_METHODS.openExternal.channel, event, 'http://example.com/')).toEqual({ ok: true, value: { opened: false } });
    expect(await call(IPC_METHODS.openExternal.channel, event, 'file:///etc/passwd')).toEqual({ ok: true, value: { opened: false } });
    expect(fake.electron.dialog.showMessageBox).not.toHaveBeenCalled();
    fake.electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    expect(await call(IPC_METHODS.openExternal.channel, event, 'https://example.com/help')).toEqual({ ok: true, value: { opened: false } });
    expect(await call(IPC_METHODS.openExternal.channel, event, 'https://example.com/help')).toEqual({ ok: true, value: { opened: true } });
    expect(fake.electron.shell.openExternal).toHaveBeenCalledTimes(1);
    expect(fake.electron.shell.openExternal).toHaveBeenCalledWith('https://example.com/help');
  });
});
