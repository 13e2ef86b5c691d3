import { findStronglyConnectedComponents, type StepGraph, type StronglyConnectedComponents } from './graph';
import { ComponentSystem } from './componentSystem';
import type { FlowProbabilities } from './probabilities';

/** 1 − p(self-loop) at or below this is a loop that is practically never left. */
const MINIMUM_EXIT_PROBABILITY = 1e-12;

export interface ExpectedVisits {
  /**
   * Expected visits per step index (domain.md 2.3). 0 for steps a case cannot reach
   * (no path from start through flows with probability > 0). When the visits are not
   * defined: Infinity for the steps of a loop without exit (a case never leaves, so the
   * expected count diverges) and NaN for the steps of a numerically unsolvable loop and
   * everything downstream of it. Finite everywhere when both loop lists are empty.
   */
  visits: Float64Array;
  /** Components over the flows with probability > 0, reachable from start, sinks first. */
  components: StronglyConnectedComponents;
  /** Step indices of each reachable loop from which no end nor dead end can be reached. */
  loopsWithoutExit: number[][];
  /** Step indices of each loop whose exit probability is too small to solve (e.g. 1e-15). */
  unsolvableLoops: number[][];
}

/**
 * Expected visits per step, exact: v(start) = 1 + Σ_{f into start} v(from f)·p(f) and
 * v(s) = Σ_{f into s} v(from f)·p(f) (dimensionless counts per case).
 * Strongly connected components of the probability > 0 flows are taken in topological
 * order; a single step is computed directly (v = inflow / (1 − p(self-loop))), a larger
 * component by one exact solve of (I − P_Bᵀ)·v_B = inflow_B, after which its exit flows
 * pass v·p downstream. A loop is "without exit" when its component has a cycle and no
 * flow with probability > 0 leaves it: detected structurally, never from a singular
 * matrix; a singular or ill-conditioned solve is still caught and reported apart.
 * Time O(steps + flows) plus the per-component solves.
 */
export function computeExpectedVisits(
  graph: StepGraph,
  probabilities: FlowProbabilities,
  startIndex: number,
): ExpectedVisits {
  const { probability, usable } = probabilities;
  const components = findStronglyConnectedComponents(graph, startIndex, usable);
  const { offsets, members, componentOf } = components;
  // Holds the inflow received so far until a component is solved, then the visits.
  const visits = new Float64Array(graph.stepCount);
  const loopsWithoutExit: number[][] = [];
  const unsolvableLoops: number[][] = [];
  if (components.count === 0) return { visits, components, loopsWithoutExit, unsolvableLoops };
  visits[startIndex] = 1;
  const localIndex = new Int32Array(graph.stepCount);
  const system = new ComponentSystem();

  // Tarjan lists sinks first, so walk the components backwards: sources first.
  for (let component = components.count - 1; component >= 0; component--) {
    const first = offsets[component] as number;
    const end = offsets[component + 1] as number;
    let hasExit = false;
    let hasCycle = end - first > 1;
    let selfLoopProbability = 0;
    let hasUndefinedInflow = false;
    for (let m = first; m < end; m++) {
      const step = members[m] as number;
      if (Number.isNaN(visits[step])) hasUndefinedInflow = true;
      for (let e = graph.outOffsets[step] as number; e < (graph.outOffsets[step + 1] as number); e++) {
        const flow = graph.outFlows[e] as number;
        if (usable[flow] === 0) continue;
        const target = graph.flowTo[flow] as number;
        if (componentOf[target] !== component) hasExit = true;
        else if (target === step) {
          hasCycle = true;
          selfLoopProbability += probability[flow] as number;
        }
      }
    }
    if (hasCycle && !hasExit) {
      loopsWithoutExit.push(copyMembers(members, first, end));
      for (let m = first; m < end; m++) visits[members[m] as number] = Infinity;
      continue;
    }
    if (hasUndefinedInflow) {
      // Downstream of an unsolvable loop: undefined as well, and already reported there.
      for (let m = first; m < end; m++) visits[members[m] as number] = NaN;
    } else if (end - first === 1) {
      const step = members[first] as number;
      const exitProbability = 1 - selfLoopProbability;
      if (exitProbability <= MINIMUM_EXIT_PROBABILITY) {
        unsolvableLoops.push([step]);
        visits[step] = NaN;
      } else {
        visits[step] = (visits[step] as number) / exitProbability;
      }
    } else if (!solveComponentVisits(graph, probabilities, component, components, system, visits, localIndex)) {
      unsolvableLoops.push(copyMembers(members, first, end));
    }
    passOnExits(graph, probabilities, components, component, visits);
  }
  return { visits, components, loopsWithoutExit, unsolvableLoops };
}

/** Adds v·p of each taken flow leaving `component` to the visits of its target (the inflow received so far). */
function passOnExits(graph: StepGraph, probabilities: FlowProbabilities, components: StronglyConnectedComponents, component: number, visits: Float64Array): void {
  const { offsets, members, componentOf } = components;
  const { probability, usable } = probabilities;
  for (let m = offsets[component] as number; m < (offsets[component + 1] as number); m++) {
    const step = members[m] as number;
    const stepVisits = visits[step] as number;
    for (let e = graph.outOffsets[step] as number; e < (graph.outOffsets[step + 1] as number); e++) {
      const flow = graph.outFlows[e] as number;
      const target = graph.flowTo[flow] as number;
      // Skipping p = 0 flows also keeps an Infinity from becoming NaN through Infinity·0.
      if (usable[flow] === 0 || componentOf[target] === component) continue;
      visits[target] = (visits[target] as number) + stepVisits * (probability[flow] as number);
    }
  }
}

/** Copied out only when needed: most components are single steps. */
function copyMembers(members: Int32Array, first: number, end: number): number[] {
  return Array.from(members.subarray(first, end));
}

/**
 * One exact solve of (I − P_Bᵀ)·v_B = inflow_B for a component B of several steps:
 * row j reads v_j − Σ_{i in B} p(i→j)·v_i = inflow_j. Writes the visits (NaN on failure).
 * @returns false when the system is singular or the solution is not a valid count.
 */
function solveComponentVisits(
  graph: StepGraph,
  probabilities: FlowProbabilities,
  component: number,
  components: StronglyConnectedComponents,
  system: ComponentSystem,
  visits: Float64Array,
  localIndex: Int32Array,
): boolean {
  const { offsets, members, componentOf } = components;
  const first = offsets[component] as number;
  const size = (offsets[component + 1] as number) - first;
  for (let local = 0; local < size; local++) localIndex[members[first + local] as number] = local;
  system.begin(size);
  for (let local = 0; local < size; local++) {
    const step = members[first + local] as number;
    system.add(local, local, 1);
    system.setRhs(local, visits[step] as number);
    for (let e = graph.outOffsets[step] as number; e < (graph.outOffsets[step + 1] as number); e++) {
      const flow = graph.outFlows[e] as number;
      const target = graph.flowTo[flow] as number;
      if (probabilities.usable[flow] === 0 || componentOf[target] !== component) continue;
      system.add(localIndex[target] as number, local, -(probabilities.probability[flow] as number));
    }
  }
  const solution = system.solve();
  // Every step of a reachable component is visited, so a count ≤ 0 means the solve failed.
  let valid = solution !== null;
  for (let local = 0; local < size && valid; local++) valid = (solution?.[local] as number) > 0;
  for (let local = 0; local < size; local++) visits[members[first + local] as number] = valid ? (solution?.[local] as number) : NaN;
  return valid;
}
