import { useSyncExternalStore } from 'react';

/**
 * For which loaded document the start choices are offered: the blank map the app starts with
 * and the one File → New makes (counted by the document store's `loadCount`). Null once the
 * user chose, closed the choices, or started drawing. Not document state: it never enters the file.
 */
let offeredForLoad: number | null = 0;
const listeners = new Set<() => void>();

function publish(next: number | null): void {
  if (next === offeredForLoad) return;
  offeredForLoad = next;
  for (const listener of listeners) listener();
}

export function offerStart(loadCount: number): void {
  publish(loadCount);
}

export function dismissStart(): void {
  publish(null);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useStartOffered(): number | null {
  return useSyncExternalStore(subscribe, () => offeredForLoad);
}
