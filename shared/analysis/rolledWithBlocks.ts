import type { Flow, Step } from '../model/types';
import { findStronglyConnectedComponents, type StepGraph } from './graph';
import { ComponentSystem } from './componentSystem';
import { ROLE_JOIN, ROLE_SPLIT, type ParallelStructure } from './parallelBlocks';
import type { FlowProbabilities } from './probabilities';

/** Edge kinds of the recursion graph below. */
const SUM = 0;
const BRANCH = 1;
const TO_JOIN = 2;

/**
 * Rolled %C&A of a state with parallel blocks (domain.md sections 3 and 7): section 3's
 * recursion r(s) = ca(s)·Σ_{f out of s, not rework} p(f)·r(to f), except that
 * - a split passes first time when it and every branch do:
 *   r(σ) = ca(σ) · Π_branches r_ω(first step of branch) · r(ω), and
 * - inside a branch the recursion stops at its join: r_ω(ω) = 1, so a flow into a join adds p(f)·1
 *   (an empty branch σ→ω gives the factor 1).
 * Built as a recursion graph (a split depends on its branches' first steps and on its join;
 * flows into a join are constants), whose strongly connected components are solved sinks first
 * like section 3's: a branch never leads back to its split, so a split's branch factors are
 * always known when its own component is solved, and the equations stay linear.
 * Only call on a structure without problems whose visits are finite.
 * O(steps + flows) plus one solve per component.
 */
export function computeRolledWithBlocks(
  steps: readonly Step[],
  flows: readonly Flow[],
  graph: StepGraph,
  probabilities: FlowProbabilities,
  structure: ParallelStructure,
  startIndex: number,
): { rolledCompleteAccurate: number; unsolvableLoops: number[][] } {
  const n = graph.stepCount;
  const { role, partnerOf } = structure;
  const { usable, probability } = probabilities;

  // The recursion graph in compressed rows: edge targets, weights and kinds, and a constant
  // per step, in one pass over the flows: each flow gives at most one edge and each split one
  // more (to its join), so the arrays are sized for that and the rows fill in step order.
  let splitCount = 0;
  for (let s = 0; s < n; s++) if (role[s] === ROLE_SPLIT) splitCount++;
  const edgeCapacity = graph.outFlows.length + splitCount;
  const offsets = new Int32Array(n + 1);
  const edgeTo = new Int32Array(edgeCapacity);
  const edgeFrom = new Int32Array(edgeCapacity);
  const edgeWeight = new Float64Array(edgeCapacity);
  const edgeKind = new Uint8Array(edgeCapacity);
  const constant = new Float64Array(n);
  const hasOutflow = new Uint8Array(n);
  let edgeCount = 0;
  for (let s = 0; s < n; s++) {
    const isSplit = role[s] === ROLE_SPLIT;
    for (let e = graph.outOffsets[s] as number; e < (graph.outOffsets[s + 1] as number); e++) {
      const flow = graph.outFlows[e] as number;
      if (usable[flow] === 1) hasOutflow[s] = 1;
      const to = graph.flowTo[flow] as number;
      let weight: number;
      let kind: number;
      if (isSplit) {
        if (to === partnerOf[s]) continue;
        weight = 1;
        kind = BRANCH;
      } else {
        // Counted: taken and not rework.
        if (usable[flow] !== 1 || (flows[flow] as Flow).rework) continue;
        const p = probability[flow] as number;
        if (role[to] === ROLE_JOIN) {
          constant[s] = (constant[s] as number) + p;
          continue;
        }
        weight = p;
        kind = SUM;
      }
      edgeFrom[edgeCount] = s;
      edgeTo[edgeCount] = to;
      edgeWeight[edgeCount] = weight;
      edgeKind[edgeCount] = kind;
      edgeCount++;
    }
    if (isSplit) {
      edgeFrom[edgeCount] = s;
      edgeTo[edgeCount] = partnerOf[s] as number;
      edgeWeight[edgeCount] = 1;
      edgeKind[edgeCount] = TO_JOIN;
      edgeCount++;
    }
    offsets[s + 1] = edgeCount;
  }
  const identity = new Int32Array(edgeCount);
  for (let edge = 0; edge < edgeCount; edge++) identity[edge] = edge;
  const recursionGraph: StepGraph = {
    stepCount: n,
    flowCount: edgeCount,
    stepIndexById: graph.stepIndexById,
    flowFrom: edgeFrom,
    flowTo: edgeTo,
    outOffsets: offsets,
    outFlows: identity,
    // Tarjan only walks outgoing edges.
    inOffsets: new Int32Array(n + 1),
    inFlows: new Int32Array(0),
  };
  const components = findStronglyConnectedComponents(recursionGraph, startIndex, new Uint8Array(edgeCount).fill(1));
  const { members, componentOf } = components;
  const rolled = new Float64Array(n);
  const localIndex = new Int32Array(n);
  const unsolvableLoops: number[][] = [];

  let longestRow = 0;
  for (let s = 0; s < n; s++) longestRow = Math.max(longestRow, (offsets[s + 1] as number) - (offsets[s] as number));
  const recursion: Recursion = {
    steps,
    role,
    offsets,
    edgeTo,
    edgeWeight,
    edgeKind,
    constant,
    hasOutflow,
    componentOf,
    rolled,
    inTargets: new Int32Array(longestRow),
    inCoefficients: new Float64Array(longestRow),
    inCount: 0,
  };
  const { inTargets, inCoefficients } = recursion;

  const system = new ComponentSystem();
  for (let component = 0; component < components.count; component++) {
    const first = components.offsets[component] as number;
    const size = (components.offsets[component + 1] as number) - first;
    if (size === 1) {
      const s = members[first] as number;
      const known = equationOf(recursion, s, component);
      let selfLoop = 0;
      for (let i = 0; i < recursion.inCount; i++) selfLoop += inCoefficients[i] as number;
      const denominator = 1 - selfLoop;
      rolled[s] = denominator > 0 ? known / denominator : NaN;
      if (!(denominator > 0)) unsolvableLoops.push([s]);
      continue;
    }
    for (let m = 0; m < size; m++) localIndex[members[first + m] as number] = m;
    system.begin(size);
    for (let m = 0; m < size; m++) {
      system.add(m, m, 1);
      system.setRhs(m, equationOf(recursion, members[first + m] as number, component));
      for (let i = 0; i < recursion.inCount; i++) system.add(m, localIndex[inTargets[i] as number] as number, -(inCoefficients[i] as number));
    }
    const solution = system.solve();
    if (!solution) unsolvableLoops.push(Array.from(members.subarray(first, first + size)));
    for (let m = 0; m < size; m++) rolled[members[first + m] as number] = solution ? (solution[m] as number) : NaN;
  }
  const result = startIndex >= 0 ? (rolled[startIndex] as number) : NaN;
  return { rolledCompleteAccurate: Number.isNaN(result) ? NaN : Math.min(1, Math.max(0, result)), unsolvableLoops };
}

