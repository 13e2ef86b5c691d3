import type { Step } from '../model/types';
import type { StepGraph } from './graph';
import { ROLE_SPLIT, type ParallelStructure } from './parallelBlocks';

/**
 * Elapsed time and the critical path of a state with parallel blocks (domain.md section 7),
 * from the expected visits. All times in working minutes per case.
 */
export interface ElapsedTimes {
  /** LT = Σ e(s) over steps outside blocks + Σ E(B) over the outermost blocks. */
  leadTimeMinutes: number;
  /** E per context (0 = the whole map = LT; a branch context = E(branch)). */
  contextElapsedMinutes: Float64Array;
  /** Per step: a split's critical branch (position among its flows), -1 for other steps. */
  criticalBranchOf: Int32Array;
  /** Per step: for a split, the largest E over its other branches (for savings); else 0. */
  runnerUpElapsedMinutes: Float64Array;
  /** 1 for steps on the critical path: the reached steps outside blocks and, per block on it, σ, ω and its critical branch. */
  onCriticalPath: Uint8Array;
  /** 1 for flows on the critical path: between two critical steps, and out of a split only its critical branch's flow. */
  criticalFlow: Uint8Array;
  /** Σ v·processTime over the critical path (criticalPathProcessTimeMinutes). */
  criticalPathProcessTimeMinutes: number;
  /** The same over the value-adding steps of the critical path (numerator of the PCE). */
  criticalPathValueAddingMinutes: number;
}

/**
 * e(s) = v(s)·(waitTime(s) + processTime(s)); E(branch) = Σ e over its steps with nested
 * blocks replaced by their E; E(B) = e(σ) + max over branches E(branch) + e(ω) (σ and ω
 * count in the context around the block); LT = E of the top level. The critical branch of a
 * split is the one with the largest E, ties to the branch whose first flow comes first in
 * `flows` (the split's flows are in document order). Only call on a structure without
 * problems. O(steps + flows).
 */
export function computeElapsedTimes(
  steps: readonly Step[],
  graph: StepGraph,
  structure: ParallelStructure,
  visits: Float64Array,
): ElapsedTimes {
  const n = graph.stepCount;
  const { contextOf, contextCount, firstContextOf, splitsInOrder } = structure;
  const contextElapsed = new Float64Array(contextCount);
  for (let s = 0; s < n; s++) {
    const context = contextOf[s] as number;
    const stepVisits = visits[s] as number;
    if (context < 0 || stepVisits === 0) continue;
    const step = steps[s] as Step;
    contextElapsed[context] = (contextElapsed[context] as number) + stepVisits * (step.waitTime + step.processTime);
  }
  const criticalBranchOf = new Int32Array(n).fill(-1);
  const runnerUp = new Float64Array(n);
  // Inner splits were found after the splits around them: backwards, every branch is complete when read.
  for (let i = splitsInOrder.length - 1; i >= 0; i--) {
    const split = splitsInOrder[i] as number;
    const first = firstContextOf[split] as number;
    const branchCount = (graph.outOffsets[split + 1] as number) - (graph.outOffsets[split] as number);
    let best = 0;
    let bestElapsed = -Infinity;
    let second = -Infinity;
    for (let branch = 0; branch < branchCount; branch++) {
      const elapsed = contextElapsed[first + branch] as number;
      // Strictly greater: on a tie the branch whose flow comes first stays critical.
      if (elapsed > bestElapsed) {
        second = bestElapsed;
        bestElapsed = elapsed;
        best = branch;
      } else if (elapsed > second) second = elapsed;
    }
    criticalBranchOf[split] = best;
    runnerUp[split] = second;
    const around = contextOf[split] as number;
    contextElapsed[around] = (contextElapsed[around] as number) + bestElapsed;
  }

  const criticalContext = new Uint8Array(contextCount);
  criticalContext[0] = 1;
  for (const split of splitsInOrder) {
    if (criticalContext[contextOf[split] as number] === 1) criticalContext[(firstContextOf[split] as number) + (criticalBranchOf[split] as number)] = 1;
  }
  const onCriticalPath = new Uint8Array(n);
  let criticalProcess = 0;
  let criticalValueAdding = 0;
  for (let s = 0; s < n; s++) {
    const context = contextOf[s] as number;
    if (context < 0 || criticalContext[context] === 0) continue;
    onCriticalPath[s] = 1;
    const step = steps[s] as Step;
    const processMinutes = (visits[s] as number) * step.processTime;
    criticalProcess += processMinutes;
    if (step.valueType === 'value-adding') criticalValueAdding += processMinutes;
  }
  const criticalFlow = new Uint8Array(graph.flowCount);
  for (let s = 0; s < n; s++) {
    if (onCriticalPath[s] === 0) continue;
    const first = graph.outOffsets[s] as number;
    for (let e = first; e < (graph.outOffsets[s + 1] as number); e++) {
      const flow = graph.outFlows[e] as number;
      if (onCriticalPath[graph.flowTo[flow] as number] === 0) continue;
      if (structure.role[s] === ROLE_SPLIT && e - first !== criticalBranchOf[s]) continue;
      criticalFlow[flow] = 1;
    }
  }
  return {
    leadTimeMinutes: contextElapsed[0] as number,
    contextElapsedMinutes: contextElapsed,
    criticalBranchOf,
    runnerUpElapsedMinutes: runnerUp,
    onCriticalPath,
    criticalFlow,
    criticalPathProcessTimeMinutes: criticalProcess,
    criticalPathValueAddingMinutes: criticalValueAdding,
  };
}

/**
 * How much LT shrinks when step s's elapsed time e(s) shrinks by `minutesPerCase`
 * (e.g. its wait v·waitTime removed): the full amount outside blocks; inside a block only
 * while its branch stays the longest: at each enclosing split the saving becomes
 * E(branch) − max(E(branch) − saving, E(longest other branch)), and 0 on a branch that is not
 * critical (a tie counts as not critical). O(nesting depth).
 */
export function leadTimeSavingMinutes(structure: ParallelStructure, elapsed: ElapsedTimes, stepIndex: number, minutesPerCase: number): number {
  let saving = minutesPerCase;
  for (let context = structure.contextOf[stepIndex] as number; context > 0; ) {
    const split = structure.contextSplit[context] as number;
    if ((structure.contextBranch[context] as number) !== elapsed.criticalBranchOf[split]) return 0;
    const branchElapsed = elapsed.contextElapsedMinutes[context] as number;
    const shortened = Math.max(branchElapsed - saving, elapsed.runnerUpElapsedMinutes[split] as number);
    saving = branchElapsed - shortened;
    if (!(saving > 0)) return 0;
    context = structure.contextOf[split] as number;
  }
  return saving > 0 ? saving : 0;
}
