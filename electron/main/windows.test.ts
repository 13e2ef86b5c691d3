import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WindowState } from './windowState';

const fake = vi.hoisted(() => {
  type Listener = (event: { preventDefault(): void }) => void;
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = [];
    readonly listeners = new Map<string, Listener[]>();
    readonly loadURL = vi.fn(() => Promise.resolve());
    readonly show = vi.fn();
    readonly maximize = vi.fn();
    readonly webContentsListeners = new Map<string, Listener[]>();
    readonly webContents = {
      on: (name: string, listener: Listener) => this.webContentsListeners.set(name, [...(this.webContentsListeners.get(name) ?? []), listener]),
    };
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.created.push(this);
    }
    on(name: string, listener: Listener) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    once(name: string, listener: Listener) {
      return this.on(name, listener);
    }
    emit(name: string) {
      const event = { preventDefault: vi.fn() };
      for (const listener of this.listeners.get(name) ?? []) listener(event);
      return event;
    }
    emitWebContents(name: string) {
      const event = { preventDefault: vi.fn() };
      for (const listener of this.webContentsListeners.get(name) ?? []) listener(event);
      return event;
    }
    getNormalBounds() {
      return { x: 10, y: 20, width: 1000, height: 700 };
    }
    isMaximized() {
      return false;
    }
  }
  const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
  return {
    FakeBrowserWindow,
    screen: { getPrimaryDisplay: () => ({ id: 1, workArea }), getAllDisplays: () => [{ id: 1, workArea }] },
  };
});

vi.mock('electron', () => ({ BrowserWindow: fake.FakeBrowserWindow, screen: fake.screen }));

const { openMainWindow } = await import('./windows');

describe('openMainWindow', () => {
  beforeEach(() => {
    fake.FakeBrowserWindow.created.length = 0;
  });

  function open(saved: WindowState | null, closeAgreed = false) {
    const settings = { getWindowState: () => saved, setWindowState: vi.fn() };
    const mayUnload = vi.fn(() => closeAgreed);
    openMainWindow(settings, { preloadPath: '/app/out/preload/preload.cjs', mayUnload });
    const [window] = fake.FakeBrowserWindow.created;
    if (window === undefined) throw new Error('no window created');
    return { window, settings, mayUnload };
  }

  it('creates every window with the secure webPreferences', () => {
    const { window } = open(null);
    expect(fake.FakeBrowserWindow.created).toHaveLength(1);
    expect(window.options.webPreferences).toEqual({
      preload: '/app/out/preload/preload.cjs',
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
  });

  it('loads the renderer through app://, never file://', () => {
    const { window } = open(null);
    expect(window.loadURL).toHaveBeenCalledWith('app://stroomlijn/index.html');
  });

  it('opens hidden and shows (maximised if it was) once painted', () => {
    const { window } = open({ x: 100, y: 100, width: 1200, height: 800, maximized: true });
    expect(window.options).toMatchObject({ show: false, x: 100, y: 100, width: 1200, height: 800 });
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalledOnce();
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('keeps the document title from setDocumentTitle rather than <title>', () => {
    const { window } = open(null);
    expect(window.emit('page-title-updated').preventDefault).toHaveBeenCalled();
  });

  it("overrides the page's beforeunload only when closing was agreed through the close guard", () => {
    const keep = open(null, false);
    expect(keep.window.emitWebContents('will-prevent-unload').preventDefault).not.toHaveBeenCalled();
    expect(keep.mayUnload).toHaveBeenCalledWith(keep.window);
    fake.FakeBrowserWindow.created.length = 0;
    const agreed = open(null, true);
    expect(agreed.window.emitWebContents('will-prevent-unload').preventDefault).toHaveBeenCalledOnce();
  });

  it('remembers its placement when closed', () => {
    const { window, settings } = open(null);
    window.emit('close');
    expect(settings.setWindowState).toHaveBeenCalledWith({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
  });
});
