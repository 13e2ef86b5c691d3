import { buildStepGraph, findStronglyConnectedComponents } from '../../analysis/graph';
import type { Flow, Step } from '../../model/types';

/**
 * Loops of a map for the playbook, computed once per `suggestActions` call: the strongly
 * connected components (a rework loop is the component holding both ends of its rework flow)
 * and which steps can finish along forward flows only. O(steps + flows).
 */
export interface LoopInfo {
  /** The steps of the component holding the step (at least the step itself). */
  componentOf(stepId: string): readonly string[];
  /**
   * Whether a case at the step can reach an end (or a step without exits, which counts as
   * one) along non-rework flows.
   */
  finishesForward(stepId: string): boolean;
}

/** The strongly connected components of all steps (shared/analysis/graph.ts), as lists of step ids per step. */
function findComponents(steps: readonly Step[], outgoing: (stepId: string) => readonly Flow[]): Map<string, string[]> {
  const graph = buildStepGraph(steps, steps.flatMap((step) => outgoing(step.id)));
  const found = findStronglyConnectedComponents(graph, 'all', new Uint8Array(graph.flowCount).fill(1));
  const componentByStep = new Map<string, string[]>();
  for (let component = 0; component < found.count; component++) {
    const members = Array.from(found.members.subarray(found.offsets[component], found.offsets[component + 1]), (index) => (steps[index] as Step).id);
    for (const stepId of members) componentByStep.set(stepId, members);
  }
  return componentByStep;
}

export function analyseLoops(steps: readonly Step[], outgoing: (stepId: string) => readonly Flow[], incoming: (stepId: string) => readonly Flow[]): LoopInfo {
  let components: Map<string, string[]> | undefined;
  let finishing: Set<string> | undefined;
  const stepIds = new Set(steps.map((step) => step.id));
  return {
    componentOf: (stepId) => {
      components ??= findComponents(steps, (id) => outgoing(id).filter((flow) => stepIds.has(flow.to)));
      return components.get(stepId) ?? [stepId];
    },
    finishesForward: (stepId) => {
      if (!finishing) {
        const done = new Set(steps.filter((step) => step.type === 'end' || outgoing(step.id).length === 0).map((step) => step.id));
        const queue = [...done];
        for (let current = queue.pop(); current !== undefined; current = queue.pop()) {
          for (const flow of incoming(current)) {
            if (flow.rework || done.has(flow.from)) continue;
            done.add(flow.from);
            queue.push(flow.from);
          }
        }
        finishing = done;
      }
      return finishing.has(stepId);
    },
  };
}
