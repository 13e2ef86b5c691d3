/** A keyboard shortcut. `mod` is Ctrl on Windows/Linux and Cmd on macOS. */
export interface Shortcut {
  /** KeyboardEvent.key, compared case-insensitively ("z", "Delete", "F2", "Enter"). */
  key: string;
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
}

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function matchesShortcut(press: KeyPress, shortcut: Shortcut): boolean {
  const mod = press.ctrlKey || press.metaKey;
  return (
    press.key.toLowerCase() === shortcut.key.toLowerCase() &&
    mod === (shortcut.mod ?? false) &&
    press.shiftKey === (shortcut.shift ?? false) &&
    press.altKey === (shortcut.alt ?? false)
  );
}

export function isMacPlatform(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

const KEY_NAMES: Record<string, string> = { delete: 'Del', backspace: '⌫', escape: 'Esc', enter: 'Enter', tab: 'Tab', '=': '+' };

/** How a shortcut is shown in tooltips: "Ctrl+Shift+Z" or "⌘⇧Z" on macOS. */
export function formatShortcut(shortcut: Shortcut, mac = isMacPlatform()): string {
  const keyName = KEY_NAMES[shortcut.key.toLowerCase()] ?? (shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key);
  if (mac) return `${shortcut.mod ? '⌘' : ''}${shortcut.alt ? '⌥' : ''}${shortcut.shift ? '⇧' : ''}${keyName}`;
  return [shortcut.mod ? 'Ctrl' : '', shortcut.alt ? 'Alt' : '', shortcut.shift ? 'Shift' : '', keyName].filter(Boolean).join('+');
}

/**
 * True when keyboard focus is where the user types text (input, textarea, select,
 * contenteditable): shortcuts other than Escape then belong to the field.
 */
export function isTextEntryTarget(target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  if (target.closest('[contenteditable=""], [contenteditable="true"]')) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(type);
}

/** True when Enter/Space on the target activates it (a button, link, menu item…). */
export function isActivatableTarget(target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  return target.closest('button, a[href], summary, [role="button"], [role="menuitem"], [role="option"], [role="tab"], input') !== null;
}

/** True inside a dialog: its keys (Escape closes it) never reach the document behind. */
export function isInsideDialog(target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  return target.closest('dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]') !== null;
}
