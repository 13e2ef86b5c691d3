import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { applyCommand } from './apply';
import { checkChange, makeTestMap, makeTestMapWithFuture, REVERSIBLE_CHANGE } from './testSupport';

describe('lane commands', () => {
  it('lane/add appends or inserts at an index', () => {
    const appended = checkChange(makeTestMap(), { type: 'lane/add', lane: { id: 'fin', name: 'Financiën' } });
    expect(appended).toMatchObject(REVERSIBLE_CHANGE);
    expect(appended.map.lanes.map((lane) => lane.id)).toEqual(['sec', 'mgr', 'ext', 'fin']);
    const inserted = checkChange(makeTestMap(), { type: 'lane/add', lane: { id: 'fin', name: 'Financiën' }, index: 1 });
    expect(inserted.map.lanes.map((lane) => lane.id)).toEqual(['sec', 'fin', 'mgr', 'ext']);
  });

  it('lane/add refuses a used id and a negative rate', () => {
    const map = makeTestMap();
    expect(applyCommand(map, { type: 'lane/add', lane: { id: 'a', name: 'Botsing met stap' } }).map).toBe(map);
    expect(applyCommand(map, { type: 'lane/add', lane: { id: 'x', name: 'X', hourlyCost: -5 } }).map).toBe(map);
  });

  it('lane/update renames, sets and removes the hourly cost', () => {
    const renamed = checkChange(makeTestMap(), { type: 'lane/update', laneId: 'mgr', patch: { name: 'Afdelingshoofd', hourlyCost: 80 } });
    expect(renamed).toMatchObject(REVERSIBLE_CHANGE);
    expect(renamed.map.lanes[1]).toEqual({ id: 'mgr', name: 'Afdelingshoofd', hourlyCost: 80 });
    const defaultRate = checkChange(makeTestMap(), { type: 'lane/update', laneId: 'sec', patch: { hourlyCost: null } });
    expect(defaultRate).toMatchObject(REVERSIBLE_CHANGE);
    expect(defaultRate.map.lanes[0]).toEqual({ id: 'sec', name: 'Secretariaat' });
    expect(Object.hasOwn(defaultRate.map.lanes[0] ?? {}, 'hourlyCost')).toBe(false);
  });

  it('lane/update with the same name gives no patches; an unknown lane is refused', () => {
    const map = makeTestMap();
    expect(applyCommand(map, { type: 'lane/update', laneId: 'sec', patch: { name: 'Secretariaat' } }).patches).toEqual([]);
    expect(applyCommand(map, { type: 'lane/update', laneId: 'nope', patch: { name: 'X' } }).patches).toEqual([]);
  });

  it('lane/move reorders, clamping the index', () => {
    const moved = checkChange(makeTestMap(), { type: 'lane/move', laneId: 'sec', toIndex: 2 });
    expect(moved).toMatchObject(REVERSIBLE_CHANGE);
    expect(moved.map.lanes.map((lane) => lane.id)).toEqual(['mgr', 'ext', 'sec']);
    const clamped = checkChange(makeTestMap(), { type: 'lane/move', laneId: 'ext', toIndex: -3 });
    expect(clamped.map.lanes.map((lane) => lane.id)).toEqual(['ext', 'sec', 'mgr']);
    const map = makeTestMap();
    expect(applyCommand(map, { type: 'lane/move', laneId: 'sec', toIndex: 0 }).patches).toEqual([]);
  });

  it('lane/delete with move-steps reassigns its steps to another lane', () => {
    const check = checkChange(makeTestMap(), { type: 'lane/delete', laneId: 'mgr', deletion: { mode: 'move-steps', toLaneId: 'ext' } });
    expect(check).toMatchObject(REVERSIBLE_CHANGE);
    expect(check.map.lanes.map((lane) => lane.id)).toEqual(['sec', 'ext']);
    expect(check.map.steps.filter((step) => step.laneId === 'ext').map((step) => step.id)).toEqual(['b', 'd', 'end']);
    expect(check.map.flows).toHaveLength(5);
  });

  it('lane/delete with delete-steps removes its steps and their flows', () => {
    const map = makeTestMap();
    map.steps.push({ ...map.steps[1]!, id: 'x', laneId: 'ext' });
    map.flows.push({ id: 'fx', from: 'a', to: 'x', rework: false, medium: 'other', label: '' });
    const check = checkChange(map, { type: 'lane/delete', laneId: 'ext', deletion: { mode: 'delete-steps' } });
    expect(check).toMatchObject(REVERSIBLE_CHANGE);
    expect(check.map.steps.map((step) => step.id)).toEqual(['start', 'a', 'b', 'd', 'end']);
    expect(check.map.flows.map((flow) => flow.id)).toEqual(['f1', 'f2', 'f3', 'f4', 'f5']);
  });

  it('lane/delete refuses to delete the start step or the last end with its lane', () => {
    const map = makeTestMap();
    expect(applyCommand(map, { type: 'lane/delete', laneId: 'sec', deletion: { mode: 'delete-steps' } }).map).toBe(map);
    expect(applyCommand(map, { type: 'lane/delete', laneId: 'mgr', deletion: { mode: 'delete-steps' } }).map).toBe(map);
    expect(applyCommand(map, { type: 'lane/delete', laneId: 'mgr', deletion: { mode: 'move-steps', toLaneId: 'mgr' } }).map).toBe(map);
    expect(applyCommand(map, { type: 'lane/delete', laneId: 'mgr', deletion: { mode: 'move-steps', toLaneId: 'gone' } }).map).toBe(map);
  });

  it('target future edits map.future and leaves the current state alone', () => {
    const map = makeTestMapWithFuture();
    const check = checkChange(map, { type: 'lane/update', target: 'future', laneId: 'sec', patch: { name: 'Team' } });
    expect(check).toMatchObject(REVERSIBLE_CHANGE);
    expect(check.map.future?.lanes[0]?.name).toBe('Team');
    expect(check.map.lanes[0]?.name).toBe('Secretariaat');
  });

  it('target future without a stored future stores the derived one first, as one undoable change', () => {
    const map = makeTestMap();
    const result = applyCommand(map, { type: 'lane/add', target: 'future', lane: { id: 'fin', name: 'Financiën' } });
    expect(result.map.future?.lanes.map((lane) => lane.id)).toEqual([...map.lanes.map((lane) => lane.id), 'fin']);
    expect(result.map.lanes).toBe(map.lanes);
    expect(applyPatches(result.map, result.inversePatches)).toEqual(map);
    expect(applyPatches(map, result.patches)).toEqual(result.map);
    // An edit of the derived future that changes nothing stores nothing.
    const unchanged = applyCommand(map, { type: 'lane/update', target: 'future', laneId: 'nope', patch: { name: 'X' } });
    expect(unchanged.map).toBe(map);
    expect(unchanged.patches).toEqual([]);
  });
});
