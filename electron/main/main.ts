import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import * as fsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { getTranslator } from '../../shared/i18n/translator';
import { MAP_FILE_EXTENSION } from '../../shared/ipc/contract';
import { languageFromLocales } from '../../shared/ipc/systemLanguage';
import { formatWindowTitle } from '../../shared/ipc/windowTitle';
import { createAppProtocolHandler } from './appProtocol';
import { createDocumentFiles, type DocumentDialogs } from './documentFiles';
import { registerIpcRoutes, type InvokeEvent } from './ipc';
import { buildIpcRoutes } from './ipcRoutes';
import { createMenuController, type MenuController } from './menuController';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, hardenSession, hardenWebContents, isTrustedSenderFrame } from './security';
import { createSettings, openSettingsStore, type Settings } from './settings';
import { openMainWindow } from './windows';

// Built layout: out/main/main.js, out/preload/preload.cjs, out/renderer/index.html.
const PRELOAD_PATH = join(import.meta.dirname, '../preload/preload.cjs');
const RENDERER_DIRECTORY = join(import.meta.dirname, '../renderer');

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
/** Holds the app language as the renderer last reported it; null before ready. */
let menuController: MenuController | null = null;
const menuLanguage = () => menuController?.getState().language ?? 'en';

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void app.whenReady().then(startApp);
}

function startApp(): void {
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDirectory: RENDERER_DIRECTORY, readFile: (path) => fsPromises.readFile(path) }));

  const settings = createSettings(openSettingsStore());
  const systemLanguage = () => languageFromLocales([...app.getPreferredSystemLanguages(), app.getLocale()]);
  const menu = (menuController = createMenuController({
    menu: { buildFromTemplate: (template) => Menu.buildFromTemplate(template), setApplicationMenu: (built) => Menu.setApplicationMenu(built) },
    platform: process.platform,
    includeDeveloperTools: !app.isPackaged,
    initialState: { language: settings.getPreferences().language ?? systemLanguage(), canUndo: false, canRedo: false, hasSelection: false },
    resolveTarget: (window) => {
      const target = (window instanceof BrowserWindow ? window : BrowserWindow.getFocusedWindow()) ?? mainWindow;
      return target?.webContents ?? null;
    },
  }));
  const documentFiles = createDocumentFiles({
    fs: fsPromises,
    dialogs: nativeDialogs(),
    defaultDirectory: () => app.getPath('documents'),
    untitledName: () => getTranslator(menuLanguage())('untitledFileName', { ns: 'menu' }),
    platform: process.platform,
  });
  const windowOf = (event: InvokeEvent) => BrowserWindow.fromWebContents(event.sender);

  registerIpcRoutes(
    ipcMain,
    buildIpcRoutes(
      {
        getSystemLanguage: systemLanguage,
        getPreferences: () => settings.getPreferences(),
        setPreferences: (patch) => settings.setPreferences(patch),
        openMapFile: (event) => documentFiles.openMapFile(windowOf(event)),
        saveMapFile: (event, request) => documentFiles.saveMapFile(windowOf(event), request),
        setMenuState: (state) => menu.setState(state),
        setDocumentTitle: (event, title) => {
          const window = windowOf(event);
          if (window === null) return;
          window.setTitle(formatWindowTitle(title));
          if (process.platform === 'darwin') window.setDocumentEdited(title.dirty);
        },
      },
      { isTrustedSender: isTrustedSenderFrame, logError: (channel, error) => console.error(`[ipc] ${channel} failed`, error) },
    ),
  );

  mainWindow = createEditorWindow(settings);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createEditorWindow(settings);
  });
}

function createEditorWindow(settings: Settings): BrowserWindow {
  const window = openMainWindow(settings, { preloadPath: PRELOAD_PATH, confirmDiscardChanges });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  return window;
}

/** Close anyway or keep editing, in the language of the menu (the app language). */
function confirmDiscardChanges(window: BrowserWindow): boolean {
  const t = getTranslator(menuLanguage());
  const choice = dialog.showMessageBoxSync(window, {
    type: 'warning',
    message: t('unsavedChangesMessage', { ns: 'menu' }),
    detail: t('unsavedChangesDetail', { ns: 'menu' }),
    buttons: [t('keepEditing', { ns: 'menu' }), t('closeWithoutSaving', { ns: 'menu' })],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  return choice === 1;
}

/** Open/save dialogs titled in the app language, as sheets of the asking window. */
function nativeDialogs(): DocumentDialogs<BrowserWindow | null> {
  const texts = () => {
    const t = getTranslator(menuLanguage());
    return {
      openTitle: t('openDialogTitle', { ns: 'menu' }),
      saveTitle: t('saveDialogTitle', { ns: 'menu' }),
      openFilters: [{ name: t('mapFileFilter', { ns: 'menu' }), extensions: [MAP_FILE_EXTENSION, 'json'] }],
      saveFilters: [{ name: t('mapFileFilter', { ns: 'menu' }), extensions: [MAP_FILE_EXTENSION] }],
    };
  };
  return {
    async chooseFileToOpen(owner) {
      const { openTitle, openFilters } = texts();
      const options: OpenDialogOptions = { title: openTitle, filters: openFilters, properties: ['openFile'] };
      const result = owner === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(owner, options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFileToSave(owner, defaultPath) {
      const { saveTitle, saveFilters } = texts();
      const options: SaveDialogOptions = { title: saveTitle, defaultPath, filters: saveFilters, properties: ['createDirectory', 'showOverwriteConfirmation'] };
      const result = owner === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(owner, options);
      return result.canceled || result.filePath === undefined || result.filePath === '' ? null : result.filePath;
    },
  };
}
