import { bareExtensions, fileFormat, formatsOf } from '../formats/registry';

/**
 * The IPC table, routing half: every bridge method with its channel and how it crosses
 * (style.md principle 8, VS Code's ProxyChannel). The preload, the renderer's Electron bridge
 * and main's routes are derived from it; contract.ts holds the other half, the zod schemas of
 * each method, under the same names. Kept free of zod so the sandboxed preload can import it
 * without bundling a validator: the preload only forwards, main and the renderer validate.
 *
 * - `invoke`: the page asks main and awaits the answer (`ipcRenderer.invoke`, `ipcMain.handle`).
 *   `argument: 'droppedFilePath'`: the preload sends the path Electron knows for the dropped
 *   File instead of the File (a page cannot name a path itself).
 * - `event`: main tells the page (`webContents.send`); the page subscribes with a callback.
 *   `listenChannel`: invoked when the page subscribes, so main knows the page handles these
 *   itself and delivers what it queued meanwhile.
 *
 * Adding a method: one entry here, its schemas in contract.ts, its handler in main
 * (editorShell.ts) and its browser implementation (renderer/base/bridge/browserBridge.ts).
 */
interface InvokeMethod {
  readonly kind: 'invoke';
  readonly channel: string;
  readonly argument?: 'droppedFilePath';
}

interface EventMethod {
  readonly kind: 'event';
  readonly channel: string;
  readonly listenChannel?: string;
}

export const IPC_METHODS = {
  getSystemLanguage: { kind: 'invoke', channel: 'app:getSystemLanguage' },
  getPreferences: { kind: 'invoke', channel: 'preferences:get' },
  setPreferences: { kind: 'invoke', channel: 'preferences:set' },
  openMapFile: { kind: 'invoke', channel: 'map:open' },
  saveMapFile: { kind: 'invoke', channel: 'map:save' },
  onMenuCommand: { kind: 'event', channel: 'menu:command' },
  setMenuState: { kind: 'invoke', channel: 'menu:setState' },
  setDocumentTitle: { kind: 'invoke', channel: 'window:setDocumentTitle' },
  openDroppedFile: { kind: 'invoke', channel: 'map:openDropped', argument: 'droppedFilePath' },
  listRecent: { kind: 'invoke', channel: 'recent:list' },
  openRecent: { kind: 'invoke', channel: 'recent:open' },
  writeRecovery: { kind: 'invoke', channel: 'recovery:write' },
  listRecovered: { kind: 'invoke', channel: 'recovery:list' },
  discardRecovery: { kind: 'invoke', channel: 'recovery:discard' },
  openExternal: { kind: 'invoke', channel: 'shell:openExternal' },
  onOpenFileRequest: { kind: 'event', channel: 'map:openRequest', listenChannel: 'map:listenForOpenRequests' },
  onCloseRequest: { kind: 'event', channel: 'window:closeRequest', listenChannel: 'window:listenForCloseRequests' },
  answerCloseRequest: { kind: 'invoke', channel: 'window:answerCloseRequest' },
  exportFile: { kind: 'invoke', channel: 'export:saveFile' },
  printPlanToPdf: { kind: 'invoke', channel: 'export:printPlanToPdf' },
  openEventLog: { kind: 'invoke', channel: 'eventlog:open' },
  readEventLogChunk: { kind: 'invoke', channel: 'eventlog:readChunk' },
  openImportFile: { kind: 'invoke', channel: 'import:open' },
} as const satisfies Record<string, InvokeMethod | EventMethod>;

export type IpcMethodName = keyof typeof IPC_METHODS;
export type InvokeMethodName = { [Name in IpcMethodName]: (typeof IPC_METHODS)[Name]['kind'] extends 'invoke' ? Name : never }[IpcMethodName];
export type EventMethodName = Exclude<IpcMethodName, InvokeMethodName>;

/** Every bridge method: exactly what `window.stroomlijn` exposes. */
export const IPC_METHOD_NAMES = Object.keys(IPC_METHODS) as IpcMethodName[];

export function isInvokeMethod(name: IpcMethodName): name is InvokeMethodName {
  return IPC_METHODS[name].kind === 'invoke';
}

/**
 * Every action the native menu can send to the renderer. The renderer's action registry
 * uses the same ids for its toolbar and shortcuts, so one id means one behaviour everywhere.
 */
export const MENU_COMMAND_IDS = [
  'file.new',
  'file.newFromTemplate',
  'file.open',
  'file.importEventLog',
  'file.importMap',
  'file.exportMap',
  'file.save',
  'file.saveAs',
  'file.exportPlan',
  'file.exportImage',
  'edit.undo',
  'edit.redo',
  'edit.cut',
  'edit.copy',
  'edit.paste',
  'edit.delete',
  'edit.selectAll',
  'edit.quickEntry',
  'view.zoomIn',
  'view.zoomOut',
  'view.fitView',
  'view.autoLayout',
  'view.languageNl',
  'view.languageEn',
  'help.about',
] as const;

export type MenuCommandId = (typeof MENU_COMMAND_IDS)[number];

/** Files above this size are refused before they are read (domain.md 1.1). */
export const MAX_MAP_FILE_BYTES = 50 * 1024 * 1024;

/** Event logs larger than this are refused before they are read (a 1,000,000-event CSV is about 80 MB). */
export const MAX_EVENT_LOG_BYTES = 2 * 1024 * 1024 * 1024;
/** The largest chunk of an event log one readEventLogChunk call returns. */
export const MAX_EVENT_LOG_CHUNK_BYTES = 8 * 1024 * 1024;
/** Extensions (lower case, with the dot; `.xes.gz` whole) of the event logs discovery reads, from the registry. */
export const EVENT_LOG_EXTENSIONS: readonly string[] = formatsOf('event-log', 'read').flatMap((format) => format.extensions);
/** Extensions of the files Import… reads into a map (BPMN, step lists), from the registry: every readable map format but Stroomlijn's own. */
export const MAP_IMPORT_EXTENSIONS: readonly string[] = formatsOf('map', 'read')
  .filter((format) => format.id !== 'stroomlijn')
  .flatMap((format) => format.extensions);

/** Extension of saved maps, without the dot (the map format's first in the registry). `.json` is accepted when opening. */
export const MAP_FILE_EXTENSION = 'stroomlijn';

/** Extensions (lower case, without the dot) main opens from a drop, the command line or the OS: the map file's, from the registry. */
export const OPENABLE_EXTENSIONS: readonly string[] = bareExtensions(fileFormat('stroomlijn'));

/** Ids of recovery copies: the renderer makes them (crypto.randomUUID()); main uses them in file names. */
export const RECOVERY_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
