import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import type { MenuCommandId, MenuState } from '../../shared/ipc/contract';
import type { menuEn } from '../../shared/i18n/locales/menu';
import { getTranslator } from '../../shared/i18n/translator';
import type { Language } from '../../shared/model/vocabulary';

export interface MenuTemplateOptions {
  state: MenuState;
  platform: NodeJS.Platform;
  /** Adds the developer tools item (unpackaged builds only). */
  includeDeveloperTools: boolean;
  onCommand: (id: MenuCommandId, window: BaseWindow | undefined) => void;
  /** Items main handles itself (windows and the recent files); absent in tests of the rest. */
  shellItems?: ShellMenuItems;
}

/** A recently used file as the Open Recent submenu shows it. */
export interface RecentMenuEntry {
  id: string;
  fileName: string;
  folderName: string;
}

export interface ShellMenuItems {
  recentFiles: readonly RecentMenuEntry[];
  onOpenRecent(id: string): void;
  onClearRecent(): void;
  onNewWindow(): void;
}

type MenuLabelKey = keyof typeof menuEn;

/**
 * The native application menu (File, Edit, View, Help; on macOS the app menu and Window
 * menu too), labelled in the app language. Every app item sends a MenuCommandId; only
 * window and app chores (quit, hide, minimise) use Electron roles.
 */