/** The recursion graph of computeRolledWithBlocks, the figures so far and the buffers of one equation. */
interface Recursion {
  steps: readonly Step[];
  role: Uint8Array;
  offsets: Int32Array;
  edgeTo: Int32Array;
  edgeWeight: Float64Array;
  edgeKind: Uint8Array;
  constant: Float64Array;
  hasOutflow: Uint8Array;
  componentOf: Int32Array;
  rolled: Float64Array;
  /** The in-component terms of the last equation: its first `inCount` entries. */
  inTargets: Int32Array;
  inCoefficients: Float64Array;
  inCount: number;
}

/**
 * Step s's equation as r(s) = known + Σ coefficient·r(target) over targets in its own
 * component: returns the known part and leaves the in-component terms in `recursion`'s
 * buffers (as long as the longest row of the recursion graph, so 100,000 steps make no
 * garbage). A function of the module, not a closure made per analysis: see keepLayout.ts.
 */
function equationOf(recursion: Recursion, s: number, component: number): number {
  const { offsets, edgeTo, edgeWeight, componentOf, rolled, inTargets, inCoefficients } = recursion;
  recursion.inCount = 0;
  const completeAccurate = (recursion.steps[s] as Step).completeAccurate;
  if (recursion.role[s] === ROLE_SPLIT) {
    let factor = completeAccurate;
    let join = -1;
    for (let edge = offsets[s] as number; edge < (offsets[s + 1] as number); edge++) {
      if (recursion.edgeKind[edge] === TO_JOIN) join = edgeTo[edge] as number;
      else factor *= rolled[edgeTo[edge] as number] as number;
    }
    if (componentOf[join] !== component) return factor * (rolled[join] as number);
    inTargets[0] = join;
    inCoefficients[0] = factor;
    recursion.inCount = 1;
    return 0;
  }
  // An end, or a dead end counted as one: the case finishes here.
  if (recursion.hasOutflow[s] === 0) return completeAccurate;
  let known = recursion.constant[s] as number;
  let inCount = 0;
  for (let edge = offsets[s] as number; edge < (offsets[s + 1] as number); edge++) {
    const target = edgeTo[edge] as number;
    const weight = edgeWeight[edge] as number;
    if (componentOf[target] === component) {
      inTargets[inCount] = target;
      inCoefficients[inCount++] = completeAccurate * weight;
    } else known += weight * (rolled[target] as number);
  }
  recursion.inCount = inCount;
  return completeAccurate * known;
}
