import { describe, expect, it } from 'vitest';
import { MENU_COMMAND_IDS } from '../../../shared/ipc/contract';
import { appEn } from '../../base/i18n/locales/app';
import { APP_COMMANDS, ALL_APP_COMMAND_IDS } from './commandRegistry';
import { appCommandForKeyPress } from './keyboard';
import type { KeyPress } from './shortcuts';
import { formatShortcut } from './shortcuts';

function press(key: string, modifiers: Partial<KeyPress> = {}): KeyPress {
  return { key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers };
}

describe('app command registry', () => {
  it('has one command for every menu command id and every app-only id, with a translated label', () => {
    for (const id of ALL_APP_COMMAND_IDS) {
      expect(APP_COMMANDS[id]?.id).toBe(id);
      expect(APP_COMMANDS[id]?.labelKey).toBe(`app:commands.${id}`);
      expect(Object.keys(appEn.commands)).toContain(id);
    }
    expect(Object.keys(APP_COMMANDS).sort()).toEqual([...ALL_APP_COMMAND_IDS].sort());
    expect(MENU_COMMAND_IDS.every((id) => id in APP_COMMANDS)).toBe(true);
  });

  it('no two commands share a shortcut', () => {
    const seen = new Map<string, string>();
    for (const command of Object.values(APP_COMMANDS)) {
      for (const shortcut of command.shortcuts) {
        const name = JSON.stringify([shortcut.key.toLowerCase(), !!shortcut.mod, !!shortcut.shift, !!shortcut.alt]);
        expect(seen.get(name), name).toBeUndefined();
        seen.set(name, command.id);
      }
    }
  });

  it('maps the editor shortcuts to commands', () => {
    expect(appCommandForKeyPress(press('z', { ctrlKey: true }), null)).toBe('edit.undo');
    expect(appCommandForKeyPress(press('Z', { ctrlKey: true, shiftKey: true }), null)).toBe('edit.redo');
    expect(appCommandForKeyPress(press('y', { ctrlKey: true }), null)).toBe('edit.redo');
    expect(appCommandForKeyPress(press('z', { metaKey: true }), null)).toBe('edit.undo');
    expect(appCommandForKeyPress(press('S', { ctrlKey: true, shiftKey: true }), null)).toBe('file.saveAs');
    expect(appCommandForKeyPress(press('s', { ctrlKey: true }), null)).toBe('file.save');
    expect(appCommandForKeyPress(press('Delete'), null)).toBe('edit.delete');
    expect(appCommandForKeyPress(press('Backspace'), null)).toBe('edit.delete');
    expect(appCommandForKeyPress(press('Enter'), null)).toBe('step.addAfterSelected');
    expect(appCommandForKeyPress(press('Tab'), null)).toBe('step.addAfterSelected');
    expect(appCommandForKeyPress(press('F2'), null)).toBe('step.rename');
    expect(appCommandForKeyPress(press('a', { ctrlKey: true }), null)).toBe('edit.selectAll');
    expect(appCommandForKeyPress(press('n', { ctrlKey: true }), null)).toBe('file.new');
    expect(appCommandForKeyPress(press('o', { ctrlKey: true }), null)).toBe('file.open');
    expect(appCommandForKeyPress(press('q'), null)).toBeNull();
    expect(appCommandForKeyPress(press('z', { ctrlKey: true, altKey: true }), null)).toBeNull();
  });

  it('formats shortcuts for tooltips', () => {
    expect(formatShortcut({ key: 'z', mod: true, shift: true }, false)).toBe('Ctrl+Shift+Z');
    expect(formatShortcut({ key: 'z', mod: true, shift: true }, true)).toBe('⌘⇧Z');
    expect(formatShortcut({ key: 'Delete' }, false)).toBe('Del');
  });
});
