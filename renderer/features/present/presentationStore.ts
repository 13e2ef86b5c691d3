import { useSyncExternalStore } from 'react';

/**
 * Whether presentation mode is open. It lives outside the document and the session on
 * purpose: presenting changes nothing of either (the selection, the shown state and the
 * undo history are exactly as they were when it closes).
 */
let open = false;
const listeners = new Set<() => void>();

function publish(next: boolean): void {
  if (next === open) return;
  open = next;
  for (const listener of listeners) listener();
}

export function openPresentation(): void {
  publish(true);
}

export function closePresentation(): void {
  publish(false);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePresentationOpen(): boolean {
  return useSyncExternalStore(subscribe, () => open);
}
