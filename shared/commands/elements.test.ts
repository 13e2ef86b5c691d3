import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryValidMap } from '../../tests/helpers/arbitraryMap';
import { applyCommand } from './apply';
import { checkChange, makeStep, makeTestMap, REVERSIBLE_CHANGE } from './testSupport';

describe('element commands', () => {
  it('elements/delete removes steps with every flow touching them, flows and annotations', () => {
    const check = checkChange(makeTestMap(), { type: 'elements/delete', stepIds: ['b'], flowIds: ['f5'], annotationIds: ['n1'] });
    expect(check).toMatchObject(REVERSIBLE_CHANGE);
    expect(check.map.steps.map((step) => step.id)).toEqual(['start', 'a', 'd', 'end']);
    expect(check.map.flows.map((flow) => flow.id)).toEqual(['f1', 'f4']);
    expect(check.map.annotations).toEqual([]);
  });

  it('elements/delete keeps the start step and the last end step', () => {
    const check = checkChange(makeTestMap(), { type: 'elements/delete', stepIds: ['start', 'a', 'end'], flowIds: [], annotationIds: [] });
    expect(check).toMatchObject(REVERSIBLE_CHANGE);
    expect(check.map.steps.map((step) => step.id)).toEqual(['start', 'b', 'd', 'end']);
    const map = makeTestMap();
    expect(applyCommand(map, { type: 'elements/delete', stepIds: ['start'], flowIds: ['ghost'], annotationIds: [] }).patches).toEqual([]);
  });

  it('elements/paste inserts steps, flows between them and annotations', () => {
    const check = checkChange(makeTestMap(), {
      type: 'elements/paste',
      steps: [makeStep('p1', 'sec'), makeStep('p2', 'mgr')],
      flows: [{ id: 'pf1', from: 'p1', to: 'p2', rework: false, medium: 'other', label: '' }],
      annotations: [{ id: 'pn1', kind: 'note', text: 'kopie', position: { x: 30, y: 330 } }],
    });
    expect(check).toMatchObject(REVERSIBLE_CHANGE);
    expect(check.map.steps.slice(-2).map((step) => step.id)).toEqual(['p1', 'p2']);
    expect(check.map.flows.at(-1)?.id).toBe('pf1');
    expect(check.map.annotations.at(-1)?.id).toBe('pn1');
  });

  it('elements/paste refuses colliding ids, a second start and flows to unknown steps', () => {
    const map = makeTestMap();
    const none = { steps: [], flows: [], annotations: [] };
    for (const paste of [
      { ...none, steps: [makeStep('a', 'sec')] },
      { ...none, steps: [makeStep('p1', 'sec'), makeStep('p1', 'sec')] },
      { ...none, steps: [makeStep('p1', 'sec', { type: 'start' })] },
      { ...none, steps: [makeStep('p1', 'gone')] },
      { ...none, steps: [makeStep('p1', 'sec')], flows: [{ id: 'pf', from: 'p1', to: 'ghost', rework: false, medium: 'other', label: '' } as const] },
    ]) {
      expect(applyCommand(map, { type: 'elements/paste', ...paste }).map).toBe(map);
    }
    expect(applyCommand(map, { type: 'elements/paste', ...none }).patches).toEqual([]);
  });

  it('layout/apply moves steps and annotations; unknown ids are ignored', () => {
    const check = checkChange(makeTestMap(), {
      type: 'layout/apply',
      positions: { a: { x: 1, y: 2 }, n1: { x: 3, y: 4 }, ghost: { x: 5, y: 6 }, start: { x: 0, y: 0 } },
    });
    expect(check).toMatchObject(REVERSIBLE_CHANGE);
    expect(check.map.steps[1]?.position).toEqual({ x: 1, y: 2 });
    expect(check.map.annotations[0]?.position).toEqual({ x: 3, y: 4 });
  });

  it('deleting any selection of a valid map undoes to exactly the same map (property)', () => {
    fc.assert(
      fc.property(arbitraryValidMap({ withFuture: false }), fc.array(fc.nat(), { maxLength: 6 }), (map, picks) => {
        const stepIds = picks.map((pick) => map.steps[pick % map.steps.length]?.id ?? '');
        const flowIds = picks.map((pick) => map.flows[pick % Math.max(1, map.flows.length)]?.id ?? '');
        const check = checkChange(map, { type: 'elements/delete', stepIds, flowIds, annotationIds: [] });
        expect(check.inputUntouched && check.undoRestores && check.redoReapplies).toBe(true);
        const startCount = check.map.steps.filter((step) => step.type === 'start').length;
        const stepIdSet = new Set(check.map.steps.map((step) => step.id));
        expect(startCount).toBe(1);
        expect(check.map.steps.some((step) => step.type === 'end')).toBe(true);
        expect(check.map.flows.every((flow) => stepIdSet.has(flow.from) && stepIdSet.has(flow.to))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
