import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMAND_IDS, type MenuCommandId, type MenuState } from '../../shared/ipc/contract';
import { menuEn, menuNl } from '../../shared/i18n/locales/menu';
import type { Language } from '../../shared/model/vocabulary';
import { buildMenuTemplate, routeMenuCommand } from './menu';

const idle: MenuState = { language: 'en', canUndo: false, canRedo: false, hasSelection: false };

function build(state: Partial<MenuState> = {}, platform: NodeJS.Platform = 'linux', includeDeveloperTools = false) {
  const onCommand = vi.fn();
  const template = buildMenuTemplate({ state: { ...idle, ...state }, platform, includeDeveloperTools, onCommand });
  return { template, onCommand };
}

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function itemById(items: readonly MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = flatten(items).find((item) => item.id === id);
  if (found === undefined) throw new Error(`no menu item ${id}`);
  return found;
}

function labels(items: readonly MenuItemConstructorOptions[]): string[] {
  return flatten(items).flatMap((item) => (item.type === 'separator' || item.label === undefined ? [] : [item.label]));
}

describe('menu texts', () => {
  it('has the same keys in Dutch and English, all filled in', () => {
    expect(Object.keys(menuNl).sort()).toEqual(Object.keys(menuEn).sort());
    for (const [key, text] of [...Object.entries(menuNl), ...Object.entries(menuEn)]) expect(text.trim(), key).not.toBe('');
  });

  it.each(['nl', 'en'] as const)('labels every item in %s on Windows/Linux and macOS', (language: Language) => {
    const texts = new Set<string>(Object.values(language === 'nl' ? menuNl : menuEn));
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const { template } = build({ language }, platform, true);
      for (const label of labels(template)) {
        // A missing translation would show its key; macOS drops the access-key ampersand.
        const known = texts.has(label) || [...texts].some((text) => text.replace(/&/g, '') === label) || label === 'Stroomlijn';
        expect(known, `${platform}/${language}: ${label}`).toBe(true);
      }
    }
  });

  it('switches every label with the language', () => {
    const dutch = labels(build({ language: 'nl' }).template);
    const english = labels(build({ language: 'en' }).template);
    expect(dutch).toContain('&Bestand');
    expect(dutch).toContain('Ongedaan maken');
    expect(english).toContain('&File');
    expect(english).toContain('Undo');
    expect(dutch.filter((label) => english.includes(label))).toEqual(['Nederlands', 'English', '&Help']);
  });

  it('drops access-key ampersands on macOS', () => {
    const { template } = build({ language: 'nl' }, 'darwin');
    expect(labels(template).some((label) => label.includes('&'))).toBe(false);
    expect(template.map((item) => item.label)).toEqual(['Stroomlijn', 'Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']);
  });
});

describe('menu structure', () => {
  it('offers every menu command on every platform', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const ids = new Set(flatten(build({}, platform).template).map((item) => item.id));
      for (const id of MENU_COMMAND_IDS) expect(ids.has(id), `${platform}: ${id}`).toBe(true);
    }
  });

  it('uses the usual accelerators', () => {
    const { template } = build({ canUndo: true, canRedo: true, hasSelection: true });
    const expected: Partial<Record<MenuCommandId, string>> = {
      'file.new': 'CmdOrCtrl+N',
      'file.open': 'CmdOrCtrl+O',
      'file.save': 'CmdOrCtrl+S',
      'file.saveAs': 'CmdOrCtrl+Shift+S',
      'edit.undo': 'CmdOrCtrl+Z',
      'edit.redo': 'Ctrl+Y',
      'edit.cut': 'CmdOrCtrl+X',
      'edit.copy': 'CmdOrCtrl+C',
      'edit.paste': 'CmdOrCtrl+V',
      'edit.delete': 'Delete',
      'edit.selectAll': 'CmdOrCtrl+A',
      'view.zoomIn': 'CmdOrCtrl+Plus',
      'view.zoomOut': 'CmdOrCtrl+-',
      'view.fitView': 'CmdOrCtrl+0',
    };
    for (const [id, accelerator] of Object.entries(expected)) expect(itemById(template, id).accelerator, id).toBe(accelerator);
    expect(itemById(template, 'edit.redo.alternate')).toMatchObject({ accelerator: 'Ctrl+Shift+Z', visible: false });
    expect(itemById(template, 'view.zoomIn.alternate')).toMatchObject({ accelerator: 'CmdOrCtrl+=', visible: false });
    // Delete stays with the page so text fields delete forward.
    expect(itemById(template, 'edit.delete').registerAccelerator).toBe(false);
  });

  it('uses Cmd+Shift+Z for redo and no bare Delete key on macOS', () => {
    const { template } = build({}, 'darwin');
    expect(itemById(template, 'edit.redo').accelerator).toBe('Cmd+Shift+Z');
    expect(itemById(template, 'edit.delete').accelerator).toBeUndefined();
    expect(flatten(template).some((item) => item.id === 'edit.redo.alternate')).toBe(false);
  });

  it('enables undo, redo, cut, copy and delete from the renderer state', () => {
    const enabled = (state: Partial<MenuState>, id: string) => itemById(build(state).template, id).enabled;
    expect(enabled({}, 'edit.undo')).toBe(false);
    expect(enabled({ canUndo: true }, 'edit.undo')).toBe(true);
    expect(enabled({}, 'edit.redo')).toBe(false);
    expect(enabled({ canRedo: true }, 'edit.redo')).toBe(true);
    for (const id of ['edit.cut', 'edit.copy', 'edit.delete']) {
      expect(enabled({}, id)).toBe(false);
      expect(enabled({ hasSelection: true }, id)).toBe(true);
      expect(enabled({ textFieldFocused: true }, id)).toBe(true);
    }
    expect(enabled({ textFieldFocused: true }, 'edit.undo')).toBe(true);
    expect(enabled({}, 'edit.paste')).toBeUndefined();
  });

  it('checks the current language', () => {
    const { template } = build({ language: 'nl' });
    expect(itemById(template, 'view.languageNl')).toMatchObject({ type: 'radio', checked: true });
    expect(itemById(template, 'view.languageEn')).toMatchObject({ type: 'radio', checked: false });
  });

  it('sends the item id when clicked', () => {
    const { template, onCommand } = build();
    const click = itemById(template, 'view.fitView').click as (...args: unknown[]) => void;
    click({}, undefined, {});
    expect(onCommand).toHaveBeenCalledWith('view.fitView', undefined);
  });

  it('shows developer tools only when asked', () => {
    expect(flatten(build({}, 'linux', false).template).some((item) => item.role === 'toggleDevTools')).toBe(false);
    expect(flatten(build({}, 'linux', true).template).some((item) => item.role === 'toggleDevTools')).toBe(true);
  });
});

