import type { Action, MapState, ProcessMap } from '../model/types';
import type { ActionStatus } from '../model/vocabulary';
import { applyEffects, type SkippedEffect } from './effects';
import { jsonEqual } from './jsonEqual';

/**
 * The future state (domain.md section 5) and how it stays linked to the actions.
 *
 * Rules:
 * 1. While `map.future` is null the future is DERIVED: the current state with the effects of
 *    every applied action (status 'accepted' or 'done') applied in the order of `map.actions`.
 *    It follows every edit of the current state and of the actions by itself.
 * 2. Editing the future by hand first MATERIALISES it (`materializeFuture`, or the
 *    `future/rebuild` command): the derived state is stored in `map.future`, and from then on
 *    the stored state is the future, hand edits included.
 * 3. While a future is stored, the action commands keep it linked (`futureUpdateFor`):
 *    - an action that becomes applied (accepted/done, or added as such) gets its effects
 *      applied on top of the stored future; the hand edits stay;
 *    - an applied action that stops being applied (proposed/rejected), is deleted, or whose
 *      effects change cannot be taken out of a hand-edited state, so the stored future is
 *      REBUILT from the current state and the remaining applied actions, and hand edits are
 *      lost. The UI should ask first when `isFutureHandEdited(map)` (undo restores them too);
 *    - other changes (title, owner, due date, effort, findings) leave it alone.
 * 4. A stored future is a snapshot: later edits of the current state do not reach it until
 *    `future/rebuild`. Effects whose step, flow or lane no longer exists are skipped and
 *    reported (never an error: the file stays openable).
 */

/** Statuses whose effects are part of the future state. */
export const APPLIED_STATUSES: ReadonlySet<ActionStatus> = new Set<ActionStatus>(['accepted', 'done']);

export function isApplied(action: Pick<Action, 'status'>): boolean {
  return APPLIED_STATUSES.has(action.status);
}

/** An effect that could not be applied, with the action it belongs to. */
export interface SkippedActionEffect extends SkippedEffect {
  actionId: string;
}

export interface FutureStateResult {
  state: MapState;
  /** Effects of applied actions that could not be applied (only for a derived future). */
  skipped: SkippedActionEffect[];
  /** 'actions': derived from the current state and the applied actions; 'edited': the stored `map.future`. */
  source: 'actions' | 'edited';
}

/** The graph part of the map: what the analysis reads and what the effects change. */
export function currentStateOf(map: ProcessMap): MapState {
  return { lanes: map.lanes, steps: map.steps, flows: map.flows, annotations: map.annotations };
}

/**
 * The current state with the effects of the given actions applied one action after the other,
 * in the order given. Untouched records are shared with the map (treat the result as read-only).
 */
export function applyActions(map: ProcessMap, actions: readonly Action[]): { state: MapState; skipped: SkippedActionEffect[] } {
  let state = currentStateOf(map);
  const skipped: SkippedActionEffect[] = [];
  for (const action of actions) {
    const result = applyEffects(state, action.effects);
    state = result.state;
    for (const entry of result.skipped) skipped.push({ ...entry, actionId: action.id });
  }
  return { state, skipped };
}

/** Rule 1: the future as the applied actions make it, whether or not one is stored. */
export function deriveFutureState(map: ProcessMap): { state: MapState; skipped: SkippedActionEffect[] } {
  return applyActions(map, map.actions.filter(isApplied));
}

/** The future state: the stored one when there is one (rule 2), else the derived one (rule 1). */
export function computeFutureState(map: ProcessMap): FutureStateResult {
  if (map.future !== null) return { state: map.future, skipped: [], source: 'edited' };
  return { ...deriveFutureState(map), source: 'actions' };
}

/**
 * The map with its future stored (rule 2), ready to be edited by hand: the derived state,
 * copied so the future shares no objects with the current state. A map that already has a
 * stored future is returned as it is.
 */
export function materializeFuture(map: ProcessMap): ProcessMap {
  if (map.future !== null) return map;
  return { ...map, future: copyState(deriveFutureState(map).state) };
}

/** Whether the stored future differs from what the actions alone make: rebuilding would lose edits. */
export function isFutureHandEdited(map: ProcessMap): boolean {
  return map.future !== null && !jsonEqual(map.future, deriveFutureState(map).state);
}

/** What one action change does to a stored future (rule 3). */
export type FutureUpdate = { kind: 'none' } | { kind: 'apply'; action: Action } | { kind: 'rebuild' };

/**
 * Rule 3 for one action, `before` and `after` a command (undefined: absent, i.e. added or
 * deleted). Only matters while a future is stored.
 */
export function futureUpdateFor(before: Action | undefined, after: Action | undefined): FutureUpdate {
  const wasApplied = before !== undefined && isApplied(before);
  const isNowApplied = after !== undefined && isApplied(after);
  if (!wasApplied && isNowApplied) return { kind: 'apply', action: after };
  if (wasApplied && !isNowApplied) return { kind: 'rebuild' };
  if (wasApplied && isNowApplied && !jsonEqual(before.effects, after.effects)) return { kind: 'rebuild' };
  return { kind: 'none' };
}

/** A deep copy of a state (JSON data only). */
export function copyState(state: MapState): MapState {
  return JSON.parse(JSON.stringify(state)) as MapState;
}
