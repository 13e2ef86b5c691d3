import { app, protocol, session } from 'electron';
import * as fsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { createAppProtocolHandler } from './appProtocol';
import { startEditorShell, type EditorShell } from './editorShell';
import { mapFilesFromArgv } from './launchArguments';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, hardenSession, hardenWebContents } from './security';

// Built layout: out/main/main.js, out/preload/preload.cjs, out/renderer/index.html.
const PRELOAD_PATH = join(import.meta.dirname, '../preload/preload.cjs');
const RENDERER_DIRECTORY = join(import.meta.dirname, '../renderer');

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
app.enableSandbox();

/** Files named before the shell is up: on the command line, or by macOS before 'ready'. */
const filesToOpen: string[] = mapFilesFromArgv(process.argv, process.cwd(), app.isPackaged);
let editorShell: EditorShell | null = null;
/** True from a quit request until it completes or a window's page says Cancel. */
let quitting = false;

// macOS sends files (double-click, dock drop) as events, possibly before 'ready'.
app.on('open-file', (event, path) => {
  event.preventDefault();
  if (editorShell === null) filesToOpen.push(path);
  else void editorShell.openFromPlatform(path);
});

if (!app.requestSingleInstanceLock()) {
  // The running instance gets our command line through 'second-instance' and opens the files.
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const files = mapFilesFromArgv(argv, workingDirectory, app.isPackaged);
    if (editorShell === null) {
      filesToOpen.push(...files);
      return;
    }
    if (files.length === 0) editorShell.revealWindow();
    for (const path of files) void editorShell.openFromPlatform(path);
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    // Each window closed after its page agreed; on macOS a quit that waited for them completes now.
    if (process.platform !== 'darwin' || quitting) app.quit();
  });
  void app.whenReady().then(startApp);
}

function startApp(): void {
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDirectory: RENDERER_DIRECTORY, readFile: (path) => fsPromises.readFile(path) }));
  const shell = (editorShell = startEditorShell({
    preloadPath: PRELOAD_PATH,
    onQuitCancelled: () => {
      quitting = false;
    },
  }));
  shell.openWindow();
  for (const path of filesToOpen.splice(0)) void shell.openFromPlatform(path);
  app.on('activate', () => shell.revealWindow());
}
