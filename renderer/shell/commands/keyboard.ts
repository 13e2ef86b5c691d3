import { ACTIONS } from './commandRegistry';
import type { ActionId } from './commandTypes';
import { isActivatableTarget, isInsideDialog, isTextEntryTarget, matchesShortcut, type KeyPress } from './shortcuts';

/** Keys that a focused button or link uses itself (Enter activates it, Tab moves focus). */
const ACTIVATION_KEYS = new Set(['enter', 'tab', ' ']);

/** Clipboard keys are handled through the DOM clipboard events when those fire. */
export const CLIPBOARD_ACTIONS: ReadonlySet<ActionId> = new Set(['edit.cut', 'edit.copy', 'edit.paste']);

/**
 * The action a key press triggers, or null. Nothing fires while the user types in a text
 * field (Escape there only leaves the field, see useActionShortcuts); Enter/Tab/Space stay
 * with a focused button or link; inside a dialog the dialog handles its own keys.
 */
export function actionForKeyPress(press: KeyPress, target: EventTarget | null): ActionId | null {
  const key = press.key.toLowerCase();
  if (isInsideDialog(target)) return null;
  if (isTextEntryTarget(target)) return null;
  if (ACTIVATION_KEYS.has(key) && isActivatableTarget(target)) return null;
  for (const action of Object.values(ACTIONS)) {
    if (action.shortcuts.some((shortcut) => matchesShortcut(press, shortcut))) return action.id;
  }
  return null;
}
