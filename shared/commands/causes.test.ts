import { describe, expect, it } from 'vitest';
import { applyCommand } from './apply';
import { checkChange, makeTestMap, REVERSIBLE_CHANGE } from './testSupport';

describe('root causes', () => {
  it('root-cause/set keeps the "why?" answers of a finding, undoably', () => {
    const check = checkChange(makeTestMap(), { type: 'root-cause/set', findingId: 'defects:rework:f5', whys: ['Aanvragen missen gegevens', 'Het formulier vraagt er niet om'] });
    expect(check).toMatchObject(REVERSIBLE_CHANGE);
    expect(check.map.rootCauses).toEqual([{ findingId: 'defects:rework:f5', whys: ['Aanvragen missen gegevens', 'Het formulier vraagt er niet om'] }]);
  });

  it('replaces the answers of the same finding and removes the entry when nothing is left', () => {
    const first = applyCommand(makeTestMap(), { type: 'root-cause/set', findingId: 'waiting:long-wait:b', whys: ['Manager is vaak weg'] }).map;
    const second = applyCommand(first, { type: 'root-cause/set', findingId: 'waiting:long-wait:b', whys: ['Manager is vaak weg', 'Niemand vervangt haar'] }).map;
    expect(second.rootCauses).toEqual([{ findingId: 'waiting:long-wait:b', whys: ['Manager is vaak weg', 'Niemand vervangt haar'] }]);
    const cleared = checkChange(second, { type: 'root-cause/set', findingId: 'waiting:long-wait:b', whys: ['  ', ''] });
    expect(cleared).toMatchObject(REVERSIBLE_CHANGE);
    expect(cleared.map.rootCauses).toEqual([]);
  });

  it('keeps what is typed (trailing blanks included) but refuses more than five answers or an empty finding id', () => {
    const map = makeTestMap();
    expect(applyCommand(map, { type: 'root-cause/set', findingId: 'x', whys: ['1', '2', '3', '4', '5', '6'] }).patches).toEqual([]);
    expect(applyCommand(map, { type: 'root-cause/set', findingId: '', whys: ['1'] }).patches).toEqual([]);
    expect(applyCommand(map, { type: 'root-cause/set', findingId: 'x', whys: ['Eerste ', ''] }).map.rootCauses).toEqual([{ findingId: 'x', whys: ['Eerste ', ''] }]);
  });
});

describe('goal', () => {
  it('goal/set-text and targets are added, changed and deleted undoably', () => {
    const withText = checkChange(makeTestMap(), { type: 'goal/set-text', text: 'Facturen binnen een week betaald' });
    expect(withText).toMatchObject(REVERSIBLE_CHANGE);
    expect(withText.map.goal).toEqual({ text: 'Facturen binnen een week betaald', targets: [] });

    const target = { metric: 'leadTimeMinutes' as const, value: 2400, dueDate: '2027-03-01' };
    const added = checkChange(withText.map, { type: 'goal/add-target', target });
    expect(added).toMatchObject(REVERSIBLE_CHANGE);
    expect(added.map.goal?.targets).toEqual([target]);

    const changed = checkChange(added.map, { type: 'goal/update-target', index: 0, patch: { value: 1920 } });
    expect(changed).toMatchObject(REVERSIBLE_CHANGE);
    expect(changed.map.goal?.targets[0]).toEqual({ ...target, value: 1920 });

    const deleted = checkChange(changed.map, { type: 'goal/delete-target', index: 0 });
    expect(deleted).toMatchObject(REVERSIBLE_CHANGE);
    expect(deleted.map.goal).toEqual({ text: 'Facturen binnen een week betaald', targets: [] });
  });

  it('drops an empty goal, so a map without one stays without one', () => {
    const map = applyCommand(makeTestMap(), { type: 'goal/add-target', target: { metric: 'handoffsPerCase', value: 2, dueDate: '' } }).map;
    expect(map.goal).toEqual({ text: '', targets: [{ metric: 'handoffsPerCase', value: 2, dueDate: '' }] });
    expect(applyCommand(map, { type: 'goal/delete-target', index: 0 }).map).not.toHaveProperty('goal');
  });

  it('refuses unknown metrics, negative values, unknown indices, and changes nothing for the same text', () => {
    const map = makeTestMap();
    const badMetric = { type: 'goal/add-target', target: { metric: 'happiness', value: 1, dueDate: '' } } as unknown as Parameters<typeof applyCommand>[1];
    expect(applyCommand(map, badMetric).patches).toEqual([]);
    expect(applyCommand(map, { type: 'goal/add-target', target: { metric: 'annualCost', value: -1, dueDate: '' } }).patches).toEqual([]);
    expect(applyCommand(map, { type: 'goal/update-target', index: 3, patch: { value: 1 } }).patches).toEqual([]);
    expect(applyCommand(map, { type: 'goal/delete-target', index: 0 }).patches).toEqual([]);
    expect(applyCommand(map, { type: 'goal/set-text', text: '' }).patches).toEqual([]);
  });
});
