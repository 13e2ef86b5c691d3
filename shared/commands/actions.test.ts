import { describe, expect, it } from 'vitest';
import { deriveFutureState } from '../improve/futureState';
import type { Action, ProcessMap } from '../model/types';
import { applyCommand } from './apply';
import { checkChange, makeTestMap, makeTestMapWithFuture, REVERSIBLE_CHANGE } from './testSupport';

function makeAction(overrides: Partial<Action> = {}): Action {
  return {
    id: 'act1',
    title: 'Manager keurt niet meer goed',
    description: '',
    findingIds: [],
    ecrs: 'eliminate',
    owner: '',
    dueDate: '',
    effort: 'low',
    status: 'proposed',
    effects: [{ type: 'remove-step', stepId: 'b' }],
    ...overrides,
  };
}

function stepIdsOfFuture(map: ProcessMap): string[] {
  return map.future?.steps.map((step) => step.id) ?? [];
}

/** A map with a stored future in which step a was renamed by hand. */
function makeHandEditedMap(actions: Action[] = []): ProcessMap {
  const map = { ...makeTestMapWithFuture(), actions };
  map.future!.steps.find((step) => step.id === 'a')!.label = 'Met de hand hernoemd';
  return map;
}

describe('action/add', () => {
  it('adds an action at the end or at an index, reversibly', () => {
    const first = checkChange(makeTestMap(), { type: 'action/add', action: makeAction() });
    expect(first).toMatchObject(REVERSIBLE_CHANGE);
    const second = applyCommand(first.map, { type: 'action/add', action: makeAction({ id: 'act0' }), index: 0 }).map;
    expect(second.actions.map((action) => action.id)).toEqual(['act0', 'act1']);
  });

  it('refuses an id already used in the map, and an invalid action', () => {
    const map = { ...makeTestMap(), actions: [makeAction()] };
    expect(applyCommand(map, { type: 'action/add', action: makeAction() }).patches).toEqual([]);
    expect(applyCommand(map, { type: 'action/add', action: makeAction({ id: 'b' }) }).patches).toEqual([]);
    const invalid = { ...makeAction({ id: 'act2' }), ecrs: 'maybe' } as unknown as Action;
    expect(applyCommand(map, { type: 'action/add', action: invalid }).patches).toEqual([]);
  });

  it('applies an accepted action to a stored future, keeping hand edits', () => {
    const result = checkChange(makeHandEditedMap(), { type: 'action/add', action: makeAction({ status: 'accepted' }) });
    expect(result).toMatchObject(REVERSIBLE_CHANGE);
    expect(stepIdsOfFuture(result.map)).toEqual(['start', 'a', 'd', 'end']);
    expect(result.map.future?.steps[1]?.label).toBe('Met de hand hernoemd');
    expect(result.map.steps.map((step) => step.id)).toEqual(['start', 'a', 'b', 'd', 'end']);
  });

  it('leaves a derived future derived', () => {
    const result = applyCommand(makeTestMap(), { type: 'action/add', action: makeAction({ status: 'accepted' }) });
    expect(result.map.future).toBeNull();
  });
});

describe('action/update', () => {
  it('changes fields reversibly and refuses values the format refuses', () => {
    const map = { ...makeTestMap(), actions: [makeAction()] };
    const result = checkChange(map, { type: 'action/update', actionId: 'act1', patch: { owner: 'Marieke', dueDate: '2027-02-01', effort: 'medium' } });
    expect(result).toMatchObject(REVERSIBLE_CHANGE);
    expect(result.map.actions[0]).toMatchObject({ owner: 'Marieke', dueDate: '2027-02-01', effort: 'medium' });
    expect(applyCommand(map, { type: 'action/update', actionId: 'act1', patch: { status: 'maybe' as Action['status'] } }).patches).toEqual([]);
    expect(applyCommand(map, { type: 'action/update', actionId: 'nope', patch: { owner: 'x' } }).patches).toEqual([]);
  });

  it('accepting applies the effects to a stored future; hand edits stay', () => {
    const result = checkChange(makeHandEditedMap([makeAction()]), { type: 'action/update', actionId: 'act1', patch: { status: 'accepted' } });
    expect(result).toMatchObject(REVERSIBLE_CHANGE);
    expect(stepIdsOfFuture(result.map)).toEqual(['start', 'a', 'd', 'end']);
    expect(result.map.future?.steps[1]?.label).toBe('Met de hand hernoemd');
    // Marking it done afterwards changes nothing more in the future.
    const done = applyCommand(result.map, { type: 'action/update', actionId: 'act1', patch: { status: 'done' } });
    expect(done.map.future).toBe(result.map.future);
  });

  it('un-accepting rebuilds a stored future from the remaining applied actions (hand edits are lost)', () => {
    const other = makeAction({ id: 'act2', status: 'accepted', effects: [{ type: 'set-wait-time', stepId: 'b', minutes: 30 }] });
    const accepted = applyCommand(makeHandEditedMap([makeAction(), other]), { type: 'action/update', actionId: 'act1', patch: { status: 'accepted' } }).map;
    const result = checkChange(accepted, { type: 'action/update', actionId: 'act1', patch: { status: 'rejected' } });
    expect(result).toMatchObject(REVERSIBLE_CHANGE);
    expect(result.map.future).toEqual(deriveFutureState(result.map).state);
    expect(result.map.future?.steps.find((step) => step.id === 'b')?.waitTime).toBe(30);
    expect(result.map.future?.steps.find((step) => step.id === 'a')?.label).toBe('a');
  });

  it('changing the effects of an applied action rebuilds a stored future; other fields leave it alone', () => {
    const map = makeHandEditedMap([makeAction({ status: 'accepted', effects: [] })]);
    const retitled = applyCommand(map, { type: 'action/update', actionId: 'act1', patch: { title: 'Anders' } });
    expect(retitled.map.future).toBe(map.future);
    const reworked = applyCommand(map, { type: 'action/update', actionId: 'act1', patch: { effects: [{ type: 'remove-step', stepId: 'b' }] } });
    expect(stepIdsOfFuture(reworked.map)).toEqual(['start', 'a', 'd', 'end']);
    expect(reworked.map.future?.steps[1]?.label).toBe('a');
  });
});

