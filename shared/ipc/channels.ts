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
  /** main → renderer: the user chose a menu item. */
  menuAction: 'menu:action',
} as const;

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
] as const;

export type BridgeMethodName = (typeof BRIDGE_METHOD_NAMES)[number];

/** Files above this size are refused before they are read (domain.md 1.1). */
export const MAX_MAP_FILE_BYTES = 50 * 1024 * 1024;

/** Extension of saved maps, without the dot. `.json` is accepted when opening. */
export const MAP_FILE_EXTENSION = 'stroomlijn';
