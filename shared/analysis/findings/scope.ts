import type { Flow, Step } from '../../model/types';
import type { AnalysisContext } from '../context';
import { leadTimeSavingMinutes } from '../criticalPath';
import { compareIds } from './findingId';
import { type Wording, createWording } from './wording';

/** Visits below this count as "never visited" (unreachable steps get exactly 0). */
export const VISIT_EPSILON = 1e-12;

/**
 * What every detector of one `detectFindings` call reads, derived once from the context:
 * the steps a case visits and the flows it takes, by index, and how often.
 */
export interface DetectorScope {
  context: AnalysisContext;
  wording: Wording;
  steps: readonly Step[];
  flows: readonly Flow[];
  casesPerYear: number;
  /** Expected visits v(s) per step index. */
  visits: Float64Array;
  /**
   * Steps a case visits (v > {@link VISIT_EPSILON}), by index, in document order; only the
   * first step of a repeated id (an unvalidated state), as every id lookup finds that one.
   * Findings never point at unreachable steps. Detectors loop over it (and `takenFlows`) by
   * index: they run once per analysis, so often before the JIT has optimized them, and an
   * unoptimized for…of allocates a result object per element.
   */
  visitedSteps: readonly number[];
  /**
   * Expected traversals per case v(from)·p of each flow index; 0 for flows naming an unknown
   * step. A repeated flow id reads the first flow's probability, as a lookup by id does.
   */
  traversals: Float64Array;
  /**
   * Flows a case takes (traversals > {@link VISIT_EPSILON}), by index, grouped by source
   * step in document order. Detectors that sum over several flows sort them by id first, so
   * sums do not depend on the file's order.
   */
  takenFlows: readonly number[];
  /** Step indices by id, for `sortById`: visited steps are each the first step with their id. */
  stepIndexById: ReadonlyMap<string, number>;
  /** Flow indices by id for `sortById`, or null when flow ids repeat (an unvalidated state). */
  uniqueFlowIndexById: ReadonlyMap<string, number> | null;
  /**
   * Per step index, a bit per category (see `categoryBitOf`) of the findings built so far
   * that name the step: what the user's own waste tags need not repeat.
   */
  categoriesFound: Uint32Array;
}

/** Builds the scope in O(steps + flows). */
export function createDetectorScope(context: AnalysisContext): DetectorScope {
  const { steps, flows } = context.input.state;
  const { graph, visits, probability, flowIndexById } = context;

  const hasRepeatedStepIds = graph.stepIndexById.size !== steps.length;
  const visitedSteps: number[] = [];
  for (let s = 0; s < steps.length; s++) {
    if (!((visits[s] as number) > VISIT_EPSILON)) continue;
    if (hasRepeatedStepIds && graph.stepIndexById.get((steps[s] as Step).id) !== s) continue;
    visitedSteps.push(s);
  }

  const hasRepeatedFlowIds = flowIndexById.size !== flows.length;
  const traversals = new Float64Array(flows.length);
  const takenFlows: number[] = [];
  // Rows of the outgoing adjacency, so flows naming an unknown step are never listed.
  for (let s = 0; s < graph.stepCount; s++) {
    const end = graph.outOffsets[s + 1] as number;
    for (let e = graph.outOffsets[s] as number; e < end; e++) {
      const f = graph.outFlows[e] as number;
      const byId = hasRepeatedFlowIds ? (flowIndexById.get((flows[f] as Flow).id) ?? f) : f;
      const flowTraversals = (visits[s] as number) * (probability[byId] as number);
      traversals[f] = flowTraversals;
      if (flowTraversals > VISIT_EPSILON) takenFlows.push(f);
    }
  }
  // With repeated flow ids two findings can share an id; keep them in the order of their ids.
  if (hasRepeatedFlowIds) sortById(takenFlows, flows, null);

  return {
    context,
    wording: createWording(context),
    steps,
    flows,
    casesPerYear: context.input.settings.casesPerYear,
    visits,
    visitedSteps,
    traversals,
    takenFlows,
    stepIndexById: graph.stepIndexById,
    uniqueFlowIndexById: hasRepeatedFlowIds ? null : flowIndexById,
    categoriesFound: new Uint32Array(steps.length),
  };
}

/**
 * The part of `minutesPerCase` of waiting before step s that delays the case: all of it
 * outside parallel blocks; inside one what the lead time would lose without it (domain.md
 * section 7), so 0 on a branch that is not critical. A function of the module rather than a
 * closure in the scope per analysis: the detectors call it per step, and V8 threw away their
 * compiled code at each major collection once the closure it was compiled for had died.
 */
export function leadTimeDelayOf(scope: DetectorScope, stepIndex: number, minutesPerCase: number): number {
  const { parallel } = scope.context;
  if (!parallel || (parallel.structure.contextOf[stepIndex] as number) <= 0) return minutesPerCase;
  return leadTimeSavingMinutes(parallel.structure, parallel.elapsed, stepIndex, minutesPerCase);
}

/**
 * v·processTime: the work per case at step s, in minutes. One function of the module for the
 * detectors that loop over the steps (rather than a closure per analysis in each, whose
 * compiled code V8 threw away at every major collection once the closure had died).
 */
export function workMinutesPerCaseOf(scope: DetectorScope, s: number): number {
  return (scope.visits[s] as number) * (scope.steps[s] as Step).processTime;
}

/**
 * Sorts indices of `records` by the records' ids (code-unit order), in place; equal ids keep
 * their order. Returns the indices. `indexById`, when given, must map the id of every record
 * listed to that record's index (unique ids): the ids are then sorted by the default sort,
 * which compares strings without a function call per comparison, and mapped back.
 */
export function sortById(indices: number[], records: readonly { id: string }[], indexById: ReadonlyMap<string, number> | null): number[] {
  if (indexById) {
    // The default sort orders strings by code units, as compareIds does.
    const ids = indices.map((index) => (records[index] as { id: string }).id).sort();
    for (let i = 0; i < ids.length; i++) indices[i] = indexById.get(ids[i] as string) as number;
    return indices;
  }
  // Array.prototype.sort is stable.
  return indices.sort((a, b) => compareIds((records[a] as { id: string }).id, (records[b] as { id: string }).id));
}