describe('action/delete', () => {
  it('deletes reversibly; deleting an applied action rebuilds a stored future', () => {
    const map = applyCommand(makeHandEditedMap([makeAction()]), { type: 'action/update', actionId: 'act1', patch: { status: 'done' } }).map;
    const result = checkChange(map, { type: 'action/delete', actionId: 'act1' });
    expect(result).toMatchObject(REVERSIBLE_CHANGE);
    expect(result.map.actions).toEqual([]);
    expect(stepIdsOfFuture(result.map)).toEqual(['start', 'a', 'b', 'd', 'end']);
    expect(applyCommand(map, { type: 'action/delete', actionId: 'nope' }).patches).toEqual([]);
  });
});

describe('future/rebuild and future/clear', () => {
  it('materialises the derived future once; a second rebuild changes nothing', () => {
    const map = { ...makeTestMap(), actions: [makeAction({ status: 'accepted' })] };
    const result = checkChange(map, { type: 'future/rebuild' });
    expect(result).toMatchObject(REVERSIBLE_CHANGE);
    expect(stepIdsOfFuture(result.map)).toEqual(['start', 'a', 'd', 'end']);
    // The stored future shares no objects with the current state.
    expect(result.map.future?.lanes[0]).not.toBe(result.map.lanes[0]);
    expect(applyCommand(result.map, { type: 'future/rebuild' }).patches).toEqual([]);
  });

  it('rebuild discards hand edits; clear drops the stored future', () => {
    const rebuilt = applyCommand(makeHandEditedMap(), { type: 'future/rebuild' }).map;
    expect(rebuilt.future?.steps[1]?.label).toBe('a');
    const cleared = checkChange(rebuilt, { type: 'future/clear' });
    expect(cleared).toMatchObject(REVERSIBLE_CHANGE);
    expect(cleared.map.future).toBeNull();
    expect(applyCommand(cleared.map, { type: 'future/clear' }).patches).toEqual([]);
  });
});

describe('findings/dismiss and findings/restore', () => {
  it('sets findings aside with a reason, updates the reason, and restores them', () => {
    const dismissed = checkChange(makeTestMap(), { type: 'findings/dismiss', findingIds: ['waiting:long-wait:b', 'defects:rework:f5'], reason: 'Wettelijk verplicht' });
    expect(dismissed).toMatchObject(REVERSIBLE_CHANGE);
    expect(dismissed.map.dismissedFindings).toEqual([
      { findingId: 'waiting:long-wait:b', reason: 'Wettelijk verplicht' },
      { findingId: 'defects:rework:f5', reason: 'Wettelijk verplicht' },
    ]);
    const again = applyCommand(dismissed.map, { type: 'findings/dismiss', findingIds: ['waiting:long-wait:b'], reason: 'Wettelijk verplicht' });
    expect(again.patches).toEqual([]);
    const reworded = applyCommand(dismissed.map, { type: 'findings/dismiss', findingIds: ['waiting:long-wait:b'], reason: 'Afspraak met de accountant' });
    expect(reworded.map.dismissedFindings[0]?.reason).toBe('Afspraak met de accountant');
    const restored = checkChange(dismissed.map, { type: 'findings/restore', findingIds: ['waiting:long-wait:b'] });
    expect(restored).toMatchObject(REVERSIBLE_CHANGE);
    expect(restored.map.dismissedFindings.map((entry) => entry.findingId)).toEqual(['defects:rework:f5']);
    expect(applyCommand(restored.map, { type: 'findings/restore', findingIds: ['nope'] }).patches).toEqual([]);
  });
});
