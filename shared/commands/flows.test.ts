import { describe, expect, it } from 'vitest';
import { applyCommand } from './apply';
import { checkChange, makeTestMap, makeTestMapWithFuture, REVERSIBLE_CHANGE } from './testSupport';

describe('flow commands', () => {
  it('flow/add connects two steps', () => {
    const check = checkChange(makeTestMap(), {
      type: 'flow/add',
      flow: { id: 'f6', from: 'a', to: 'd', rework: false, medium: 'paper', label: '' },
    });
    expect(check).toMatchObject(REVERSIBLE_CHANGE);
    expect(check.map.flows.at(-1)).toMatchObject({ id: 'f6', from: 'a', to: 'd', medium: 'paper' });
  });

  it('flow/add refuses unknown steps, flows out of an end, duplicates and used ids', () => {
    const map = makeTestMap();
    const flow = { rework: false, medium: 'other', label: '' } as const;
    for (const refused of [
      { ...flow, id: 'f6', from: 'a', to: 'ghost' },
      { ...flow, id: 'f6', from: 'end', to: 'a' },
      { ...flow, id: 'f6', from: 'a', to: 'b' },
      { ...flow, id: 'f1', from: 'a', to: 'd' },
      { ...flow, id: 'f6', from: 'a', to: 'd', probability: 2 },
    ]) {
      expect(applyCommand(map, { type: 'flow/add', flow: refused }).map).toBe(map);
    }
  });

  it('flow/update sets a probability, scaling the given sibling probabilities to fit 1', () => {
    const check = checkChange(makeTestMap(), { type: 'flow/update', flowId: 'f4', patch: { probability: 0.9 } });
    expect(check).toMatchObject(REVERSIBLE_CHANGE);
    const probabilities = check.map.flows.filter((flow) => flow.from === 'd').map((flow) => flow.probability);
    expect(probabilities[0]).toBe(0.9);
    expect(probabilities[1]).toBeCloseTo(0.1, 9);
  });

  it('flow/update that leaves room keeps the siblings as they are', () => {
    const check = checkChange(makeTestMap(), { type: 'flow/update', flowId: 'f4', patch: { probability: 0.5 } });
    expect(check.map.flows.find((flow) => flow.id === 'f5')?.probability).toBe(0.25);
  });

  it('flow/update removes a probability, changes medium, label, rework and ends', () => {
    const cleared = checkChange(makeTestMap(), { type: 'flow/update', flowId: 'f4', patch: { probability: undefined } });
    expect(cleared).toMatchObject(REVERSIBLE_CHANGE);
    expect(Object.hasOwn(cleared.map.flows[3] ?? {}, 'probability')).toBe(false);
    const changed = checkChange(makeTestMap(), { type: 'flow/update', flowId: 'f2', patch: { medium: 'paper', label: 'post', rework: true } });
    expect(changed).toMatchObject(REVERSIBLE_CHANGE);
    expect(changed.map.flows[1]).toMatchObject({ medium: 'paper', label: 'post', rework: true });
    const reconnected = checkChange(makeTestMap(), { type: 'flow/update', flowId: 'f2', patch: { to: 'd' } });
    expect(reconnected.map.flows[1]).toMatchObject({ from: 'a', to: 'd' });
  });

  it('flow/update refuses invalid values and reconnecting out of an end', () => {
    const map = makeTestMap();
    expect(applyCommand(map, { type: 'flow/update', flowId: 'f2', patch: { probability: -0.1 } }).map).toBe(map);
    expect(applyCommand(map, { type: 'flow/update', flowId: 'f2', patch: { from: 'end' } }).map).toBe(map);
    expect(applyCommand(map, { type: 'flow/update', flowId: 'f2', patch: { to: 'ghost' } }).map).toBe(map);
    expect(applyCommand(map, { type: 'flow/update', flowId: 'ghost', patch: { label: 'x' } }).map).toBe(map);
    expect(applyCommand(map, { type: 'flow/update', flowId: 'f2', patch: { medium: 'email' } }).patches).toEqual([]);
  });

  it('flow commands respect the target', () => {
    const check = checkChange(makeTestMapWithFuture(), { type: 'flow/update', target: 'future', flowId: 'f2', patch: { medium: 'system' } });
    expect(check.map.future?.flows[1]?.medium).toBe('system');
    expect(check.map.flows[1]?.medium).toBe('email');
  });
});