describe('routeMenuCommand', () => {
  it('runs clipboard items natively so the page gets DOM clipboard events', () => {
    expect(routeMenuCommand('edit.copy', false)).toEqual({ kind: 'native', command: 'copy' });
    expect(routeMenuCommand('edit.cut', false)).toEqual({ kind: 'native', command: 'cut' });
    expect(routeMenuCommand('edit.paste', true)).toEqual({ kind: 'native', command: 'paste' });
  });
  it('runs undo, redo, select all and delete natively only in a text field', () => {
    for (const [id, command] of [['edit.undo', 'undo'], ['edit.redo', 'redo'], ['edit.selectAll', 'selectAll'], ['edit.delete', 'delete']] as const) {
      expect(routeMenuCommand(id, true)).toEqual({ kind: 'native', command });
      expect(routeMenuCommand(id, false)).toEqual({ kind: 'send' });
    }
  });
  it('sends everything else to the app', () => {
    expect(routeMenuCommand('file.save', true)).toEqual({ kind: 'send' });
    expect(routeMenuCommand('view.languageEn', false)).toEqual({ kind: 'send' });
  });
});

describe('Open Recent and New Window', () => {
  const shellItems = (recentFiles: { id: string; fileName: string; folderName: string }[]) => ({
    recentFiles,
    onOpenRecent: vi.fn(),
    onClearRecent: vi.fn(),
    onNewWindow: vi.fn(),
  });

  it('lists recent files newest first, tells same names apart by folder and escapes ampersands', () => {
    const items = shellItems([
      { id: '0000000000000001', fileName: 'facturen.stroomlijn', folderName: 'Team A' },
      { id: '0000000000000002', fileName: 'facturen.stroomlijn', folderName: 'Team B' },
      { id: '0000000000000003', fileName: 'In & uit.stroomlijn', folderName: 'Post' },
    ]);
    const template = buildMenuTemplate({ state: idle, platform: 'linux', includeDeveloperTools: false, onCommand: vi.fn(), shellItems: items });
    const recent = itemById(template, 'file.openRecent');
    expect((recent.submenu as MenuItemConstructorOptions[]).map((item) => item.label ?? item.type)).toEqual([
      'facturen.stroomlijn — Team A',
      'facturen.stroomlijn — Team B',
      'In && uit.stroomlijn',
      'separator',
      'Clear Menu',
    ]);
    (itemById(template, 'file.openRecent.0000000000000002').click as () => void)();
    expect(items.onOpenRecent).toHaveBeenCalledWith('0000000000000002');
    (itemById(template, 'file.clearRecent').click as () => void)();
    expect(items.onClearRecent).toHaveBeenCalledOnce();
    (itemById(template, 'file.newWindow').click as () => void)();
    expect(items.onNewWindow).toHaveBeenCalledOnce();
  });

  it('says so when there are no recent files, in the menu language', () => {
    const template = buildMenuTemplate({ state: { ...idle, language: 'nl' }, platform: 'darwin', includeDeveloperTools: false, onCommand: vi.fn(), shellItems: shellItems([]) });
    expect(itemById(template, 'file.openRecent.none')).toMatchObject({ label: 'Geen recente kaarten', enabled: false });
    expect(itemById(template, 'file.openRecent').label).toBe('Recent geopend');
  });
});
