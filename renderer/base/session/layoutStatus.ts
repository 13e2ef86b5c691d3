import { useSyncExternalStore } from 'react';

/** What the auto-layout is doing, for the status message and to disable the toolbar button. */
export type LayoutStatus =
  | { phase: 'idle' }
  | { phase: 'running' }
  | { phase: 'done'; durationMs: number }
  | { phase: 'timeout'; timeoutMs: number }
  | { phase: 'failed'; detail: string }
  | { phase: 'changed' };

let status: LayoutStatus = { phase: 'idle' };
const listeners = new Set<() => void>();

export function getLayoutStatus(): LayoutStatus {
  return status;
}

export function setLayoutStatus(next: LayoutStatus): void {
  status = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLayoutStatus(): LayoutStatus {
  return useSyncExternalStore(subscribe, getLayoutStatus, getLayoutStatus);
}
