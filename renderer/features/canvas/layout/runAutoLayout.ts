import type { EditorStore } from '../../../base/store/editorStoreTypes';
import { activeGraph } from '../canvasCommands';
import { LAYOUT_TIMEOUT_MS, computeLayout, type LayoutEngine } from './computeLayout';
import { getLayoutStatus, setLayoutStatus } from '../../../base/session/layoutStatus';
import { createWorkerLayoutEngine } from './workerLayoutEngine';

let sharedEngine: LayoutEngine | null = null;

function layoutEngine(): LayoutEngine {
  sharedEngine ??= createWorkerLayoutEngine();
  return sharedEngine;
}

/**
 * Arranges the shown state off the main thread and applies the result as one `layout/apply`
 * (one undo step). The document stays unchanged on a timeout or failure, and when it was
 * edited while the layout ran (the result would no longer fit it). Returns whether it applied.
 */
export async function runAutoLayout(store: EditorStore, timeoutMs: number = LAYOUT_TIMEOUT_MS, engine: LayoutEngine = layoutEngine()): Promise<boolean> {
  if (getLayoutStatus().phase === 'running') return false;
  const before = store.getState();
  const state = activeGraph(before);
  if (state.steps.length === 0) return false;
  setLayoutStatus({ phase: 'running' });
  const outcome = await computeLayout(state, engine, timeoutMs);
  if (!outcome.ok) {
    setLayoutStatus(outcome.reason === 'timeout' ? { phase: 'timeout', timeoutMs } : { phase: 'failed', detail: outcome.detail });
    return false;
  }
  const now = store.getState();
  if (activeGraph(now) !== state || now.target !== before.target) {
    setLayoutStatus({ phase: 'changed' });
    return false;
  }
  store.closeHistoryGroup();
  store.dispatch({ type: 'layout/apply', target: before.target, positions: outcome.positions });
  setLayoutStatus({ phase: 'done', durationMs: outcome.durationMs });
  return true;
}
