import type { Flow, Step } from '../model/types';
import { IdIndex } from './idIndex';

/**
 * The step graph by index, for algorithms that must stay linear on 100,000 steps:
 * steps and flows are addressed by their position in the document, adjacency is stored
 * in compressed rows (CSR) so no per-step arrays are allocated.
 */
export interface StepGraph {
  stepCount: number;
  flowCount: number;
  /** First step with each id wins; ids are unique in a valid map. */
  stepIndexById: ReadonlyMap<string, number>;
  /** Step index at each end of flow i; -1 when the flow names an unknown step (it is then ignored). */
  flowFrom: Int32Array;
  flowTo: Int32Array;
  /** Outgoing flow indices of step s are outFlows[outOffsets[s] .. outOffsets[s + 1]), in document order. */
  outOffsets: Int32Array;
  outFlows: Int32Array;
  /** Incoming flow indices of step s, likewise. */
  inOffsets: Int32Array;
  inFlows: Int32Array;
}

/**
 * Builds the index graph of a state in O(steps + flows).
 * Flows naming an unknown step are left out of the adjacency (only a broken, unvalidated
 * state has them) so every later stage can trust `flowFrom`/`flowTo` of listed flows.
 */
export function buildStepGraph(steps: readonly Step[], flows: readonly Flow[]): StepGraph {
  const stepCount = steps.length;
  const flowCount = flows.length;
  const stepIndexById = firstIndexById(steps);
  const flowFrom = new Int32Array(flowCount);
  const flowTo = new Int32Array(flowCount);
  const outOffsets = new Int32Array(stepCount + 1);
  const inOffsets = new Int32Array(stepCount + 1);
  let listedFlowCount = 0;
  for (let f = 0; f < flowCount; f++) {
    const flow = flows[f] as Flow;
    const from = stepIndexById.indexOf(flow.from);
    const to = stepIndexById.indexOf(flow.to);
    const bothKnown = from >= 0 && to >= 0;
    flowFrom[f] = bothKnown ? from : -1;
    flowTo[f] = bothKnown ? to : -1;
    if (!bothKnown) continue;
    listedFlowCount++;
    (outOffsets[from + 1] as number)++;
    (inOffsets[to + 1] as number)++;
  }
  for (let s = 0; s < stepCount; s++) {
    outOffsets[s + 1] = (outOffsets[s + 1] as number) + (outOffsets[s] as number);
    inOffsets[s + 1] = (inOffsets[s + 1] as number) + (inOffsets[s] as number);
  }
  const outFlows = new Int32Array(listedFlowCount);
  const inFlows = new Int32Array(listedFlowCount);
  // Fill cursors start at each row's offset; document order is kept because flows are visited in order.
  const outCursor = outOffsets.slice(0, stepCount);
  const inCursor = inOffsets.slice(0, stepCount);
  for (let f = 0; f < flowCount; f++) {
    const from = flowFrom[f] as number;
    if (from < 0) continue;
    const to = flowTo[f] as number;
    outFlows[(outCursor[from] as number)++] = f;
    inFlows[(inCursor[to] as number)++] = f;
  }
  return { stepCount, flowCount, stepIndexById, flowFrom, flowTo, outOffsets, outFlows, inOffsets, inFlows };
}

/**
 * The index of the first record with each id, in the order the ids first occur (as
 * `if (!has(id)) set(id, index)` over the records); see IdIndex for why it is not a Map.
 */
export function firstIndexById(records: readonly { id: string }[]): IdIndex {
  return new IdIndex(records);
}

/**
 * Marks the steps reachable from `rootIndex` along flows whose `flowUsable` entry is 1
 * (all listed flows when omitted). Iterative breadth-first search, O(steps + flows).
 * @returns 1 for every reachable step (the root included), 0 otherwise.
 */
export function findReachableSteps(graph: StepGraph, rootIndex: number, flowUsable?: Uint8Array): Uint8Array {
  const reached = new Uint8Array(graph.stepCount);
  if (rootIndex < 0 || rootIndex >= graph.stepCount) return reached;
  const queue = new Int32Array(graph.stepCount);
  let head = 0;
  let tail = 0;
  queue[tail++] = rootIndex;
  reached[rootIndex] = 1;
  while (head < tail) {
    const step = queue[head++] as number;
    const end = graph.outOffsets[step + 1] as number;
    for (let e = graph.outOffsets[step] as number; e < end; e++) {
      const flow = graph.outFlows[e] as number;
      if (flowUsable && flowUsable[flow] === 0) continue;
      const target = graph.flowTo[flow] as number;
      if (reached[target] === 1) continue;
      reached[target] = 1;
      queue[tail++] = target;
    }
  }
  return reached;
}

