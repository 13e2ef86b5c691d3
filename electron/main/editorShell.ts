import { BrowserWindow, Menu, app, ipcMain, session, shell } from 'electron';
import { randomUUID } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import { basename, join } from 'node:path';
import { IPC_METHODS } from '../../shared/ipc/contract';
import { getTranslator } from '../../shared/i18n/translator';
import { languageFromLocales } from '../../shared/ipc/systemLanguage';
import { formatWindowTitle } from '../../shared/ipc/windowTitle';
import { guardWindowClose, type CloseGuard } from './closeGuard';
import { createDocumentFiles } from './documentFiles';
import { createDocumentWindows, type DocumentWindow } from './documentWindows';
import { createEventLogFiles } from './eventLogFiles';
import { createExportFiles } from './exportFiles';
import { createExternalLinkOpener } from './externalLinks';
import { createFileHandles } from './fileHandles';
import { registerIpcRoutes, type InvokeEvent } from './ipc';
import { buildIpcRoutes } from './ipcRoutes';
import { isOpenableMapPath } from './launchArguments';
import { createMenuController } from './menuController';
import { confirmDiscardChanges, confirmOpenLink, nativeEventLogDialogs, nativeExportDialogs, nativeFileDialogs } from './nativeDialogs';
import { createPlanPdfPrinter } from './planPdf';
import { createPrintPages, hardenPrintSession, PRINT_PARTITION } from './printProtocol';
import { createRecentFiles } from './recentFiles';
import { createRecoveryFiles } from './recoveryFiles';
import { createRecoveryService } from './recoveryService';
import { isTrustedSenderFrame } from './security';
import { createSettings, openSettingsStore } from './settings';
import { openMainWindow, openPrintWindow } from './windows';

export interface EditorShell {
  /** Opens a file the platform named (file manager, command line, second start, macOS open-file). */
  openFromPlatform(path: string): Promise<void>;
  /** Brings a window to the front, opening one when there is none. */
  revealWindow(): void;
  openWindow(): void;
}

export interface EditorShellOptions {
  preloadPath: string;
  /** A quit was cancelled (the user chose Cancel in a close request). */
  onQuitCancelled: () => void;
}

/**
 * Main's application services after 'ready': settings, files, recovery, recent files,
 * windows (one per document) with their close guards, the native menu and the IPC routes.
 */
