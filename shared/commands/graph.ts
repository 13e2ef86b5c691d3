import type { WritableDraft } from 'immer';
import type { MapState, ProcessMap } from '../model/types';
import type { EditTarget } from './types';

/** The document as a command handler sees it: an Immer draft. */
export type MapDraft = WritableDraft<ProcessMap>;
/** The lanes, steps, flows and annotations of one state (current or future), as a draft. */
export type GraphDraft = WritableDraft<MapState>;

/**
 * The state a command edits: the map itself for 'current', `map.future` for 'future'.
 * null when the future state does not exist yet; the command is then refused.
 */
export function graphOf(draft: MapDraft, target: EditTarget = 'current'): GraphDraft | null {
  return target === 'future' ? draft.future : draft;
}

export function hasLane(graph: GraphDraft, laneId: string): boolean {
  return graph.lanes.some((lane) => lane.id === laneId);
}

/**
 * Which of the requested steps may be removed while the map stays valid (domain.md 1.1):
 * never the start step, and never the last end step (the first end asked for survives).
 */
export function removableSteps(graph: GraphDraft, stepIds: ReadonlySet<string>): Set<string> {
  const removable = new Set<string>();
  let endsKept = graph.steps.filter((step) => step.type === 'end' && !stepIds.has(step.id)).length;
  for (const step of graph.steps) {
    if (!stepIds.has(step.id) || step.type === 'start') continue;
    if (step.type === 'end' && endsKept === 0) {
      endsKept = 1;
      continue;
    }
    removable.add(step.id);
  }
  return removable;
}

/** Removes the given steps and every flow touching them. */
export function removeStepsAndTheirFlows(graph: GraphDraft, stepIds: ReadonlySet<string>): void {
  if (stepIds.size === 0) return;
  graph.steps = graph.steps.filter((step) => !stepIds.has(step.id));
  if (graph.flows.some((flow) => stepIds.has(flow.from) || stepIds.has(flow.to))) {
    graph.flows = graph.flows.filter((flow) => !stepIds.has(flow.from) && !stepIds.has(flow.to));
  }
}
