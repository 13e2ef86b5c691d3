import { useEffect } from 'react';
import { runAppCommand } from '../commands/commandRegistry';
import type { AppCommandContext, AppCommandId } from '../commands/commandTypes';
import { appCommandForKeyPress } from '../commands/keyboard';
import { isInsideDialog, isTextEntryTarget } from '../commands/shortcuts';

/** How long after a clipboard shortcut the matching DOM clipboard event is treated as the same gesture. */
const SAME_GESTURE_MS = 300;
/** How long Ctrl+V waits for the browser's paste event (with the system clipboard text). */
const PASTE_EVENT_WAIT_MS = 60;

/** Keys that run document commands and must not also run the browser's own behaviour. */
const PREVENT_DEFAULT: ReadonlySet<AppCommandId> = new Set([
  'edit.undo',
  'edit.redo',
  'edit.selectAll',
  'edit.delete',
  'file.new',
  'file.open',
  'file.save',
  'file.saveAs',
  'view.zoomIn',
  'view.zoomOut',
  'view.fitView',
  'view.autoLayout',
  'step.rename',
  'view.present',
  'edit.quickEntry',
]);

/**
 * Keyboard shortcuts and the DOM clipboard events, both running app commands of the registry.
 * Copy/cut act on the key press and hand their text to the copy/cut event that follows;
 * Ctrl+V waits briefly for the paste event so text copied in another window arrives too.
 * The Electron menu's Cut/Copy/Paste fire the same DOM events without a key press.
 */
export function useCommandShortcuts(context: AppCommandContext): void {
  useEffect(() => {
    let pendingText: string | null = null;
    let pendingTextAt = Number.NEGATIVE_INFINITY;
    let pendingPaste: ReturnType<typeof setTimeout> | null = null;

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (event.key === 'Escape' && isTextEntryTarget(event.target) && !isInsideDialog(event.target)) {
        // Escape leaves the field (ending its edit) but keeps the selection it belongs to.
        (event.target as HTMLElement).blur();
        return;
      }
      const id = appCommandForKeyPress(event, event.target);
      if (!id) return;
      if (id === 'edit.copy' || id === 'edit.cut') {
        if (!context.clipboard.canCopy() || hasTextSelection()) return;
        pendingText = id === 'edit.cut' ? context.clipboard.cut() : context.clipboard.copy();
        pendingTextAt = performance.now();
        return; // the browser's copy/cut event follows and takes pendingText
      }
      if (id === 'edit.paste') {
        if (pendingPaste !== null) clearTimeout(pendingPaste);
        pendingPaste = setTimeout(() => {
          pendingPaste = null;
          context.clipboard.paste();
        }, PASTE_EVENT_WAIT_MS);
        return;
      }
      const ran = runAppCommand(id, context);
      if (ran || PREVENT_DEFAULT.has(id)) event.preventDefault();
    };

    const onCopyOrCut = (event: ClipboardEvent) => {
      if (isTextEntryTarget(event.target) || hasTextSelection()) return;
      const fromKeyPress = performance.now() - pendingTextAt < SAME_GESTURE_MS;
      const text = fromKeyPress ? pendingText : event.type === 'cut' ? context.clipboard.cut() : context.clipboard.copy();
      pendingText = null;
      if (text === null || !event.clipboardData) return;
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
    };

    const onPaste = (event: ClipboardEvent) => {
      if (isTextEntryTarget(event.target)) return;
      event.preventDefault();
      if (pendingPaste !== null) {
        clearTimeout(pendingPaste);
        pendingPaste = null;
      }
      context.clipboard.paste(event.clipboardData?.getData('text/plain') ?? null);
    };

    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('copy', onCopyOrCut);
    document.addEventListener('cut', onCopyOrCut);
    document.addEventListener('paste', onPaste);
    return () => {
      if (pendingPaste !== null) clearTimeout(pendingPaste);
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('copy', onCopyOrCut);
      document.removeEventListener('cut', onCopyOrCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [context]);
}

/** True when the user selected text on the page (then Copy copies that text). */
function hasTextSelection(): boolean {
  const selection = window.getSelection();
  return selection !== null && !selection.isCollapsed && selection.toString().trim() !== '';
}
