import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuState } from '../../shared/ipc/contract';
import { createMenuController, type MenuTargetContents } from './menuController';

const idle: MenuState = { language: 'nl', canUndo: false, canRedo: false, hasSelection: false };

function setup(target: 'present' | 'missing' | 'destroyed' = 'present') {
  const contents = {
    send: vi.fn(),
    undo: vi.fn(),
    redo: vi.fn(),
    cut: vi.fn(),
    copy: vi.fn(),
    paste: vi.fn(),
    selectAll: vi.fn(),
    delete: vi.fn(),
    isDestroyed: () => target === 'destroyed',
  } satisfies MenuTargetContents;
  const built: MenuItemConstructorOptions[][] = [];
  const menu = { buildFromTemplate: (template: MenuItemConstructorOptions[]) => built.push(template), setApplicationMenu: vi.fn() };
  const controller = createMenuController({
    menu,
    platform: 'linux',
    includeDeveloperTools: false,
    initialState: idle,
    resolveTarget: () => (target === 'missing' ? null : contents),
  });
  return { controller, contents, built, menu };
}

describe('createMenuController', () => {
  it('installs the menu at once and rebuilds it only when the state changes', () => {
    const { controller, built, menu } = setup();
    expect(built).toHaveLength(1);
    expect(menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    controller.setState({ ...idle });
    expect(built).toHaveLength(1);
    controller.setState({ ...idle, language: 'en' });
    expect(built).toHaveLength(2);
    expect(built[1]?.[0]?.label).toBe('&File');
    controller.setState({ ...idle, language: 'en', textFieldFocused: true });
    expect(built).toHaveLength(3);
    expect(controller.getState().textFieldFocused).toBe(true);
  });

  it('sends app actions to the page over the menu channel', () => {
    const { controller, contents } = setup();
    controller.dispatch('file.save', undefined);
    expect(contents.send).toHaveBeenCalledWith('menu:command', 'file.save');
  });

  it('runs clipboard commands natively', () => {
    const { controller, contents } = setup();
    controller.dispatch('edit.copy', undefined);
    expect(contents.copy).toHaveBeenCalledOnce();
    expect(contents.send).not.toHaveBeenCalled();
  });

  it('undoes typing natively while a text field has focus, the document otherwise', () => {
    const { controller, contents } = setup();
    controller.dispatch('edit.undo', undefined);
    expect(contents.send).toHaveBeenCalledWith('menu:command', 'edit.undo');
    controller.setState({ ...idle, canUndo: true, textFieldFocused: true });
    controller.dispatch('edit.undo', undefined);
    expect(contents.undo).toHaveBeenCalledOnce();
    expect(contents.send).toHaveBeenCalledTimes(1);
  });

  it('wires menu clicks to dispatch', () => {
    const { built, contents } = setup();
    const file = built[0]?.[0]?.submenu as MenuItemConstructorOptions[];
    const open = file.find((item) => item.id === 'file.open');
    (open?.click as (...args: unknown[]) => void)({}, undefined, {});
    expect(contents.send).toHaveBeenCalledWith('menu:command', 'file.open');
  });

  it('does nothing without a live window', () => {
    for (const target of ['missing', 'destroyed'] as const) {
      const { controller, contents } = setup(target);
      controller.dispatch('file.new', undefined);
      controller.dispatch('edit.paste', undefined);
      expect(contents.send).not.toHaveBeenCalled();
      expect(contents.paste).not.toHaveBeenCalled();
    }
  });
});
