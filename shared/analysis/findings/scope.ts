import type { Flow, Step } from '../../model/types';
import type { AnalysisContext } from '../context';
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
   * Findings never point at unreachable steps.
   */
  visitedSteps: Int32Array;
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
  takenFlows: Int32Array;
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
  const visited = new Int32Array(steps.length);
  let visitedCount = 0;
  for (let s = 0; s < steps.length; s++) {
    if (!((visits[s] as number) > VISIT_EPSILON)) continue;
    if (hasRepeatedStepIds && graph.stepIndexById.get((steps[s] as Step).id) !== s) continue;
    visited[visitedCount++] = s;
  }

  const hasRepeatedFlowIds = flowIndexById.size !== flows.length;
  const traversals = new Float64Array(flows.length);
  const taken = new Int32Array(flows.length);
  let takenCount = 0;
  // Rows of the outgoing adjacency, so flows naming an unknown step are never listed.
  for (let s = 0; s < graph.stepCount; s++) {
    const end = graph.outOffsets[s + 1] as number;
    for (let e = graph.outOffsets[s] as number; e < end; e++) {
      const f = graph.outFlows[e] as number;
      const byId = hasRepeatedFlowIds ? (flowIndexById.get((flows[f] as Flow).id) ?? f) : f;
      const flowTraversals = (visits[s] as number) * (probability[byId] as number);
      traversals[f] = flowTraversals;
      if (flowTraversals > VISIT_EPSILON) taken[takenCount++] = f;
    }
  }
  const takenFlows = taken.subarray(0, takenCount);
  // With repeated flow ids two findings can share an id; keep them in the order of their ids.
  if (hasRepeatedFlowIds) sortById(takenFlows, flows, null);

  return {
    context,
    wording: createWording(context),
    steps,
    flows,
    casesPerYear: context.input.settings.casesPerYear,
    visits,
    visitedSteps: visited.subarray(0, visitedCount),
    traversals,
    takenFlows,
    stepIndexById: graph.stepIndexById,
    uniqueFlowIndexById: hasRepeatedFlowIds ? null : flowIndexById,
    categoriesFound: new Uint32Array(steps.length),
  };
}

/**
 * Sorts indices of `records` by the records' ids (code-unit order), in place; equal ids keep
 * their order. Returns the indices. `indexById`, when given, must map the id of every record
 * listed to that record's index (unique ids): the ids are then sorted by the default sort,
 * which compares strings without a function call per comparison, and mapped back.
 */
export function sortById<Indices extends Int32Array | number[]>(
  indices: Indices,
  records: readonly { id: string }[],
  indexById: ReadonlyMap<string, number> | null,
): Indices {
  if (indexById) {
    // The default sort orders strings by code units, as compareIds does.
    const ids = Array.from(indices, (index) => (records[index] as { id: string }).id).sort();
    for (let i = 0; i < ids.length; i++) indices[i] = indexById.get(ids[i] as string) as number;
    return indices;
  }
  // Array.prototype.sort is stable.
  const sorted = Array.from(indices).sort((a, b) => compareIds((records[a] as { id: string }).id, (records[b] as { id: string }).id));
  for (let i = 0; i < sorted.length; i++) indices[i] = sorted[i] as number;
  return indices;
}