export function startEditorShell(options: EditorShellOptions): EditorShell {
  const store = openSettingsStore();
  const settings = createSettings(store);
  const recentFiles = createRecentFiles(store);
  const handles = createFileHandles();
  const userData = app.getPath('userData');
  const systemLanguage = () => languageFromLocales([...app.getPreferredSystemLanguages(), app.getLocale()]);
  const language = () => menu.getState().language;
  const guards = new Map<number, CloseGuard>();
  const pagesAnsweringClose = new Set<number>();

  const documentFiles = createDocumentFiles({
    fs: fsPromises,
    dialogs: nativeFileDialogs(language),
    handles,
    defaultDirectory: () => app.getPath('documents'),
    untitledName: () => getTranslator(language())('untitledFileName', { ns: 'menu' }),
    language,
    platform: process.platform,
    backupDirectory: () => join(userData, 'backups'),
    onFileUsed: (path) => {
      recentFiles.add(path);
      app.addRecentDocument(path);
    },
    onWarning: (message, error) => console.warn(`[files] ${message}`, error),
  });
  const recovery = createRecoveryService({
    handles,
    files: createRecoveryFiles({
      fs: fsPromises,
      directory: join(userData, 'recovery'),
      platform: process.platform,
      onUnreadable: (fileName, reason) => console.warn(`[recovery] skipped ${fileName}: ${reason}`),
    }),
  });
  const openLink = createExternalLinkOpener<BrowserWindow | null>({
    confirm: (owner, url) => confirmOpenLink(owner, url, language()),
    open: (url) => shell.openExternal(url),
  });

  const exportFile = createExportFiles<BrowserWindow | null>({
    fs: fsPromises,
    dialogs: nativeExportDialogs(language),
    defaultDirectory: () => app.getPath('documents'),
    platform: process.platform,
  });
  const eventLogs = createEventLogFiles<BrowserWindow | null>({ fs: fsPromises, dialogs: nativeEventLogDialogs(language), newId: () => randomUUID() });
  const printPages = createPrintPages();
  hardenPrintSession(session.fromPartition(PRINT_PARTITION), printPages);
  const printPlanToPdf = createPlanPdfPrinter({ openWindow: openPrintWindow, pages: printPages });

  const windows = createDocumentWindows({
    handles,
    openWindow: () => asDocumentWindow(createEditorWindow()),
    focusedWindowId: () => BrowserWindow.getFocusedWindow()?.webContents.id ?? null,
  });

  const menu = createMenuController({
    menu: { buildFromTemplate: (template) => Menu.buildFromTemplate(template), setApplicationMenu: (built) => Menu.setApplicationMenu(built) },
    platform: process.platform,
    includeDeveloperTools: !app.isPackaged,
    initialState: { language: settings.getPreferences().language ?? systemLanguage(), canUndo: false, canRedo: false, hasSelection: false },
    resolveTarget: (window) => (window instanceof BrowserWindow ? window : BrowserWindow.getFocusedWindow())?.webContents ?? null,
    shellItems: () => ({
      recentFiles: recentFiles.list(),
      onOpenRecent: (id) => {
        const path = recentFiles.pathOf(id);
        if (path !== undefined) void openFromPlatform(path);
      },
      onClearRecent: () => {
        recentFiles.clear();
        app.clearRecentDocuments();
      },
      onNewWindow: () => void createEditorWindow(),
    }),
  });
  recentFiles.onChange(() => menu.refresh());

  async function openFromPlatform(path: string): Promise<void> {
    const showing = windows.windowShowing(path);
    if (showing !== null) {
      showing.reveal();
      return;
    }
    const request = await documentFiles.openPath(path);
    if (!request.ok && request.reason === 'failed' && /^ENOENT/.test(request.message)) recentFiles.remove(path);
    windows.deliverOpenRequest(request);
  }

  function createEditorWindow(): BrowserWindow {
    const window = openMainWindow(settings, { preloadPath: options.preloadPath, mayUnload: (target) => guards.get(target.webContents.id)?.isApproved() === true });
    const id = window.webContents.id;
    windows.add(asDocumentWindow(window));
    guards.set(
      id,
      guardWindowClose(window, {
        askPage: () => window.webContents.send(IPC_METHODS.onCloseRequest.channel),
        pageAnswersCloseRequests: () => pagesAnsweringClose.has(id),
        hasUnsavedChanges: () => windows.hasUnsavedChanges(id),
        confirmDiscardChanges: () => confirmDiscardChanges(window, language()),
        onCloseApproved: (pageAgreed) => {
          // Saved or "Don't save": its recovery copies are done. A crashed page keeps them for the next start.
          if (pageAgreed) void recovery.discardWrittenBy(id).catch((error: unknown) => console.warn('[recovery] could not remove copies', error));
        },
        onCloseCancelled: () => options.onQuitCancelled(),
      }),
    );
    window.webContents.on('render-process-gone', () => {
      pagesAnsweringClose.delete(id);
      windows.stopListening(id);
      guards.get(id)?.pageGone();
    });
    window.on('closed', () => {
      windows.remove(id);
      guards.delete(id);
      pagesAnsweringClose.delete(id);
    });
    return window;
  }

  const windowOf = (event: InvokeEvent) => BrowserWindow.fromWebContents(event.sender);
  const idOf = (event: InvokeEvent) => event.sender.id;
  const noteOpened = <T extends { ok: boolean; handle?: string }>(event: InvokeEvent, result: T): T => {
    if (result.ok && result.handle !== undefined) windows.noteHandle(idOf(event), result.handle);
    return result;
  };

  registerIpcRoutes(
    ipcMain,
    buildIpcRoutes(
      {
        getSystemLanguage: systemLanguage,
        getPreferences: () => settings.getPreferences(),
        setPreferences: (_event, patch) => settings.setPreferences(patch),
        openMapFile: async (event) => noteOpened(event, await documentFiles.openMapFile(windowOf(event))),
        saveMapFile: async (event, request) => noteOpened(event, await documentFiles.saveMapFile(windowOf(event), request)),
        setMenuState: (_event, state) => menu.setState(state),
        setDocumentTitle: (event, title) => {
          windows.setTitle(idOf(event), title);
          const window = windowOf(event);
          if (window === null) return;
          window.setTitle(formatWindowTitle(title));
          if (process.platform === 'darwin') window.setDocumentEdited(title.dirty);
        },
        openDroppedFile: async (event, path) => {
          if (!isOpenableMapPath(path)) {
            const fileName = path === '' ? undefined : basename(path);
            return { ok: false, reason: 'failed', message: 'EFTYPE: not a Stroomlijn map (.stroomlijn or .json)', ...(fileName === undefined ? {} : { fileName }) };
          }
          return noteOpened(event, await documentFiles.openPath(path));
        },
        listRecent: () => recentFiles.list(),
        openRecent: async (event, id) => {
          const path = recentFiles.pathOf(id);
          if (path === undefined) return { ok: false, reason: 'failed', message: 'ENOENT: not in the recent files list' };
          const result = await documentFiles.openPath(path);
          if (!result.ok && result.reason === 'failed' && /^ENOENT/.test(result.message)) recentFiles.remove(path);
          return noteOpened(event, result);
        },
        writeRecovery: (event, request) => recovery.write(idOf(event), request),
        listRecovered: (event) => recovery.listRecovered(idOf(event)),
        discardRecovery: (_event, documentId) => recovery.discard(documentId),
        openExternal: (event, url) => openLink(windowOf(event), url),
        answerCloseRequest: (event, allowed) => guards.get(idOf(event))?.answer(allowed),
        onOpenFileRequest: (event) => windows.listenForOpenRequests(idOf(event)),
        onCloseRequest: (event) => {
          pagesAnsweringClose.add(idOf(event));
        },
        exportFile: (event, request) => exportFile(windowOf(event), request),
        printPlanToPdf: (_event, request) => printPlanToPdf(request),
        openEventLog: (event) => eventLogs.open(windowOf(event)),
        readEventLogChunk: (_event, request) => eventLogs.readChunk(request),
        openImportFile: (event) => eventLogs.open(windowOf(event), 'import'),
      },
      { isTrustedSender: isTrustedSenderFrame, logError: (channel, error) => console.error(`[ipc] ${channel} failed`, error) },
    ),
  );

  function revealWindow(): void {
    const [window] = BrowserWindow.getAllWindows();
    if (window === undefined) {
      createEditorWindow();
      return;
    }
    if (window.isMinimized()) window.restore();
    window.focus();
  }

  return { openFromPlatform, revealWindow, openWindow: () => void createEditorWindow() };
}

function asDocumentWindow(window: BrowserWindow): DocumentWindow {
  return {
    id: window.webContents.id,
    send: (channel, payload) => window.webContents.send(channel, payload),
    reveal: () => {
      if (window.isMinimized()) window.restore();
      window.focus();
    },
    isDestroyed: () => window.isDestroyed(),
  };
}
