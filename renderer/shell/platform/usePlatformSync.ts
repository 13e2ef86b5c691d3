import type { i18n } from 'i18next';
import { useEffect } from 'react';
import type { MenuState, StroomlijnBridge } from '../../../shared/ipc/contract';
import { runAppCommand } from '../commands/commandRegistry';
import type { AppCommandContext } from '../commands/commandTypes';
import { isTextEntryTarget } from '../commands/shortcuts';
import { isSelectionEmpty } from '../../base/session/selection';

/**
 * Keeps the platform in step with the document: the window title (name, unsaved marker),
 * the native menu's language and enabled items, and runs native menu choices as app commands.
 */
export function usePlatformSync(bridge: StroomlijnBridge, i18nInstance: i18n, context: AppCommandContext): void {
  useEffect(() => {
    const { documents, session } = context;
    let lastTitle = '';
    let lastMenu = '';
    let textFieldFocused = isTextEntryTarget(document.activeElement);
    const report = (error: unknown) => console.error('Platform call failed', error);

    const sync = () => {
      const state = documents.getState();
      const title = { fileName: state.fileName, title: state.map.meta.title, dirty: state.dirty, handle: state.fileHandle };
      const titleKey = JSON.stringify(title);
      if (titleKey !== lastTitle) {
        lastTitle = titleKey;
        bridge.setDocumentTitle(title).catch(report);
      }
      const menu: MenuState = {
        language: context.language.current(),
        canUndo: state.canUndo,
        canRedo: state.canRedo,
        hasSelection: !isSelectionEmpty(session.getState().selection),
        textFieldFocused,
      };
      const menuKey = JSON.stringify(menu);
      if (menuKey !== lastMenu) {
        lastMenu = menuKey;
        bridge.setMenuState(menu).catch(report);
      }
    };

    const onFocusChange = () => {
      // focusin/focusout fire before activeElement settles; read it on the next frame.
      requestAnimationFrame(() => {
        textFieldFocused = isTextEntryTarget(document.activeElement);
        sync();
      });
    };

    // The browser asks its own "Leave site?" question; Electron asks through onCloseRequest
    // instead (there a cancelled unload would silently keep the window open).
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (bridge.kind === 'browser' && documents.getState().dirty) event.preventDefault();
    };

    sync();
    const unsubscribeDocuments = documents.subscribe(sync);
    const unsubscribeSession = session.subscribe(sync);
    const unsubscribeMenu = bridge.onMenuCommand((id) => {
      runAppCommand(id, context);
      sync();
    });
    document.addEventListener('focusin', onFocusChange);
    document.addEventListener('focusout', onFocusChange);
    window.addEventListener('beforeunload', onBeforeUnload);
    i18nInstance.on('languageChanged', sync);
    return () => {
      unsubscribeDocuments();
      unsubscribeSession();
      unsubscribeMenu();
      document.removeEventListener('focusin', onFocusChange);
      document.removeEventListener('focusout', onFocusChange);
      window.removeEventListener('beforeunload', onBeforeUnload);
      i18nInstance.off('languageChanged', sync);
    };
  }, [bridge, i18nInstance, context]);
}
