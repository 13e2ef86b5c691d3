import { parseRecord } from '../model/parseRecord';
import { current } from 'immer';
import { collectIds } from '../model/ids';
import { actionSchema } from '../model/schema';
import type { Action, ProcessMap } from '../model/types';
import { applyEffectsInPlace } from '../improve/effects';
import { copyState, deriveFutureState, futureUpdateFor, type FutureUpdate } from '../improve/futureState';
import { jsonEqual } from '../improve/jsonEqual';
import type { MapDraft } from './graph';
import { assignChangedFields, isValidPatch, structuredCloneJson } from './patching';
import type { CommandHandlers } from './registry';

const NO_OPTIONAL_KEYS: ReadonlySet<string> = new Set();

/**
 * Stores the derived future (current state + applied actions) in `map.future`, unless it is
 * stored already exactly like that (no history entry for a rebuild that changes nothing).
 */
function rebuildFuture(draft: MapDraft): void {
  const derived = deriveFutureState(current<ProcessMap>(draft)).state;
  if (draft.future !== null && jsonEqual(current(draft.future), derived)) return;
  draft.future = copyState(derived);
}

/** Keeps a stored future linked to the actions (futureState.ts, rule 3). */
function updateStoredFuture(draft: MapDraft, update: FutureUpdate): void {
  if (draft.future === null || update.kind === 'none') return;
  if (update.kind === 'apply') applyEffectsInPlace(draft.future, update.action.effects);
  else rebuildFuture(draft);
}

/** A plain copy of a draft action, to compare before and after a change. */
function snapshot(action: Action): Action {
  return structuredCloneJson(current(action));
}

/**
 * Improvement actions (domain.md section 5), the stored future state and dismissed findings.
 * While a future state is stored, action changes keep it linked to the actions: see
 * `shared/improve/futureState.ts` (an action that becomes accepted/done is applied to it; one
 * that stops being applied, is deleted or gets other effects rebuilds it).
 */
export const actionHandlers: CommandHandlers<
  'action/add' | 'action/update' | 'action/delete' | 'future/rebuild' | 'future/clear' | 'findings/dismiss' | 'findings/restore'
> = {
  'action/add': (draft, { action, index }) => {
    const parsed = parseRecord(actionSchema, action);
    if (!parsed || collectIds(current<ProcessMap>(draft)).has(parsed.id)) return;
    const at = index === undefined ? draft.actions.length : Math.max(0, Math.min(Math.trunc(index), draft.actions.length));
    draft.actions.splice(at, 0, structuredCloneJson(parsed));
    updateStoredFuture(draft, futureUpdateFor(undefined, parsed));
  },

  'action/update': (draft, { actionId, patch }) => {
    const action = draft.actions.find((candidate) => candidate.id === actionId);
    if (!action || !isValidPatch(patch, actionSchema.shape, NO_OPTIONAL_KEYS)) return;
    const before = snapshot(action);
    assignChangedFields(action, patch);
    updateStoredFuture(draft, futureUpdateFor(before, snapshot(action)));
  },

  'action/delete': (draft, { actionId }) => {
    const index = draft.actions.findIndex((candidate) => candidate.id === actionId);
    const action = draft.actions[index];
    if (!action) return;
    const before = snapshot(action);
    draft.actions.splice(index, 1);
    updateStoredFuture(draft, futureUpdateFor(before, undefined));
  },

  'future/rebuild': (draft) => {
    rebuildFuture(draft);
  },

  'future/clear': (draft) => {
    if (draft.future !== null) draft.future = null;
  },

  'findings/dismiss': (draft, { findingIds, reason }) => {
    for (const findingId of new Set(findingIds)) {
      if (findingId === '') continue;
      const existing = draft.dismissedFindings.find((entry) => entry.findingId === findingId);
      if (!existing) draft.dismissedFindings.push({ findingId, reason: reason ?? '' });
      else if (reason !== undefined && existing.reason !== reason) existing.reason = reason;
    }
  },

  'findings/restore': (draft, { findingIds }) => {
    const restored = new Set(findingIds);
    if (draft.dismissedFindings.some((entry) => restored.has(entry.findingId))) {
      draft.dismissedFindings = draft.dismissedFindings.filter((entry) => !restored.has(entry.findingId));
    }
  },
};
