import { BrowserWindow, screen } from 'electron';
import { APP_NAME } from '../../shared/ipc/windowTitle';
import { PRINT_PARTITION } from './printProtocol';
import { APP_ENTRY_URL } from './security';
import type { Settings } from './settings';
import { MINIMUM_WINDOW_SIZE, resolveWindowPlacement, trackWindowState, type Rectangle } from './windowState';

/** Matches the app's background so no white flash shows before the first paint. */
const BACKGROUND_COLOR = '#f3f5f8';

/** Work areas of the connected displays, primary first. */
export function displayWorkAreas(): Rectangle[] {
  const primary = screen.getPrimaryDisplay();
  return [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)].map((display) => display.workArea);
}

export interface MainWindowOptions {
  preloadPath: string;
  /**
   * Asked when the page refuses to unload (its beforeunload handler, while it has unsaved
   * changes). Electron shows no dialog of its own and would silently keep the window open.
   * True when closing was already agreed through the close guard (closeGuard.ts).
   */
  mayUnload: (window: BrowserWindow) => boolean;
}

/**
 * Opens an editor window where the last one was and loads the renderer from app://. This
 * is the only place that creates a BrowserWindow (windows.test.ts checks both). It stays
 * hidden until the renderer has painted ('ready-to-show'), then shows, maximised if it was.
 */
export function openMainWindow(settings: Pick<Settings, 'getWindowState' | 'setWindowState'>, options: MainWindowOptions): BrowserWindow {
  const placement = resolveWindowPlacement(settings.getWindowState(), displayWorkAreas());
  const window = new BrowserWindow({
    ...placement.bounds,
    minWidth: MINIMUM_WINDOW_SIZE.width,
    minHeight: MINIMUM_WINDOW_SIZE.height,
    title: APP_NAME,
    show: false,
    backgroundColor: BACKGROUND_COLOR,
    // The Electron security checklist, written out literally here so that static checks
    // (electronegativity) see it: isolated, sandboxed, no Node, no webviews, no middle-click
    // windows. The preload is CommonJS because sandboxed preloads cannot be ES modules.
    webPreferences: {
      preload: options.preloadPath,
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
    },
  });
  trackWindowState(window, (state) => settings.setWindowState(state));
  // The title comes from setDocumentTitle (with the unsaved marker), not from <title>.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.webContents.on('will-prevent-unload', (event) => {
    if (options.mayUnload(window)) event.preventDefault();
  });
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/**
 * A hidden window that only prints the improvement plan to PDF (planPdf.ts): the plan's
 * HTML has no script, so JavaScript is off; its own session, which can load nothing but the
 * page (printProtocol.ts); no preload, so the page reaches nothing of the
 * app; sandboxed and isolated like the editor; it never shows and opens no other window.
 */
export function openPrintWindow(): BrowserWindow {
  const window = new BrowserWindow({
    show: false,
    width: 794,
    height: 1123,
    webPreferences: {
      javascript: false,
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
      spellcheck: false,
      images: true,
      disableBlinkFeatures: 'Auxclick',
      // The print session (printProtocol.ts): serves the page from memory, allows nothing else.
      partition: PRINT_PARTITION,
    },
  });
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  return window;
}
