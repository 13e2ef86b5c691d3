import type { BaseWindow, MenuItemConstructorOptions, WebContents } from 'electron';
import { IPC_METHODS, type MenuCommandId, type MenuState } from '../../shared/ipc/contract';
import { buildMenuTemplate, routeMenuCommand, type ShellMenuItems } from './menu';

/** The parts of Electron's Menu module the controller uses. */
export interface MenuApi<BuiltMenu> {
  buildFromTemplate(template: MenuItemConstructorOptions[]): BuiltMenu;
  setApplicationMenu(menu: BuiltMenu | null): void;
}

export type MenuTargetContents = Pick<WebContents, 'send' | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'delete' | 'isDestroyed'>;

export interface MenuControllerOptions<BuiltMenu> {
  menu: MenuApi<BuiltMenu>;
  platform: NodeJS.Platform;
  includeDeveloperTools: boolean;
  initialState: MenuState;
  /** The page a menu choice is for: the clicked window's, else the focused or main one. */
  resolveTarget(window: BaseWindow | undefined): MenuTargetContents | null;
  /** New Window and Open Recent, read at every rebuild. */
  shellItems?: () => ShellMenuItems;
}

export interface MenuController {
  /** Applies the renderer's state; rebuilds the native menu only when something changed. */
  setState(state: MenuState): void;
  getState(): MenuState;
  /** Rebuilds the menu because something main owns changed (the recent files). */
  refresh(): void;
  /** Runs a menu choice as the menu itself does (exposed for tests). */
  dispatch(id: MenuCommandId, window: BaseWindow | undefined): void;
}

export function createMenuController<BuiltMenu>(options: MenuControllerOptions<BuiltMenu>): MenuController {
  let state = options.initialState;

  const dispatch = (id: MenuCommandId, window: BaseWindow | undefined) => {
    const contents = options.resolveTarget(window);
    if (contents === null || contents.isDestroyed()) return;
    const route = routeMenuCommand(id, state.textFieldFocused === true);
    if (route.kind === 'native') contents[route.command]();
    else contents.send(IPC_METHODS.onMenuCommand.channel, id);
  };

  const rebuild = () => {
    const template = buildMenuTemplate({
      state,
      platform: options.platform,
      includeDeveloperTools: options.includeDeveloperTools,
      onCommand: dispatch,
      ...(options.shellItems === undefined ? {} : { shellItems: options.shellItems() }),
    });
    options.menu.setApplicationMenu(options.menu.buildFromTemplate(template));
  };

  rebuild();
  return {
    setState(next) {
      if (sameMenuState(state, next)) return;
      state = next;
      rebuild();
    },
    getState: () => state,
    refresh: rebuild,
    dispatch,
  };
}

function sameMenuState(a: MenuState, b: MenuState): boolean {
  return (
    a.language === b.language &&
    a.canUndo === b.canUndo &&
    a.canRedo === b.canRedo &&
    a.hasSelection === b.hasSelection &&
    (a.textFieldFocused === true) === (b.textFieldFocused === true)
  );
}
