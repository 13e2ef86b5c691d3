import type { Flow, Step } from '../model/types';
import type { StepGraph, StronglyConnectedComponents } from './graph';
import { ComponentSystem } from './componentSystem';
import type { FlowProbabilities } from './probabilities';

/**
 * Rolled %C&A (first-pass yield, fraction 0..1): r(start), where r(e) = ca(e) for an end
 * step or a dead end (no outgoing flow) and otherwise
 * r(s) = ca(s) · Σ_{f out of s, not rework} p(f) · r(to f); rework flows add 0.
 * Non-rework cycles are possible, so it is solved exactly like the visits, on the same
 * components (those reachable from start over flows with p > 0) but sinks first:
 * a single step directly, r = ca·Σ_exits / (1 − ca·p(non-rework self-loop)), a larger
 * component by one solve of (I − D·P_B)·r_B = D·exits_B with D = diag(ca).
 * Only call when every reachable loop has an exit (the visits are finite); then the
 * systems are nonsingular (spectral radius of D·P_B ≤ that of P_B < 1). Should a solve
 * still fail numerically, r is NaN and the component is returned in `unsolvableLoops`.
 */
export function computeRolledCompleteAccurate(
  steps: readonly Step[],
  flows: readonly Flow[],
  graph: StepGraph,
  probabilities: FlowProbabilities,
  components: StronglyConnectedComponents,
  startIndex: number,
): { rolledCompleteAccurate: number; unsolvableLoops: number[][] } {
  const unsolvableLoops: number[][] = [];
  if (components.count === 0) return { rolledCompleteAccurate: NaN, unsolvableLoops };
  const { offsets, members, componentOf } = components;
  const { probability, usable } = probabilities;
  const { outOffsets, outFlows, flowTo } = graph;
  const rolled = new Float64Array(graph.stepCount);
  const localIndex = new Int32Array(graph.stepCount);
  // Counted flows: taken (p > 0) and not rework. Read once, not once per component member.
  const counted = new Uint8Array(graph.flowCount);
  for (let f = 0; f < graph.flowCount; f++) counted[f] = usable[f] === 1 && !(flows[f] as Flow).rework ? 1 : 0;
  const system = new ComponentSystem();

  const sums: ExitSums = { exits: 0, selfLoop: 0, hasOutflow: false };

  for (let component = 0; component < components.count; component++) {
    const first = offsets[component] as number;
    const size = (offsets[component + 1] as number) - first;
    if (size === 1) {
      const step = members[first] as number;
      const completeAccurate = (steps[step] as Step).completeAccurate;
      sumExitsOf(step, component, graph, probabilities, counted, componentOf, rolled, sums);
      const { exits, selfLoop } = sums;
      // An end, or a dead end counted as an end: the case finishes here.
      if (!sums.hasOutflow) {
        rolled[step] = completeAccurate;
        continue;
      }
      const denominator = 1 - completeAccurate * selfLoop;
      rolled[step] = denominator > 0 ? (completeAccurate * exits) / denominator : NaN;
      if (!(denominator > 0)) unsolvableLoops.push([step]);
      continue;
    }
    system.begin(size);
    for (let m = 0; m < size; m++) localIndex[members[first + m] as number] = m;
    for (let m = 0; m < size; m++) {
      const step = members[first + m] as number;
      const completeAccurate = (steps[step] as Step).completeAccurate;
      system.add(m, m, 1);
      sumExitsOf(step, component, graph, probabilities, counted, componentOf, rolled, sums);
      system.setRhs(m, completeAccurate * sums.exits);
      for (let e = outOffsets[step] as number; e < (outOffsets[step + 1] as number); e++) {
        const flow = outFlows[e] as number;
        const target = flowTo[flow] as number;
        if (counted[flow] === 0 || componentOf[target] !== component) continue;
        system.add(m, localIndex[target] as number, -completeAccurate * (probability[flow] as number));
      }
    }
    const solution = system.solve();
    if (!solution) unsolvableLoops.push(Array.from(members.subarray(first, first + size)));
    for (let m = 0; m < size; m++) rolled[members[first + m] as number] = solution ? (solution[m] as number) : NaN;
  }
  const result = rolled[startIndex] as number;
  // Rounding can leave r a hair outside [0, 1]; the exact value is a probability.
  return { rolledCompleteAccurate: Number.isNaN(result) ? NaN : Math.min(1, Math.max(0, result)), unsolvableLoops };
}

/** What the flows out of one step add to its equation; one object, rewritten per step. */
interface ExitSums {
  /** Σ over counted flows leaving the component of p·r(to). */
  exits: number;
  /** Σ p of counted self-loops. */
  selfLoop: number;
  /** Whether any flow out of the step is taken (p > 0). */
  hasOutflow: boolean;
}

/**
 * Fills `sums` for `step`. A function of its own writing into an object, not a closure over
 * `let` sums: numbers kept in a closure's variables are boxed anew on every write, an
 * allocation per flow on every analysis.
 */
function sumExitsOf(
  step: number,
  component: number,
  graph: StepGraph,
  probabilities: FlowProbabilities,
  counted: Uint8Array,
  componentOf: Int32Array,
  rolled: Float64Array,
  sums: ExitSums,
): void {
  let exits = 0;
  let selfLoop = 0;
  let hasOutflow = false;
  for (let e = graph.outOffsets[step] as number; e < (graph.outOffsets[step + 1] as number); e++) {
    const flow = graph.outFlows[e] as number;
    if (probabilities.usable[flow] === 1) hasOutflow = true;
    if (counted[flow] === 0) continue;
    const target = graph.flowTo[flow] as number;
    const p = probabilities.probability[flow] as number;
    if (componentOf[target] !== component) exits += p * (rolled[target] as number);
    else if (target === step) selfLoop += p;
  }
  sums.exits = exits;
  sums.selfLoop = selfLoop;
  sums.hasOutflow = hasOutflow;
}
