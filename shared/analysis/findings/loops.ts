import type { Step } from '../../model/types';
import { findStronglyConnectedComponents } from '../graph';
import { inProcessOrder } from './processOrder';
import { type DetectorScope, VISIT_EPSILON } from './scope';

/** A loop of the process: a strongly connected component with more than a self-free single step. */
export interface Loop {
  component: number;
}

export interface Loops {
  /** The loop rework flow s→t (a flow index) re-enters, or null when t cannot lead back to s. */
  loopOf(flowIndex: number): Loop | null;
  /** The visited steps of a loop in process order (computed once per loop). */
  stepsInOrder(loop: Loop): readonly string[];
}

/**
 * The loops of the process: the steps reachable from t that can reach s are exactly the
 * strongly connected component of s and t, so one Tarjan pass (the engine's own, linear in
 * steps + flows, over all flows) replaces a search per rework flow, and the steps of each
 * loop are listed once. Keeps the rework detector linear on 100,000-step maps.
 */
export function findLoops(scope: DetectorScope): Loops {
  const { context, steps, visits } = scope;
  const { graph } = context;
  // Over the flows with probability > 0 the engine has found them already; a flow with
  // probability 0 still closes a loop here (it is drawn, and rework through it is possible).
  const components = context.everyFlowTaken
    ? context.components
    : findStronglyConnectedComponents(graph, steps.findIndex((step) => step.type === 'start'), new Uint8Array(graph.flowCount).fill(1));
  const hasRepeatedStepIds = graph.stepIndexById.size !== steps.length;
  const loopsByComponent = new Map<number, Loop>();
  const orderedSteps = new Map<number, readonly string[]>();

  /** The visited members of a component, as the index of the first step with each member's id. */
  const membersOf = (component: number): number[] => {
    const indices: number[] = [];
    const first = components.offsets[component] ?? 0;
    const end = components.offsets[component + 1] ?? first;
    for (let member = first; member < end; member++) {
      const s = components.members[member] as number;
      const index = hasRepeatedStepIds ? (graph.stepIndexById.get((steps[s] as Step).id) ?? s) : s;
      if ((visits[index] as number) > VISIT_EPSILON) indices.push(index);
    }
    return indices;
  };

  return {
    loopOf: (flowIndex) => {
      const component = components.componentOf[graph.flowFrom[flowIndex] ?? -1] ?? -1;
      if (component < 0 || component !== (components.componentOf[graph.flowTo[flowIndex] ?? -1] ?? -1)) return null;
      let loop = loopsByComponent.get(component);
      if (!loop) {
        loop = { component };
        loopsByComponent.set(component, loop);
      }
      return loop;
    },
    stepsInOrder: (loop) => {
      let ordered = orderedSteps.get(loop.component);
      if (!ordered) {
        ordered = inProcessOrder(
          context,
          membersOf(loop.component).map((s) => (steps[s] as Step).id),
        );
        orderedSteps.set(loop.component, ordered);
      }
      return ordered;
    },
  };
}