export function buildMenuTemplate({ state, platform, includeDeveloperTools, onCommand, shellItems }: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const t = menuTranslator(state.language, isMac);
  const editingText = state.textFieldFocused === true;
  const item = (id: MenuCommandId, label: MenuLabelKey, extra: MenuItemConstructorOptions = {}): MenuItemConstructorOptions => ({
    id,
    label: t(label),
    click: (_menuItem, window) => onCommand(id, window),
    ...extra,
  });
  // One visible item per command; hidden twins give a second shortcut (Ctrl+Y / Ctrl+Shift+Z, Ctrl+=).
  const alternate = (id: MenuCommandId, label: MenuLabelKey, accelerator: string, enabled = true): MenuItemConstructorOptions =>
    item(id, label, { id: `${id}.alternate`, accelerator, enabled, visible: false, acceleratorWorksWhenHidden: true });

  const appMenu: MenuItemConstructorOptions = {
    label: 'Stroomlijn',
    submenu: [
      item('help.about', 'about'),
      { type: 'separator' },
      { role: 'services', label: t('services') },
      { type: 'separator' },
      { role: 'hide', label: t('hideApp') },
      { role: 'hideOthers', label: t('hideOthers') },
      { role: 'unhide', label: t('showAll') },
      { type: 'separator' },
      { role: 'quit', label: t('quitApp') },
    ],
  };
  const fileMenu: MenuItemConstructorOptions = {
    label: t('file'),
    submenu: [
      item('file.new', 'new', { accelerator: 'CmdOrCtrl+N' }),
      item('file.newFromTemplate', 'newFromTemplate', { accelerator: 'CmdOrCtrl+Shift+N' }),
      ...(shellItems === undefined ? [] : [{ id: 'file.newWindow', label: t('newWindow'), click: () => shellItems.onNewWindow() }]),
      item('file.open', 'open', { accelerator: 'CmdOrCtrl+O' }),
      ...(shellItems === undefined ? [] : [openRecentMenu(shellItems, t, isMac)]),
      item('file.importMap', 'importMap', { accelerator: 'CmdOrCtrl+I' }),
      item('file.importEventLog', 'importEventLog'),
      { type: 'separator' },
      item('file.save', 'save', { accelerator: 'CmdOrCtrl+S' }),
      item('file.saveAs', 'saveAs', { accelerator: 'CmdOrCtrl+Shift+S' }),
      { type: 'separator' },
      item('file.exportPlan', 'exportPlan', { accelerator: 'CmdOrCtrl+E' }),
      item('file.exportImage', 'exportImage'),
      item('file.exportMap', 'exportMap'),
      ...(isMac
        ? []
        : [
            { type: 'separator' } as const,
            // role 'close' closes through the window's close guard (Save / Don't save / Cancel).
            { role: 'close', label: t('closeWindow'), accelerator: 'Ctrl+W' } as const,
            { role: 'quit', label: t('quit'), accelerator: 'Ctrl+Q' } as const,
          ]),
    ],
  };
  const canUndo = state.canUndo || editingText;
  const canRedo = state.canRedo || editingText;
  const canCopy = state.hasSelection || editingText;
  const editMenu: MenuItemConstructorOptions = {
    label: t('edit'),
    submenu: [
      item('edit.undo', 'undo', { accelerator: 'CmdOrCtrl+Z', enabled: canUndo }),
      item('edit.redo', 'redo', { accelerator: isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y', enabled: canRedo }),
      ...(isMac ? [] : [alternate('edit.redo', 'redo', 'Ctrl+Shift+Z', canRedo)]),
      { type: 'separator' },
      item('edit.cut', 'cut', { accelerator: 'CmdOrCtrl+X', enabled: canCopy }),
      item('edit.copy', 'copy', { accelerator: 'CmdOrCtrl+C', enabled: canCopy }),
      item('edit.paste', 'paste', { accelerator: 'CmdOrCtrl+V' }),
      // Delete is shown but left to the page: the canvas deletes the selection, a text
      // field deletes forward. On macOS a bare key equivalent would steal the key from
      // text fields, so it gets none.
      item('edit.delete', 'delete', isMac ? { enabled: canCopy } : { accelerator: 'Delete', registerAccelerator: false, enabled: canCopy }),
      { type: 'separator' },
      item('edit.selectAll', 'selectAll', { accelerator: 'CmdOrCtrl+A' }),
      { type: 'separator' },
      item('edit.quickEntry', 'quickEntry', { accelerator: 'CmdOrCtrl+Shift+E' }),
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: t('view'),
    submenu: [
      item('view.zoomIn', 'zoomIn', { accelerator: 'CmdOrCtrl+Plus' }),
      alternate('view.zoomIn', 'zoomIn', 'CmdOrCtrl+='),
      item('view.zoomOut', 'zoomOut', { accelerator: 'CmdOrCtrl+-' }),
      item('view.fitView', 'fitView', { accelerator: 'CmdOrCtrl+0' }),
      { type: 'separator' },
      item('view.autoLayout', 'autoLayout', { accelerator: 'CmdOrCtrl+Shift+L' }),
      { type: 'separator' },
      {
        label: t('language'),
        submenu: [
          item('view.languageNl', 'languageNl', { type: 'radio', checked: state.language === 'nl' }),
          item('view.languageEn', 'languageEn', { type: 'radio', checked: state.language === 'en' }),
        ],
      },
      ...(includeDeveloperTools
        ? [{ type: 'separator' } as const, { role: 'toggleDevTools', label: t('developerTools') } as const]
        : []),
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: t('window'),
    role: 'windowMenu',
    submenu: [
      { role: 'minimize', label: t('minimize') },
      { role: 'zoom', label: t('zoomWindow') },
      { role: 'close', label: t('closeWindow') },
    ],
  };
  const helpMenu: MenuItemConstructorOptions = {
    label: t('help'),
    role: 'help',
    submenu: isMac ? [] : [item('help.about', 'about')],
  };
  return isMac ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu] : [fileMenu, editMenu, viewMenu, helpMenu];
}

/**
 * File > Open Recent: newest first; a name that occurs twice gets its folder added.
 * Ampersands in file names are doubled so Windows and Linux do not take them as access keys.
 */
function openRecentMenu(shellItems: ShellMenuItems, t: (key: MenuLabelKey) => string, isMac: boolean): MenuItemConstructorOptions {
  const { recentFiles } = shellItems;
  const escape = (text: string) => (isMac ? text : text.replace(/&/g, '&&'));
  const nameCounts = new Map<string, number>();
  for (const entry of recentFiles) nameCounts.set(entry.fileName, (nameCounts.get(entry.fileName) ?? 0) + 1);
  const items: MenuItemConstructorOptions[] = recentFiles.map((entry) => ({
    id: `file.openRecent.${entry.id}`,
    label: escape((nameCounts.get(entry.fileName) ?? 0) > 1 ? `${entry.fileName} — ${entry.folderName}` : entry.fileName),
    click: () => shellItems.onOpenRecent(entry.id),
  }));
  return {
    id: 'file.openRecent',
    label: t('openRecent'),
    submenu:
      items.length === 0
        ? [{ id: 'file.openRecent.none', label: t('noRecentFiles'), enabled: false }]
        : [...items, { type: 'separator' }, { id: 'file.clearRecent', label: t('clearRecent'), click: () => shellItems.onClearRecent() }],
  };
}

/** Labels from the shared `menu` namespace; access-key ampersands only off macOS. */
function menuTranslator(language: Language, isMac: boolean): (key: MenuLabelKey) => string {
  const t = getTranslator(language);
  return (key) => {
    const label = t(key, { ns: 'menu' });
    return isMac ? label.replace(/&(?!&)/g, '') : label;
  };
}

/** Native editing commands of WebContents that the menu may run instead of sending the command. */
export type NativeEditCommand = 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'delete';

export type MenuCommandRoute = { kind: 'native'; command: NativeEditCommand } | { kind: 'send' };

const CLIPBOARD_COMMANDS: Partial<Record<MenuCommandId, NativeEditCommand>> = {
  'edit.cut': 'cut',
  'edit.copy': 'copy',
  'edit.paste': 'paste',
};
const TEXT_EDITING_COMMANDS: Partial<Record<MenuCommandId, NativeEditCommand>> = {
  'edit.undo': 'undo',
  'edit.redo': 'redo',
  'edit.selectAll': 'selectAll',
  'edit.delete': 'delete',
};

/**
 * How a menu choice reaches the page. Clipboard items always run natively, which fires the
 * DOM cut/copy/paste events (with clipboardData) the canvas handles, as in a browser, so
 * no clipboard permission is ever granted. Undo, redo, select all and delete run natively
 * while a text field has focus, and otherwise go to the app as menu commands.
 */
export function routeMenuCommand(id: MenuCommandId, textFieldFocused: boolean): MenuCommandRoute {
  const clipboard = CLIPBOARD_COMMANDS[id];
  if (clipboard !== undefined) return { kind: 'native', command: clipboard };
  const textEditing = TEXT_EDITING_COMMANDS[id];
  if (textEditing !== undefined && textFieldFocused) return { kind: 'native', command: textEditing };
  return { kind: 'send' };
}
