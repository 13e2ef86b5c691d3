import { describe, expect, it } from 'vitest';
import { MENU_ACTION_IDS } from '../../../shared/ipc/contract';
import { appEn } from '../../base/i18n/locales/app';
import { ACTIONS, ALL_ACTION_IDS } from './commandRegistry';
import { actionForKeyPress } from './keyboard';
import type { KeyPress } from './shortcuts';
import { formatShortcut } from './shortcuts';

function press(key: string, modifiers: Partial<KeyPress> = {}): KeyPress {
  return { key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers };
}

describe('action registry', () => {
  it('has one action for every menu action id and every app-only id, with a translated label', () => {
    for (const id of ALL_ACTION_IDS) {
      expect(ACTIONS[id]?.id).toBe(id);
      expect(ACTIONS[id]?.labelKey).toBe(`app:actions.${id}`);
      expect(Object.keys(appEn.actions)).toContain(id);
    }
    expect(Object.keys(ACTIONS).sort()).toEqual([...ALL_ACTION_IDS].sort());
    expect(MENU_ACTION_IDS.every((id) => id in ACTIONS)).toBe(true);
  });

  it('no two actions share a shortcut', () => {
    const seen = new Map<string, string>();
    for (const action of Object.values(ACTIONS)) {
      for (const shortcut of action.shortcuts) {
        const name = JSON.stringify([shortcut.key.toLowerCase(), !!shortcut.mod, !!shortcut.shift, !!shortcut.alt]);
        expect(seen.get(name), name).toBeUndefined();
        seen.set(name, action.id);
      }
    }
  });

  it('maps the editor shortcuts to actions', () => {
    expect(actionForKeyPress(press('z', { ctrlKey: true }), null)).toBe('edit.undo');
    expect(actionForKeyPress(press('Z', { ctrlKey: true, shiftKey: true }), null)).toBe('edit.redo');
    expect(actionForKeyPress(press('y', { ctrlKey: true }), null)).toBe('edit.redo');
    expect(actionForKeyPress(press('z', { metaKey: true }), null)).toBe('edit.undo');
    expect(actionForKeyPress(press('S', { ctrlKey: true, shiftKey: true }), null)).toBe('file.saveAs');
    expect(actionForKeyPress(press('s', { ctrlKey: true }), null)).toBe('file.save');
    expect(actionForKeyPress(press('Delete'), null)).toBe('edit.delete');
    expect(actionForKeyPress(press('Backspace'), null)).toBe('edit.delete');
    expect(actionForKeyPress(press('Enter'), null)).toBe('step.addAfterSelected');
    expect(actionForKeyPress(press('Tab'), null)).toBe('step.addAfterSelected');
    expect(actionForKeyPress(press('F2'), null)).toBe('step.rename');
    expect(actionForKeyPress(press('a', { ctrlKey: true }), null)).toBe('edit.selectAll');
    expect(actionForKeyPress(press('n', { ctrlKey: true }), null)).toBe('file.new');
    expect(actionForKeyPress(press('o', { ctrlKey: true }), null)).toBe('file.open');
    expect(actionForKeyPress(press('q'), null)).toBeNull();
    expect(actionForKeyPress(press('z', { ctrlKey: true, altKey: true }), null)).toBeNull();
  });

  it('formats shortcuts for tooltips', () => {
    expect(formatShortcut({ key: 'z', mod: true, shift: true }, false)).toBe('Ctrl+Shift+Z');
    expect(formatShortcut({ key: 'z', mod: true, shift: true }, true)).toBe('⌘⇧Z');
    expect(formatShortcut({ key: 'Delete' }, false)).toBe('Del');
  });
});
