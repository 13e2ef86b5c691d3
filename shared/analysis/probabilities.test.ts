import { describe, expect, it } from 'vitest';
import { buildStepGraph } from './graph';
import { computeFlowProbabilities } from './probabilities';
import { buildTestInput, type TestStateSpec } from './testState';

/** Steps are the flows' ends (activities unless overridden), in order of first mention. */
function probabilitiesOf(flows: TestStateSpec['flows'], stepOverrides: TestStateSpec['steps'] = []) {
  const ids = [...new Set(flows.flatMap(([from, to]) => [from, to]))];
  const steps = ids.map((id) => stepOverrides.find((step) => step.id === id) ?? { id });
  const { state } = buildTestInput({ steps, flows });
  const graph = buildStepGraph(state.steps, state.flows);
  const result = computeFlowProbabilities(state.steps, state.flows, graph);
  return { p: Array.from(result.probability), adjustments: result.adjustments, usable: Array.from(result.usable) };
}

describe('computeFlowProbabilities (domain.md 2.2)', () => {
  it('gives a single flow without probability 1', () => {
    expect(probabilitiesOf([['a', 'b']]).p).toEqual([1]);
  });

  it('shares the rest of 1 equally among flows without probability', () => {
    // given 0.5; rest 0.5 shared by two → 0.25 each
    const { p, adjustments } = probabilitiesOf([['d', 'x', { probability: 0.5 }], ['d', 'y'], ['d', 'z']]);
    expect(p).toEqual([0.5, 0.25, 0.25]);
    expect(adjustments).toEqual([]);
  });

  it('gives unspecified flows 0 when the given ones reach 1, and marks them unusable', () => {
    const { p, usable, adjustments } = probabilitiesOf([['d', 'x', { probability: 1 }], ['d', 'y']]);
    expect(p).toEqual([1, 0]);
    expect(usable).toEqual([1, 0]);
    expect(adjustments).toEqual([]);
  });

  it('scales given probabilities summing below 1 − 0.001, with an adjustment', () => {
    // 0.3 + 0.2 = 0.5 → 0.3/0.5 = 0.6 and 0.2/0.5 = 0.4
    const { p, adjustments } = probabilitiesOf([['d', 'x', { probability: 0.3 }], ['d', 'y', { probability: 0.2 }]]);
    expect(p[0]).toBeCloseTo(0.6, 12);
    expect(p[1]).toBeCloseTo(0.4, 12);
    expect(adjustments).toEqual([{ stepIndex: 0, kind: 'scaled-up', givenSum: 0.5 }]);
  });

  it('normalises a sum within the 0.001 tolerance silently', () => {
    // 3 × 0.333 = 0.999 → each 1/3
    const { p, adjustments } = probabilitiesOf([
      ['d', 'x', { probability: 0.333 }], ['d', 'y', { probability: 0.333 }], ['d', 'z', { probability: 0.333 }],
    ]);
    p.forEach((value) => expect(value).toBeCloseTo(1 / 3, 12));
    expect(adjustments).toEqual([]);
  });

  it('shares equally when all given probabilities are 0, with an adjustment', () => {
    const { p, adjustments } = probabilitiesOf([['d', 'x', { probability: 0 }], ['d', 'y', { probability: 0 }]]);
    expect(p).toEqual([0.5, 0.5]);
    expect(adjustments[0]?.kind).toBe('all-zero');
  });

  it('scales down given probabilities above 1 + 0.001 (an unvalidated future state)', () => {
    // 0.8 + 0.7 = 1.5 → 0.8/1.5 and 0.7/1.5; the unspecified flow gets 0
    const { p, adjustments } = probabilitiesOf([['d', 'x', { probability: 0.8 }], ['d', 'y', { probability: 0.7 }], ['d', 'z']]);
    expect(p[0]).toBeCloseTo(0.8 / 1.5, 12);
    expect(p[1]).toBeCloseTo(0.7 / 1.5, 12);
    expect(p[2]).toBe(0);
    expect(adjustments[0]?.kind).toBe('scaled-down');
  });

  it('gives flows out of an end step 0: the case is finished there', () => {
    const { p } = probabilitiesOf([['e', 'x']], [{ id: 'e', type: 'end' }]);
    expect(p).toEqual([0]);
  });
});
