import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTestMap } from '../analysis/testState';
import { parseMap } from '../model/parse';
import type { Action, ProcessMap } from '../model/types';
import { computeFutureState, deriveFutureState, futureUpdateFor, isFutureHandEdited, materializeFuture } from './futureState';

function makeMap(actions: Action[]): ProcessMap {
  const map = buildTestMap({
    steps: [{ id: 'start', type: 'start' }, { id: 'a', processTime: 5 }, { id: 'b', processTime: 7, waitTime: 60 }, { id: 'end', type: 'end' }],
    flows: [['start', 'a'], ['a', 'b'], ['b', 'end']],
  });
  return { ...map, actions };
}

function makeAction(id: string, status: Action['status'], effects: Action['effects']): Action {
  return { id, title: id, description: '', findingIds: [], ecrs: 'simplify', owner: '', dueDate: '', effort: 'low', status, effects };
}

describe('computeFutureState', () => {
  it('applies the accepted and done actions in action order, and ignores proposed and rejected ones', () => {
    const map = makeMap([
      makeAction('x1', 'accepted', [{ type: 'set-wait-time', stepId: 'b', minutes: 30 }]),
      makeAction('x2', 'proposed', [{ type: 'remove-step', stepId: 'a' }]),
      makeAction('x3', 'done', [{ type: 'set-wait-time', stepId: 'b', minutes: 10 }]),
      makeAction('x4', 'rejected', [{ type: 'set-process-time', stepId: 'b', minutes: 1 }]),
    ]);
    const result = computeFutureState(map);
    expect(result.source).toBe('actions');
    expect(result.skipped).toEqual([]);
    expect(result.state.steps.map((step) => [step.id, step.processTime, step.waitTime])).toEqual([
      ['start', 0, 0],
      ['a', 5, 0],
      ['b', 7, 10],
      ['end', 0, 0],
    ]);
    // The current state is untouched.
    expect(map.steps[2]?.waitTime).toBe(60);
  });

  it('reports effects whose target is gone, naming the action, and applies the rest', () => {
    const map = makeMap([
      makeAction('x1', 'accepted', [{ type: 'remove-step', stepId: 'a' }]),
      makeAction('x2', 'accepted', [{ type: 'set-process-time', stepId: 'a', minutes: 1 }, { type: 'set-process-time', stepId: 'b', minutes: 2 }]),
    ]);
    const result = computeFutureState(map);
    expect(result.skipped).toEqual([{ actionId: 'x2', effect: { type: 'set-process-time', stepId: 'a', minutes: 1 }, reason: 'unknown-step' }]);
    expect(result.state.steps.map((step) => step.id)).toEqual(['start', 'b', 'end']);
    expect(result.state.steps[1]?.processTime).toBe(2);
  });

  it('opens a file whose accepted action names a deleted step, and skips that effect (fixtures/warnings)', () => {
    const text = readFileSync(new URL('../../fixtures/warnings/unknown-effect-target.stroomlijn', import.meta.url), 'utf8');
    const parsed = parseMap(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const result = computeFutureState(parsed.map);
    expect(result.skipped).toEqual([{ actionId: 'act1', effect: { type: 'remove-step', stepId: 's99' }, reason: 'unknown-step' }]);
    expect(result.state.steps).toEqual(parsed.map.steps);
  });

  it('returns a stored future as it is', () => {
    const map = materializeFuture(makeMap([makeAction('x1', 'accepted', [{ type: 'remove-step', stepId: 'a' }])]));
    map.future!.steps[1]!.label = 'Met de hand';
    const result = computeFutureState({ ...map, actions: [] });
    expect(result.source).toBe('edited');
    expect(result.state).toBe(map.future);
  });
});

describe('materializeFuture and isFutureHandEdited', () => {
  it('stores a copy of the derived future once; edits make it hand-edited', () => {
    const map = makeMap([makeAction('x1', 'accepted', [{ type: 'remove-step', stepId: 'a' }])]);
    expect(isFutureHandEdited(map)).toBe(false);
    const materialized = materializeFuture(map);
    expect(materialized.future).toEqual(deriveFutureState(map).state);
    expect(materialized.future?.steps[1]).not.toBe(map.steps[2]);
    expect(materializeFuture(materialized)).toBe(materialized);
    expect(isFutureHandEdited(materialized)).toBe(false);
    materialized.future!.steps[1]!.waitTime = 5;
    expect(isFutureHandEdited(materialized)).toBe(true);
  });
});

describe('futureUpdateFor (rule 3)', () => {
  const effects: Action['effects'] = [{ type: 'remove-step', stepId: 'a' }];
  const proposed = makeAction('x', 'proposed', effects);
  const accepted = makeAction('x', 'accepted', effects);
  const done = makeAction('x', 'done', effects);
  const rejected = makeAction('x', 'rejected', effects);

  it('applies an action that becomes applied, rebuilds when one stops being applied or changes effects', () => {
    expect(futureUpdateFor(proposed, accepted)).toEqual({ kind: 'apply', action: accepted });
    expect(futureUpdateFor(undefined, done)).toEqual({ kind: 'apply', action: done });
    expect(futureUpdateFor(accepted, done)).toEqual({ kind: 'none' });
    expect(futureUpdateFor(accepted, rejected)).toEqual({ kind: 'rebuild' });
    expect(futureUpdateFor(done, undefined)).toEqual({ kind: 'rebuild' });
    expect(futureUpdateFor(accepted, { ...accepted, effects: [] })).toEqual({ kind: 'rebuild' });
    expect(futureUpdateFor(accepted, { ...accepted, owner: 'Marieke' })).toEqual({ kind: 'none' });
    expect(futureUpdateFor(proposed, rejected)).toEqual({ kind: 'none' });
    expect(futureUpdateFor(proposed, undefined)).toEqual({ kind: 'none' });
  });
});
