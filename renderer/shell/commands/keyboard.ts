import { APP_COMMANDS } from './commandRegistry';
import type { AppCommandId } from './commandTypes';
import { isActivatableTarget, isInsideDialog, isTextEntryTarget, matchesShortcut, type KeyPress } from './shortcuts';

/** Keys that a focused button or link uses itself (Enter activates it, Tab moves focus). */
const ACTIVATION_KEYS = new Set(['enter', 'tab', ' ']);

/**
 * The app command a key press triggers, or null. Nothing fires while the user types in a text
 * field (Escape there only leaves the field, see useCommandShortcuts); Enter/Tab/Space stay
 * with a focused button or link; inside a dialog the dialog handles its own keys.
 */
export function appCommandForKeyPress(press: KeyPress, target: EventTarget | null): AppCommandId | null {
  const key = press.key.toLowerCase();
  if (isInsideDialog(target)) return null;
  if (isTextEntryTarget(target)) return null;
  if (ACTIVATION_KEYS.has(key) && isActivatableTarget(target)) return null;
  for (const command of Object.values(APP_COMMANDS)) {
    if (command.shortcuts.some((shortcut) => matchesShortcut(press, shortcut))) return command.id;
  }
  return null;
}
