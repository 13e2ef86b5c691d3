import type { Flow } from '../model/types';

/**
 * Effective probabilities of the outgoing flows of one step, by domain.md 2.2 (the same rules
 * as the analysis' `computeFlowProbabilities`, for one step): given probabilities are used and
 * the rest of 1 is shared equally by the flows without one; all given and summing to anything
 * but 1 → scaled to sum to 1; all given as 0 → shared equally. Returned in the order of `outgoing`.
 * The effects need them per step while they rewire the graph, before any analysis exists.
 */
export function effectiveProbabilities(outgoing: readonly Flow[]): number[] {
  if (outgoing.length === 0) return [];
  let givenSum = 0;
  let unspecifiedCount = 0;
  for (const flow of outgoing) {
    if (flow.probability === undefined) unspecifiedCount += 1;
    else givenSum += flow.probability;
  }
  if (unspecifiedCount === 0 && givenSum === 0) return outgoing.map(() => 1 / outgoing.length);
  const givenScale = givenSum > 1 || unspecifiedCount === 0 ? 1 / givenSum : 1;
  const unspecifiedShare = unspecifiedCount > 0 ? Math.max(0, 1 - givenSum) / unspecifiedCount : 0;
  return outgoing.map((flow) => (flow.probability === undefined ? unspecifiedShare : flow.probability * givenScale));
}

/**
 * A probability as written into a future state: float noise (0.30000000000000004) removed at
 * 1e-12, far below anything the analysis or a person can see, and clamped to 0..1 so the
 * schema accepts it.
 */
export function cleanProbability(value: number): number {
  return Math.min(1, Math.max(0, Math.round(value * 1e12) / 1e12));
}

/** Below this a probability counts as 0, above 1 − this as 1 (sums of products of fractions). */
export const PROBABILITY_EPSILON = 1e-9;
