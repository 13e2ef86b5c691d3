/**
 * IPC channel names and the closed list of menu actions. Kept free of zod so the sandboxed
 * preload can import it without bundling a validator: the preload only forwards, main and
 * the renderer validate (contract.ts).
 */
export const IPC_CHANNELS = {
  getSystemLanguage: 'app:getSystemLanguage',
  getPreferences: 'preferences:get',
  setPreferences: 'preferences:set',
  openMapFile: 'map:open',
  saveMapFile: 'map:save',
  setMenuState: 'menu:setState',
  setDocumentTitle: 'window:setDocumentTitle',
  openDroppedFile: 'map:openDropped',
  listRecent: 'recent:list',
  openRecent: 'recent:open',
  writeRecovery: 'recovery:write',
  listRecovered: 'recovery:list',
  discardRecovery: 'recovery:discard',
  openExternal: 'shell:openExternal',
  answerCloseRequest: 'window:answerCloseRequest',
  exportFile: 'export:saveFile',
  printPlanToPdf: 'export:printPlanToPdf',
  /** renderer → main: the page listens for open requests now; main sends what it queued. */
  listenForOpenRequests: 'map:listenForOpenRequests',
  /** renderer → main: the page answers close requests (Save / Don't save / Cancel) itself. */
  listenForCloseRequests: 'window:listenForCloseRequests',
  /** main → renderer: the user chose a menu item. */
  menuAction: 'menu:action',
  /** main → renderer: a map file to open (double-click, command line, Open Recent, second instance). */
  openFileRequest: 'map:openRequest',
  /** main → renderer: the window is about to close; the page answers with answerCloseRequest. */
  closeRequest: 'window:closeRequest',
} as const;

/** Channels main sends on; the others are invoke channels main handles. */
export const MAIN_TO_RENDERER_CHANNELS = [IPC_CHANNELS.menuAction, IPC_CHANNELS.openFileRequest, IPC_CHANNELS.closeRequest] as const;
export type MainToRendererChannel = (typeof MAIN_TO_RENDERER_CHANNELS)[number];

export function isMainToRendererChannel(channel: string): channel is MainToRendererChannel {
  return (MAIN_TO_RENDERER_CHANNELS as readonly string[]).includes(channel);
}

export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

/**
 * Every action the native menu can send to the renderer. The renderer's action registry
 * uses the same ids for its toolbar and shortcuts, so one id means one behaviour everywhere.
 */
export const MENU_ACTION_IDS = [
  'file.new',
  'file.newFromTemplate',
  'file.open',
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
  'view.zoomIn',
  'view.zoomOut',
  'view.fitView',
  'view.autoLayout',
  'view.languageNl',
  'view.languageEn',
  'help.about',
] as const;

export type MenuActionId = (typeof MENU_ACTION_IDS)[number];

export function isMenuActionId(value: unknown): value is MenuActionId {
  return typeof value === 'string' && (MENU_ACTION_IDS as readonly string[]).includes(value);
}

/** The methods `window.stroomlijn` exposes: exactly the bridge's methods, nothing generic. */
export const BRIDGE_METHOD_NAMES = [
  'getSystemLanguage',
  'getPreferences',
  'setPreferences',
  'openMapFile',
  'saveMapFile',
  'onMenuAction',
  'setMenuState',
  'setDocumentTitle',
  'openDroppedFile',
  'listRecent',
  'openRecent',
  'writeRecovery',
  'listRecovered',
  'discardRecovery',
  'openExternal',
  'onOpenFileRequest',
  'onCloseRequest',
  'answerCloseRequest',
  'exportFile',
  'printPlanToPdf',
] as const;

export type BridgeMethodName = (typeof BRIDGE_METHOD_NAMES)[number];

/** Files above this size are refused before they are read (domain.md 1.1). */
export const MAX_MAP_FILE_BYTES = 50 * 1024 * 1024;

/** Extension of saved maps, without the dot. `.json` is accepted when opening. */
export const MAP_FILE_EXTENSION = 'stroomlijn';

/** Extensions (lower case, without the dot) main opens from a drop, the command line or the OS. */
export const OPENABLE_EXTENSIONS: readonly string[] = [MAP_FILE_EXTENSION, 'json'];

/** Ids of recovery copies: the renderer makes them (crypto.randomUUID()); main uses them in file names. */
export const RECOVERY_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Autosave writes a recovery copy at most this often while a document changes (issue 4). */
export const RECOVERY_INTERVAL_MILLISECONDS = 30_000;
