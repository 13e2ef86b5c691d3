import type { Flow } from '../../model/types';
import type { AnalysisContext } from '../context';
import { buildStepGraph, findStronglyConnectedComponents } from '../graph';
import { isVisited, visitsOf } from './impact';
import { inProcessOrder } from './processOrder';

/** A loop of the process: a strongly connected component with more than a self-free single step. */
export interface Loop {
  component: number;
  /** Σ processTime(x)·v(x) per lane over the visited steps of the loop, minutes per case. */
  workPerLane: ReadonlyMap<string, number>;
}

export interface Loops {
  /** The loop rework flow s→t re-enters, or null when t cannot lead back to s. */
  loopOf(flow: Flow): Loop | null;
  /** The visited steps of a loop in process order (computed once per loop). */
  stepsInOrder(loop: Loop): readonly string[];
}

const cache = new WeakMap<AnalysisContext, Loops>();

/**
 * The loops of the process, once per context: the steps reachable from t that can reach s
 * are exactly the strongly connected component of s and t, so one Tarjan pass (the engine's
 * own, linear in steps + flows) replaces a search per rework flow, and the work of each loop
 * is summed once. Keeps the rework detector linear on 100,000-step maps.
 */
export function loopsOf(context: AnalysisContext): Loops {
  const cached = cache.get(context);
  if (cached) return cached;
  const { steps, flows } = context.input.state;
  const graph = buildStepGraph(steps, flows);
  const startIndex = steps.findIndex((step) => step.type === 'start');
  const components = findStronglyConnectedComponents(graph, startIndex, new Uint8Array(flows.length).fill(1));
  const componentOfStep = (stepId: string): number => {
    const index = graph.stepIndexById.get(stepId);
    return index === undefined ? -1 : (components.componentOf[index] ?? -1);
  };
  const loopsByComponent = new Map<number, Loop>();
  const orderedSteps = new Map<number, readonly string[]>();

  const membersOf = (component: number): string[] => {
    const ids: string[] = [];
    const first = components.offsets[component] ?? 0;
    const end = components.offsets[component + 1] ?? first;
    for (let member = first; member < end; member++) {
      const step = steps[components.members[member] ?? -1];
      if (step && isVisited(context, step.id)) ids.push(step.id);
    }
    return ids;
  };

  const loops: Loops = {
    loopOf: (flow) => {
      const component = componentOfStep(flow.from);
      if (component < 0 || component !== componentOfStep(flow.to)) return null;
      let loop = loopsByComponent.get(component);
      if (!loop) {
        const workPerLane = new Map<string, number>();
        for (const stepId of membersOf(component)) {
          const step = context.stepsById.get(stepId);
          if (step) workPerLane.set(step.laneId, (workPerLane.get(step.laneId) ?? 0) + step.processTime * visitsOf(context, stepId));
        }
        loop = { component, workPerLane };
        loopsByComponent.set(component, loop);
      }
      return loop;
    },
    stepsInOrder: (loop) => {
      let ordered = orderedSteps.get(loop.component);
      if (!ordered) {
        ordered = inProcessOrder(context, membersOf(loop.component));
        orderedSteps.set(loop.component, ordered);
      }
      return ordered;
    },
  };
  cache.set(context, loops);
  return loops;
}
