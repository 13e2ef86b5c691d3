import { describe, expect, it } from 'vitest';
import { applyCommand } from './apply';
import { checkChange, makeStep, makeTestMap, makeTestMapWithFuture, REVERSIBLE_CHANGE } from './testSupport';

describe('step commands', () => {
  it('step/add adds a step', () => {
    const check = checkChange(makeTestMap(), { type: 'step/add', step: makeStep('c', 'ext') });
    expect(check).toMatchObject(REVERSIBLE_CHANGE);
    expect(check.map.steps.at(-1)?.id).toBe('c');
    expect(check.map.flows).toHaveLength(5);
  });

  it('step/add with connectFrom adds a flow from that step', () => {
    const check = checkChange(makeTestMap(), {
      type: 'step/add',
      step: makeStep('c', 'ext'),
      connectFrom: { stepId: 'b', flowId: 'fc' },
    });
    expect(check).toMatchObject(REVERSIBLE_CHANGE);
    expect(check.map.flows.at(-1)).toEqual({ id: 'fc', from: 'b', to: 'c', rework: false, medium: 'other', label: '' });
  });

  it('step/add refuses a duplicate id, an unknown lane, a second start and a flow out of an end', () => {
    const map = makeTestMap();
    const refused = [
      { type: 'step/add', step: makeStep('a', 'sec') },
      { type: 'step/add', step: makeStep('c', 'nowhere') },
      { type: 'step/add', step: makeStep('c', 'sec', { type: 'start' }) },
      { type: 'step/add', step: makeStep('c', 'sec'), connectFrom: { stepId: 'end', flowId: 'fc' } },
      { type: 'step/add', step: makeStep('c', 'sec'), connectFrom: { stepId: 'a', flowId: 'f1' } },
      { type: 'step/add', step: makeStep('c', 'sec', { processTime: -1 }) },
    ] as const;
    for (const command of refused) expect(applyCommand(map, command).map).toBe(map);
  });

  it('step/update changes label and times; same values give no patches', () => {
    const check = checkChange(makeTestMap(), { type: 'step/update', stepId: 'a', patch: { label: 'Registreren', processTime: 6, waitTime: 480 } });
    expect(check).toMatchObject(REVERSIBLE_CHANGE);
    expect(check.map.steps[1]).toMatchObject({ label: 'Registreren', processTime: 6, waitTime: 480 });
    const map = makeTestMap();
    expect(applyCommand(map, { type: 'step/update', stepId: 'a', patch: { processTime: 10, position: { x: 200, y: 0 } } }).patches).toEqual([]);
  });

  it('step/update moves a step to another lane', () => {
    const check = checkChange(makeTestMap(), { type: 'step/update', stepId: 'a', patch: { laneId: 'ext' } });
    expect(check).toMatchObject(REVERSIBLE_CHANGE);
    expect(check.map.steps[1]?.laneId).toBe('ext');
    const map = makeTestMap();
    expect(applyCommand(map, { type: 'step/update', stepId: 'a', patch: { laneId: 'nope' } }).map).toBe(map);
  });

  it('step/update sets and removes optional fields', () => {
    const withBatch = checkChange(makeTestMap(), { type: 'step/update', stepId: 'a', patch: { batchInterval: 2400, wastes: ['motion'], note: 'traag' } });
    expect(withBatch).toMatchObject(REVERSIBLE_CHANGE);
    const withoutBatch = checkChange(withBatch.map, { type: 'step/update', stepId: 'a', patch: { batchInterval: undefined } });
    expect(withoutBatch).toMatchObject(REVERSIBLE_CHANGE);
    expect(Object.hasOwn(withoutBatch.map.steps[1] ?? {}, 'batchInterval')).toBe(false);
  });

  it('step/update refuses out-of-range values and removing a required field', () => {
    const map = makeTestMap();
    for (const patch of [{ completeAccurate: 1.2 }, { waitTime: -5 }, { processTime: Number.POSITIVE_INFINITY }, { label: undefined }]) {
      expect(applyCommand(map, { type: 'step/update', stepId: 'a', patch }).map).toBe(map);
    }
  });

  it('step/update keeps exactly one start and at least one end', () => {
    const map = makeTestMap();
    expect(applyCommand(map, { type: 'step/update', stepId: 'a', patch: { type: 'start' } }).map).toBe(map);
    expect(applyCommand(map, { type: 'step/update', stepId: 'start', patch: { type: 'activity' } }).map).toBe(map);
    expect(applyCommand(map, { type: 'step/update', stepId: 'end', patch: { type: 'activity' } }).map).toBe(map);
    // An end has no outgoing flows: a step with outgoing flows cannot become one.
    expect(applyCommand(map, { type: 'step/update', stepId: 'b', patch: { type: 'end' } }).map).toBe(map);
    const decision = checkChange(map, { type: 'step/update', stepId: 'b', patch: { type: 'decision' } });
    expect(decision).toMatchObject(REVERSIBLE_CHANGE);
  });

  it('step/move moves several steps in one command, optionally into another lane', () => {
    const check = checkChange(makeTestMap(), {
      type: 'step/move',
      moves: [
        { stepId: 'a', position: { x: 220, y: 10 } },
        { stepId: 'b', position: { x: 420, y: 160 }, laneId: 'ext' },
      ],
    });
    expect(check).toMatchObject(REVERSIBLE_CHANGE);
    expect(check.map.steps[1]?.position).toEqual({ x: 220, y: 10 });
    expect(check.map.steps[2]).toMatchObject({ position: { x: 420, y: 160 }, laneId: 'ext' });
  });

  it('step/move to the same place gives no patches; an unknown step refuses the whole move', () => {
    const map = makeTestMap();
    expect(applyCommand(map, { type: 'step/move', moves: [{ stepId: 'a', position: { x: 200, y: 0 } }] }).patches).toEqual([]);
    const partlyUnknown = applyCommand(map, {
      type: 'step/move',
      moves: [
        { stepId: 'a', position: { x: 1, y: 1 } },
        { stepId: 'ghost', position: { x: 1, y: 1 } },
      ],
    });
    expect(partlyUnknown.map).toBe(map);
  });

  it('step commands on the future state leave the current state untouched', () => {
    const map = makeTestMapWithFuture();
    const check = checkChange(map, { type: 'step/update', target: 'future', stepId: 'b', patch: { waitTime: 0 } });
    expect(check).toMatchObject(REVERSIBLE_CHANGE);
    expect(check.map.future?.steps[2]?.waitTime).toBe(0);
    expect(check.map.steps[2]?.waitTime).toBe(120);
    // Without a stored future the edit stores the derived one first (futureState.ts rule 2).
    const added = applyCommand(makeTestMap(), { type: 'step/add', target: 'future', step: makeStep('c', 'sec') }).map;
    expect(added.future?.steps.map((step) => step.id)).toContain('c');
    expect(added.steps.map((step) => step.id)).not.toContain('c');
  });
});