/**
 * Strongly connected components of the part of the graph reachable from the root (or of
 * the whole graph). Components are listed in the order Tarjan's algorithm completes them, which is a
 * reverse topological order of the condensation: every component comes after all
 * components it has a flow into (sinks first).
 */
export interface StronglyConnectedComponents {
  count: number;
  /** Members of component c are members[offsets[c] .. offsets[c + 1]). */
  offsets: Int32Array;
  members: Int32Array;
  /** Component of each step; -1 for steps not reachable from the root. */
  componentOf: Int32Array;
}

/**
 * Tarjan's strongly connected components, iterative (an explicit call stack of
 * step + next-edge cursor) so a 100,000-step chain cannot overflow the JS stack.
 * Only flows with `flowUsable[f] === 1` are followed. `rootIndex: 'all'` covers every step,
 * starting from each step not reached yet in document order. Time O(steps + flows), memory O(steps).
 */
export function findStronglyConnectedComponents(
  graph: StepGraph,
  rootIndex: number | 'all',
  flowUsable: Uint8Array,
): StronglyConnectedComponents {
  const n = graph.stepCount;
  const { outOffsets, outFlows, flowTo } = graph;
  const componentOf = new Int32Array(n).fill(-1);
  const members = new Int32Array(n);
  const offsets = new Int32Array(n + 1);
  let count = 0;
  if (rootIndex !== 'all' && (rootIndex < 0 || rootIndex >= n)) {
    return { count, offsets: offsets.subarray(0, 1), members: members.subarray(0, 0), componentOf };
  }
  const discoveryIndex = new Int32Array(n).fill(-1);
  const lowLink = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const tarjanStack = new Int32Array(n);
  const callStep = new Int32Array(n);
  const callEdge = new Int32Array(n);
  let tarjanTop = 0;
  let callTop = 0;
  let nextDiscovery = 0;
  let memberCount = 0;
  // One loop with plain locals (no closure per search or per discovered step): this runs over
  // every step of every analysis, twice with parallel blocks.
  const firstRoot = rootIndex === 'all' ? 0 : rootIndex;
  const lastRoot = rootIndex === 'all' ? n - 1 : rootIndex;
  for (let root = firstRoot; root <= lastRoot; root++) {
    if (discoveryIndex[root] !== -1) continue;
    /** The step to discover next (push on both stacks), or -1. */
    let discovered = root;
    for (;;) {
      if (discovered >= 0) {
        discoveryIndex[discovered] = nextDiscovery;
        lowLink[discovered] = nextDiscovery;
        nextDiscovery++;
        tarjanStack[tarjanTop++] = discovered;
        onStack[discovered] = 1;
        callStep[callTop] = discovered;
        callEdge[callTop] = outOffsets[discovered] as number;
        callTop++;
        discovered = -1;
      }
      if (callTop === 0) break;
      const step = callStep[callTop - 1] as number;
      const edge = callEdge[callTop - 1] as number;
      if (edge < (outOffsets[step + 1] as number)) {
        callEdge[callTop - 1] = edge + 1;
        const flow = outFlows[edge] as number;
        if (flowUsable[flow] !== 1) continue;
        const target = flowTo[flow] as number;
        if (discoveryIndex[target] === -1) discovered = target;
        else if (onStack[target] === 1 && (discoveryIndex[target] as number) < (lowLink[step] as number)) lowLink[step] = discoveryIndex[target] as number;
        continue;
      }
      callTop--;
      if (lowLink[step] === discoveryIndex[step]) {
        let member: number;
        do {
          member = tarjanStack[--tarjanTop] as number;
          onStack[member] = 0;
          componentOf[member] = count;
          members[memberCount++] = member;
        } while (member !== step);
        offsets[++count] = memberCount;
      }
      if (callTop > 0) {
        const parent = callStep[callTop - 1] as number;
        if ((lowLink[step] as number) < (lowLink[parent] as number)) lowLink[parent] = lowLink[step] as number;
      }
    }
  }
  return { count, offsets: offsets.subarray(0, count + 1), members: members.subarray(0, memberCount), componentOf };
}
