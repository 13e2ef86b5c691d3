import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../shared/ipc/contract';
import type * as Settings from './settings';

/** A fake Electron with just enough behaviour to boot main.ts and record what it does. */
const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const on = (listeners: Map<string, Listener[]>) => (name: string, listener: Listener) => {
    listeners.set(name, [...(listeners.get(name) ?? []), listener]);
  };
  const appListeners = new Map<string, Listener[]>();
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));

  class FakeWebContents {
    readonly send = vi.fn();
    readonly on = vi.fn();
  }
  class FakeBrowserWindow {
    static windows: FakeBrowserWindow[] = [];
    readonly listeners = new Map<string, Listener[]>();
    readonly webContents = new FakeWebContents();
    readonly loadURL = vi.fn(() => Promise.resolve());
    readonly setTitle = vi.fn();
    readonly setDocumentEdited = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.windows.push(this);
    }
    on = on(this.listeners);
    once = on(this.listeners);
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 800 });
    isMaximized = () => false;
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
        getPath: () => '/home/test/Documents',
      },
      BrowserWindow: FakeBrowserWindow,
      Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => fake.menus.push(menu) },
      dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
      ipcMain: { handle: (channel: string, handler: Listener) => fake.handlers.set(channel, handler) },
      protocol: {
        registerSchemesAsPrivileged: (schemes: unknown[]) => fake.privilegedSchemes.push(...schemes),
        handle: (scheme: string, handler: (request: Request) => Promise<Response>) => fake.protocolHandlers.set(scheme, handler),
      },
      screen: { getPrimaryDisplay: () => ({ id: 1, workArea }), getAllDisplays: () => [{ id: 1, workArea }] },
      session: {
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

await import('./main');

async function bootedWindow() {
  fake.resolveReady();
  await vi.waitFor(() => expect(fake.FakeBrowserWindow.windows).toHaveLength(1));
  const [window] = fake.FakeBrowserWindow.windows;
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
    expect(fake.sessionCalls.sort()).toEqual(['beforeRequest', 'devicePermission', 'headersReceived', 'permissionCheck', 'permissionRequest']);
    expect([...fake.protocolHandlers.keys()]).toEqual(['app']);
    expect(fake.menus).toHaveLength(1);
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(String((window.options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]preload\.cjs$/);
    expect(window.loadURL).toHaveBeenCalledWith('app://stroomlijn/index.html');
  });

  it('answers the renderer over every channel and refuses anyone else', async () => {
    const window = await bootedWindow();
    expect([...fake.handlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).filter((channel) => channel !== IPC_CHANNELS.menuAction).sort());
    const trusted = { sender: window.webContents, senderFrame: { url: 'app://stroomlijn/index.html', parent: null } };
    const foreign = { sender: window.webContents, senderFrame: { url: 'https://example.com/', parent: null } };
    const call = (channel: string, event: unknown, ...args: unknown[]) => fake.handlers.get(channel)?.(event, ...args);

    expect(await call(IPC_CHANNELS.getSystemLanguage, trusted)).toEqual({ ok: true, value: 'nl' });
    expect(await call(IPC_CHANNELS.getSystemLanguage, foreign)).toMatchObject({ ok: false, error: { code: 'forbiddenSender' } });

    expect(await call(IPC_CHANNELS.setDocumentTitle, trusted, { fileName: 'facturen.stroomlijn', title: 'Facturen', dirty: true })).toEqual({ ok: true, value: null });
    expect(window.setTitle).toHaveBeenCalledWith('• facturen — Stroomlijn');

    expect(await call(IPC_CHANNELS.setPreferences, trusted, { language: 'en' })).toEqual({ ok: true, value: { language: 'en' } });
    expect(await call(IPC_CHANNELS.getPreferences, trusted)).toEqual({ ok: true, value: { language: 'en' } });

    expect(await call(IPC_CHANNELS.setMenuState, trusted, { language: 'en', canUndo: true, canRedo: false, hasSelection: false })).toEqual({ ok: true, value: null });
    expect(fake.menus).toHaveLength(2);
  });
});
