import { useSyncExternalStore } from 'react';

/**
 * Whether the quick entry panel is open. Like presentation mode it is neither document nor
 * session state: opening it changes nothing; only the lines typed into it change the map.
 */
let open = false;
const listeners = new Set<() => void>();

function publish(next: boolean): void {
  if (next === open) return;
  open = next;
  for (const listener of listeners) listener();
}

export function toggleQuickEntry(): void {
  publish(!open);
}

export function closeQuickEntry(): void {
  publish(false);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useQuickEntryOpen(): boolean {
  return useSyncExternalStore(subscribe, () => open);
}
