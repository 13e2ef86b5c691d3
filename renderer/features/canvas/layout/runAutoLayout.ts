import type { SessionStore } from '../../../base/session/sessionStore';
import { readShownState } from '../../../base/session/shownState';
import type { DocumentStore } from '../../../base/store/documentStore';
import { LAYOUT_TIMEOUT_MS, computeLayout, type LayoutEngine } from './computeLayout';

/**
 * Arranges the shown state off the main thread and applies the result as one `layout/apply`
 * (one undo step). The document stays unchanged on a timeout or failure, and when it was
 * edited while the layout ran (the result would no longer fit it). Returns whether it applied.
 * What it is doing goes to the session (layoutStatus) for the status message.
 */
export async function runAutoLayout(
  documents: DocumentStore,
  session: SessionStore,
  engine: LayoutEngine,
  timeoutMs: number = LAYOUT_TIMEOUT_MS,
): Promise<boolean> {
  if (session.getState().layoutStatus.phase === 'running') return false;
  const target = session.getState().target;
  const state = readShownState(documents, session);
  if (state.steps.length === 0) return false;
  session.setLayoutStatus({ phase: 'running' });
  const outcome = await computeLayout(state, engine, timeoutMs);
  if (!outcome.ok) {
    session.setLayoutStatus(outcome.reason === 'timeout' ? { phase: 'timeout', timeoutMs } : { phase: 'failed', detail: outcome.detail });
    return false;
  }
  if (readShownState(documents, session) !== state || session.getState().target !== target) {
    session.setLayoutStatus({ phase: 'changed' });
    return false;
  }
  documents.dispatch({ type: 'layout/apply', target, positions: outcome.positions });
  session.setLayoutStatus({ phase: 'done', durationMs: outcome.durationMs });
  return true;
}
