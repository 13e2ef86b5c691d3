import { describe, expect, it } from 'vitest';
import { createDetectorScope } from './scope';
import { visitedStepsInIdOrder } from './stepIdOrder';
import { buildTestContext } from './testContext';

/** Steps in file order s10, s2, S1, s1a, skip (never visited); ids chosen so code-unit order differs from file order and natural order. */
const scope = createDetectorScope(
  buildTestContext({
    lanes: [{ id: 'a' }],
    steps: [
      { id: 's10', laneId: 'a' },
      { id: 's2', laneId: 'a' },
      { id: 'S1', laneId: 'a' },
      { id: 's1a', laneId: 'a' },
      { id: 'skip', laneId: 'a' },
    ],
    flows: [],
    visits: { s10: 1, s2: 1, S1: 0.5, s1a: 2 },
  }),
);
const idsOf = (indices: readonly number[] | null): string[] | null => indices && indices.map((s) => scope.steps[s]?.id ?? '?');

describe('visitedStepsInIdOrder', () => {
  it('orders visited steps by id in code units ("S1" < "s10" < "s1a" < "s2"), each once', () => {
    expect(idsOf(visitedStepsInIdOrder(scope, [1, 0, 3, 2, 1, 0]))).toEqual(['S1', 's10', 's1a', 's2']);
    expect(visitedStepsInIdOrder(scope, [])).toEqual([]);
  });

  it('answers null for a step that is not visited, so the caller sorts the ids itself', () => {
    expect(visitedStepsInIdOrder(scope, [0, 4])).toBeNull();
  });
});
