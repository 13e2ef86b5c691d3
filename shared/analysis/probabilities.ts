import type { Flow, Step } from '../model/types';
import type { StepGraph } from './graph';
import { ROLE_SPLIT } from './parallelBlocks';

/** Sums within this distance of 1 count as 1 (domain.md 1.1 and 2.2). */
export const PROBABILITY_TOLERANCE = 0.001;

/**
 * Why a step's given probabilities were changed, reported as a 'probabilities-scaled'
 * warning: 'scaled-up' all given and summing below 1 − 0.001 (domain.md 2.2);
 * 'all-zero' all given as 0, shared equally instead; 'scaled-down' given summing above
 * 1 + 0.001 (refused in a file, but a future state built by effects is not validated);
 * 'parallel-ignored' probabilities given on the flows of a parallel split, which are all taken
 * (domain.md section 7).
 */
export type ProbabilityAdjustmentKind = 'scaled-up' | 'all-zero' | 'scaled-down' | 'parallel-ignored';

export interface ProbabilityAdjustment {
  stepIndex: number;
  kind: ProbabilityAdjustmentKind;
  /** Sum of the given probabilities before the adjustment (fraction). */
  givenSum: number;
}

export interface FlowProbabilities {
  /** Effective probability per flow index (fraction 0..1); 0 for flows the analysis ignores. */
  probability: Float64Array;
  /** 1 when the flow's effective probability is above 0: the edges a case can actually take. */
  usable: Uint8Array;
  adjustments: ProbabilityAdjustment[];
}

/**
 * Effective flow probabilities (domain.md 2.2), per step s with outgoing flows F(s):
 * - given ones are used; the rest of 1 is shared equally by the flows without one:
 *   p(f) = max(0, 1 − Σ given) / #unspecified (so 0 when the given ones reach 1);
 * - all given with Σ < 1 − 0.001: p(f) = given(f) / Σ, with a warning;
 * - all given as 0: p(f) = 1 / |F(s)|, with a warning (the user clearly means "some way out");
 * - a sum within 0.001 of 1 (e.g. three flows of 0.333) is normalised to exactly 1 without
 *   a warning, so every case leaves a step with probability 1 and Σ v(end) = 1 holds exactly;
 * - flows out of an `end` step get 0: the case is finished there (only an unvalidated
 *   state can have them). Flows naming an unknown step get 0;
 * - every flow out of a parallel split (`role[s] === ROLE_SPLIT`, from `analyseParallelStructure`)
 *   gets 1: a case takes all of them (section 7); a probability given there is ignored with a warning.
 * O(steps + flows).
 */
export function computeFlowProbabilities(
  steps: readonly Step[],
  flows: readonly Flow[],
  graph: StepGraph,
  role: Uint8Array | null = null,
): FlowProbabilities {
  const probability = new Float64Array(graph.flowCount);
  const adjustments: ProbabilityAdjustment[] = [];
  for (let s = 0; s < graph.stepCount; s++) {
    const first = graph.outOffsets[s] as number;
    const end = graph.outOffsets[s + 1] as number;
    const flowCount = end - first;
    if (flowCount === 0 || (steps[s] as Step).type === 'end') continue;
    if (role !== null && role[s] === ROLE_SPLIT) {
      let givenCount = 0;
      let givenTotal = 0;
      for (let e = first; e < end; e++) {
        const flowIndex = graph.outFlows[e] as number;
        const given = (flows[flowIndex] as Flow).probability;
        if (given !== undefined) {
          givenCount++;
          givenTotal += given;
        }
        probability[flowIndex] = 1;
      }
      if (givenCount > 0) adjustments.push({ stepIndex: s, kind: 'parallel-ignored', givenSum: givenTotal });
      continue;
    }
    let givenSum = 0;
    let unspecifiedCount = 0;
    for (let e = first; e < end; e++) {
      const given = (flows[graph.outFlows[e] as number] as Flow).probability;
      if (given === undefined) unspecifiedCount++;
      else givenSum += given;
    }
    const allZero = unspecifiedCount === 0 && givenSum === 0;
    // Scale given probabilities whenever they would make the outgoing sum differ from 1.
    const givenScale =
      allZero ? 0
      : givenSum > 1 ? 1 / givenSum
      : unspecifiedCount === 0 ? 1 / givenSum
      : 1;
    const unspecifiedShare = unspecifiedCount > 0 ? Math.max(0, 1 - givenSum) / unspecifiedCount : 0;
    for (let e = first; e < end; e++) {
      const flowIndex = graph.outFlows[e] as number;
      const given = (flows[flowIndex] as Flow).probability;
      probability[flowIndex] =
        allZero ? 1 / flowCount
        : given === undefined ? unspecifiedShare
        : given * givenScale;
    }
    if (allZero) adjustments.push({ stepIndex: s, kind: 'all-zero', givenSum });
    else if (givenSum > 1 + PROBABILITY_TOLERANCE) adjustments.push({ stepIndex: s, kind: 'scaled-down', givenSum });
    else if (unspecifiedCount === 0 && givenSum < 1 - PROBABILITY_TOLERANCE) {
      adjustments.push({ stepIndex: s, kind: 'scaled-up', givenSum });
    }
  }
  const usable = new Uint8Array(graph.flowCount);
  for (let f = 0; f < graph.flowCount; f++) usable[f] = (probability[f] as number) > 0 ? 1 : 0;
  return { probability, usable, adjustments };
}
