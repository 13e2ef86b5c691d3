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
  const isCounted = (flow: number): boolean => probabilities.usable[flow] === 1 && !(flows[flow] as Flow).rework;

  // The recursion graph in compressed rows: edge targets, weights and kinds, and a constant per step.
  const offsets = new Int32Array(n + 1);
  for (let s = 0; s < n; s++) {
    let count = 0;
    for (let e = graph.outOffsets[s] as number; e < (graph.outOffsets[s + 1] as number); e++) {
      const flow = graph.outFlows[e] as number;
      const to = graph.flowTo[flow] as number;
      if (role[s] === ROLE_SPLIT) count += to === partnerOf[s] ? 0 : 1;
      else if (isCounted(flow) && role[to] !== ROLE_JOIN) count++;
    }
    offsets[s + 1] = (offsets[s] as number) + count + (role[s] === ROLE_SPLIT ? 1 : 0);
  }
  const edgeCount = offsets[n] as number;
  const edgeTo = new Int32Array(edgeCount);
  const edgeFrom = new Int32Array(edgeCount);
  const edgeWeight = new Float64Array(edgeCount);
  const edgeKind = new Uint8Array(edgeCount);
  const constant = new Float64Array(n);
  const hasOutflow = new Uint8Array(n);
  let cursor = 0;
  const add = (from: number, to: number, weight: number, kind: number): void => {
    edgeFrom[cursor] = from;
    edgeTo[cursor] = to;
    edgeWeight[cursor] = weight;
    edgeKind[cursor] = kind;
    cursor++;
  };
  for (let s = 0; s < n; s++) {
    for (let e = graph.outOffsets[s] as number; e < (graph.outOffsets[s + 1] as number); e++) {
      const flow = graph.outFlows[e] as number;
      if (probabilities.usable[flow] === 1) hasOutflow[s] = 1;
      const to = graph.flowTo[flow] as number;
      if (role[s] === ROLE_SPLIT) {
        if (to !== partnerOf[s]) add(s, to, 1, BRANCH);
      } else if (isCounted(flow)) {
        const p = probabilities.probability[flow] as number;
        if (role[to] === ROLE_JOIN) constant[s] = (constant[s] as number) + p;
        else add(s, to, p, SUM);
      }
    }
    if (role[s] === ROLE_SPLIT) add(s, partnerOf[s] as number, 1, TO_JOIN);
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

  /**
   * Step s's equation as r(s) = known + Σ coefficient·r(target) over targets in its own
   * component: returns the known part and leaves the in-component terms in the first
   * `inCount` entries of `inTargets` / `inCoefficients` (buffers as long as the longest row of
   * the recursion graph, so 100,000 steps make no garbage).
   */
  let longestRow = 0;
  for (let s = 0; s < n; s++) longestRow = Math.max(longestRow, (offsets[s + 1] as number) - (offsets[s] as number));
  const inTargets = new Int32Array(longestRow);
  const inCoefficients = new Float64Array(longestRow);
  let inCount = 0;
  const equationOf = (s: number, component: number): number => {
    inCount = 0;
    const completeAccurate = (steps[s] as Step).completeAccurate;
    if (role[s] === ROLE_SPLIT) {
      let factor = completeAccurate;
      let join = -1;
      for (let edge = offsets[s] as number; edge < (offsets[s + 1] as number); edge++) {
        if (edgeKind[edge] === TO_JOIN) join = edgeTo[edge] as number;
        else factor *= rolled[edgeTo[edge] as number] as number;
      }
      if (componentOf[join] !== component) return factor * (rolled[join] as number);
      inTargets[inCount] = join;
      inCoefficients[inCount++] = factor;
      return 0;
    }
    // An end, or a dead end counted as one: the case finishes here.
    if (hasOutflow[s] === 0) return completeAccurate;
    let known = constant[s] as number;
    for (let edge = offsets[s] as number; edge < (offsets[s + 1] as number); edge++) {
      const target = edgeTo[edge] as number;
      const weight = edgeWeight[edge] as number;
      if (componentOf[target] === component) {
        inTargets[inCount] = target;
        inCoefficients[inCount++] = completeAccurate * weight;
      } else known += weight * (rolled[target] as number);
    }
    return completeAccurate * known;
  };

  const system = new ComponentSystem();
  for (let component = 0; component < components.count; component++) {
    const first = components.offsets[component] as number;
    const size = (components.offsets[component + 1] as number) - first;
    if (size === 1) {
      const s = members[first] as number;
      const known = equationOf(s, component);
      let selfLoop = 0;
      for (let i = 0; i < inCount; i++) selfLoop += inCoefficients[i] as number;
      const denominator = 1 - selfLoop;
      rolled[s] = denominator > 0 ? known / denominator : NaN;
      if (!(denominator > 0)) unsolvableLoops.push([s]);
      continue;
    }
    for (let m = 0; m < size; m++) localIndex[members[first + m] as number] = m;
    system.begin(size);
    for (let m = 0; m < size; m++) {
      system.add(m, m, 1);
      system.setRhs(m, equationOf(members[first + m] as number, component));
      for (let i = 0; i < inCount; i++) system.add(m, localIndex[inTargets[i] as number] as number, -(inCoefficients[i] as number));
    }
    const solution = system.solve();
    if (!solution) unsolvableLoops.push(Array.from(members.subarray(first, first + size)));
    for (let m = 0; m < size; m++) rolled[members[first + m] as number] = solution ? (solution[m] as number) : NaN;
  }
  const result = startIndex >= 0 ? (rolled[startIndex] as number) : NaN;
  return { rolledCompleteAccurate: Number.isNaN(result) ? NaN : Math.min(1, Math.max(0, result)), unsolvableLoops };
}
