import type { Flow, Step } from '../model/types';
import { findReachableSteps, type StepGraph } from './graph';

/**
 * The block structure of parallel work (domain.md section 7), by index, linear in steps +
 * flows so it runs on every analysis and on every load of a 100,000-step map.
 *
 * A `parallel` step with two or more outgoing flows is a SPLIT σ (a case takes every flow),
 * one with two or more incoming flows is a JOIN ω (the case goes on when every branch has
 * arrived). Rework flows do not count as incoming here: rework around a whole block may go
 * back to the split itself without making it a join. Each outgoing flow of σ starts a BRANCH. The steps of a map live in CONTEXTS:
 * context 0 is the top level, and every branch of every split is one context whose parent
 * is the context of its split. σ and ω themselves belong to the parent context.
 *
 * Well structured (else a `BlockProblem`): every split has one join where all of its
 * branches meet; a flow inside a branch only leads to a step of the same branch (a nested
 * split included) or into the join; no flow from outside enters a branch; a branch does
 * not end (no end step, no dead end); one step is not both split and join; the flows of a
 * block (out of σ, into ω) are not rework — rework around a whole block starts after ω.
 */
export type BlockProblemCode =
  /** A parallel step with several flows in and several out. */
  | 'split-and-join'
  /** A split whose branches never come together at a join. */
  | 'split-without-join'
  /** A branch that never reaches the join, or a step inside a branch without a way out. */
  | 'branch-without-join'
  /** A flow inside a branch into an end step: the case would end before the branches meet. */
  | 'branch-ends'
  /** A flow from inside a branch to a step outside it that is not its join. */
  | 'flow-leaves-branch'
  /** A flow from outside a branch to a step inside it. */
  | 'flow-enters-branch'
  /** A flow into a join that does not come from a branch of a split. */
  | 'join-without-split'
  /** A flow from a branch of one split into the join of another split. */
  | 'join-shared'
  /** A rework flow out of a split or into a join. */
  | 'rework-in-block';

export interface BlockProblem {
  code: BlockProblemCode;
  /** The split whose block is broken (step index), or -1 ('join-without-split', 'split-and-join'). */
  splitIndex: number;
  /** The join involved ('join-without-split', 'join-shared': the join; else -1). */
  joinIndex: number;
  /** Another split ('join-shared': the split whose join it already is), or -1. */
  otherSplitIndex: number;
  /** The flow that breaks the block, or -1 when a step does (then `stepIndex`). */
  flowIndex: number;
  /**
   * The step that breaks the block ('split-and-join', 'split-without-join', a dead end in a
   * branch; with a flow, 'flow-leaves-branch': the step where two branches of the split meet), or -1.
   */
  stepIndex: number;
}

/** Roles of a step in `ParallelStructure.role`. */
export const ROLE_NONE = 0;
export const ROLE_SPLIT = 1;
export const ROLE_JOIN = 2;

export interface ParallelStructure {
  /** Whether the state has a step of type `parallel` at all. */
  hasParallelSteps: boolean;
  /** Whether a split is reachable from the start: only then do the numbers differ from section 3. */
  hasBlocks: boolean;
  /** ROLE_SPLIT, ROLE_JOIN or ROLE_NONE per step (a parallel step that is neither: none; both: a join, and a problem). */
  role: Uint8Array;
  /** Context of each step reached from the start; -1 for steps the start cannot reach. */
  contextOf: Int32Array;
  contextCount: number;
  /** Per context (0 = top level: -1): its split, the branch's position among the split's flows, its parent context, its first flow. */
  contextSplit: Int32Array;
  contextBranch: Int32Array;
  contextParent: Int32Array;
  contextFirstFlow: Int32Array;
  /** Per step: the first branch context of a split (its k branches are contexts first … first + k − 1); else -1. */
  firstContextOf: Int32Array;
  /** Per step: a split's join, a join's split; else -1. */
  partnerOf: Int32Array;
  /** The reached splits, outer ones before the splits nested in them. */
  splitsInOrder: Int32Array;
  /** Empty when every reached block is well structured. */
  problems: BlockProblem[];
}

/** Stop collecting after this many problems: a broken file names the first ones. */
const MAX_PROBLEMS = 100;

/** Number of flows out of / into step s that name known steps. */
function outDegree(graph: StepGraph, s: number): number {
  return (graph.outOffsets[s + 1] as number) - (graph.outOffsets[s] as number);
}
/** Flows into step s that are not rework: a rework flow back to a split (around its whole block) does not make it a join. */
export function forwardInDegree(graph: StepGraph, flows: readonly Flow[], s: number): number {
  let count = 0;
  for (let e = graph.inOffsets[s] as number; e < (graph.inOffsets[s + 1] as number); e++) {
    if (!(flows[graph.inFlows[e] as number] as Flow).rework) count++;
  }
  return count;
}

/** Whether context `inner` lies inside context `outer` (or is it). O(nesting depth). */
function isWithin(inner: number, outer: number, contextParent: ArrayLike<number>): boolean {
  for (let context = inner; context >= 0; context = contextParent[context] as number) {
    if (context === outer) return true;
  }
  return false;
}

/**
 * Finds the parallel blocks of a state and checks that they are well structured (see
 * `BlockProblemCode`). A breadth-first walk from the start gives every reached step its
 * context: a split's flow i leads into its branch context i, a flow into a join leads back
 * to the context of that join's split, any other flow stays in its context. A flow that
 * reaches a step already placed in another context crosses a branch boundary. Rework flows
 * are walked last, so a step is placed by its forward flows and the rework flow is the one
 * named when it jumps into a branch. Steps the start cannot reach are not checked (they are
 * an analysis warning). O(steps + flows · nesting depth).
 * @param startIndex the start step, or -1 (then nothing is reached and only 'split-and-join' is checked).
 * @param reachableSteps `findReachableSteps(graph, startIndex)` when the caller has it already.
 */
export function analyseParallelStructure(
  steps: readonly Step[],
  flows: readonly Flow[],
  graph: StepGraph,
  startIndex: number,
  reachableSteps?: Uint8Array,
): ParallelStructure {
  const n = graph.stepCount;
  const role = new Uint8Array(n);
  const contextOf = new Int32Array(n).fill(-1);
  const firstContextOf = new Int32Array(n).fill(-1);
  const partnerOf = new Int32Array(n).fill(-1);
  const problems: BlockProblem[] = [];
  const report = (problem: Partial<BlockProblem> & { code: BlockProblemCode }): void => reportProblem(problems, problem);

  let hasParallelSteps = false;
  for (let s = 0; s < n; s++) {
    if ((steps[s] as Step).type !== 'parallel') continue;
    hasParallelSteps = true;
    const isSplit = outDegree(graph, s) >= 2;
    const isJoin = forwardInDegree(graph, flows, s) >= 2;
    if (isSplit && isJoin) report({ code: 'split-and-join', stepIndex: s });
    // A step that is both is walked as a join, so its branches are not reported a second time.
    if (isJoin) role[s] = ROLE_JOIN;
    else if (isSplit) role[s] = ROLE_SPLIT;
  }
  const contextSplit: number[] = [-1];
  const contextBranch: number[] = [-1];
  const contextParent: number[] = [-1];
  const contextFirstFlow: number[] = [-1];
  const contextDepth: number[] = [0];
  const splitsInOrder: number[] = [];
  const reachedJoin: number[] = [0];

  if (hasParallelSteps && startIndex >= 0 && startIndex < n) {
    const reachable = reachableSteps ?? findReachableSteps(graph, startIndex);
    // The position of each flow among its step's flows: a split's flow i starts branch i.
    const branchOfFlow = new Int32Array(graph.flowCount);
    for (let s = 0; s < n; s++) {
      const first = graph.outOffsets[s] as number;
      for (let e = first; e < (graph.outOffsets[s + 1] as number); e++) branchOfFlow[graph.outFlows[e] as number] = e - first;
    }
    // Placement: a step gets its context once every forward (non-rework) flow into it from a
    // reached step has offered one (Kahn's order), so a step after a join is placed by the
    // join and not by a stray flow out of a branch. Among the offers, a split's own flow wins
    // (it defines the branch); else the outermost context. Cycles of forward flows are broken
    // by placing a waiting step with the offers it has; steps reached only by rework come last.
    const pending = new Int32Array(n);
    for (let f = 0; f < graph.flowCount; f++) {
      const from = graph.flowFrom[f] as number;
      if (from < 0 || reachable[from] === 0 || (flows[f] as Flow).rework || graph.flowTo[f] === from) continue;
      const to = graph.flowTo[f] as number;
      pending[to] = (pending[to] as number) + 1;
    }
    const walk: PlacementWalk = {
      graph,
      flows,
      role,
      contextOf,
      firstContextOf,
      partnerOf,
      branchOfFlow,
      contextSplit,
      contextBranch,
      contextParent,
      contextFirstFlow,
      contextDepth,
      reachedJoin,
      splitsInOrder,
      pending,
      offerContext: new Int32Array(n).fill(-1),
      offerFromSplit: new Uint8Array(n),
      waiting: [],
      ready: [],
    };
    const { offerContext, waiting, ready } = walk;

    place(walk, startIndex, 0);
    for (;;) {
      const next = ready.pop();
      if (next !== undefined) {
        if (contextOf[next] === -1 && (offerContext[next] as number) >= 0) place(walk, next, offerContext[next] as number);
        continue;
      }
      // A cycle of forward flows (or steps reached only by rework): place a waiting step.
      let stuck = waiting.pop();
      while (stuck !== undefined && contextOf[stuck] !== -1) stuck = waiting.pop();
      if (stuck === undefined) break;
      place(walk, stuck, offerContext[stuck] as number);
    }

    // Every flow out of a placed step must lead where its context says.
    for (let f = 0; f < graph.flowCount; f++) {
      const from = graph.flowFrom[f] as number;
      if (from < 0 || contextOf[from] === -1) continue;
      const to = graph.flowTo[f] as number;
      const isRework = (flows[f] as Flow).rework;
      const outContext = outContextOf(walk, f);
      if (isRework && role[from] === ROLE_SPLIT) report({ code: 'rework-in-block', splitIndex: from, flowIndex: f });
      let expected: number;
      if (role[to] === ROLE_JOIN) {
        if (outContext === 0) {
          report({ code: 'join-without-split', joinIndex: to, flowIndex: f });
          continue;
        }
        const split = contextSplit[outContext] as number;
        if (isRework) report({ code: 'rework-in-block', splitIndex: split, joinIndex: to, flowIndex: f });
        if (partnerOf[split] !== to) {
          if (partnerOf[split] !== -1) report({ code: 'flow-leaves-branch', splitIndex: split, joinIndex: partnerOf[split], flowIndex: f });
          else if (partnerOf[to] !== -1) report({ code: 'join-shared', splitIndex: split, joinIndex: to, otherSplitIndex: partnerOf[to], flowIndex: f });
          else report({ code: 'join-without-split', joinIndex: to, flowIndex: f });
          continue;
        }
        reachedJoin[outContext] = 1;
        expected = contextParent[outContext] as number;
      } else {
        expected = outContext;
        if ((steps[to] as Step).type === 'end' && expected !== 0) {
          report({ code: 'branch-ends', splitIndex: contextSplit[expected], flowIndex: f });
          continue;
        }
      }
      const actual = contextOf[to] as number;
      if (actual === expected || actual === -1) continue;
      if (outContext > 0 && actual > 0 && contextSplit[actual] === contextSplit[outContext]) {
        // Two branches of one split run into the same step: they meet before (or instead of) the join.
        report({ code: 'flow-leaves-branch', splitIndex: contextSplit[outContext], flowIndex: f, stepIndex: to });
      } else if (actual !== outContext && isWithin(actual, outContext, contextParent)) {
        // Into a branch nested in this context, past its split: name the outermost branch entered.
        let entered = actual;
        while ((contextParent[entered] as number) !== outContext) entered = contextParent[entered] as number;
        report({ code: 'flow-enters-branch', splitIndex: contextSplit[entered], flowIndex: f });
      } else {
        report({ code: 'flow-leaves-branch', splitIndex: contextSplit[outContext], flowIndex: f });
      }
    }

    const namesSplit = new Set(problems.map((problem) => problem.splitIndex));
    for (let s = 0; s < n; s++) {
      const context = contextOf[s] as number;
      if (context <= 0 || outDegree(graph, s) > 0 || (steps[s] as Step).type === 'end') continue;
      const split = contextSplit[context] as number;
      report({ code: 'branch-without-join', splitIndex: split, stepIndex: s });
      namesSplit.add(split);
    }
    for (const split of splitsInOrder) {
      if (namesSplit.has(split)) continue;
      if (partnerOf[split] === -1) {
        report({ code: 'split-without-join', splitIndex: split, stepIndex: split });
        continue;
      }
      const first = firstContextOf[split] as number;
      for (let context = first; context < first + outDegree(graph, split); context++) {
        if (reachedJoin[context] === 0) report({ code: 'branch-without-join', splitIndex: split, flowIndex: contextFirstFlow[context] });
      }
    }
  }
  return {
    hasParallelSteps,
    hasBlocks: splitsInOrder.length > 0,
    role,
    contextOf,
    contextCount: contextSplit.length,
    contextSplit: Int32Array.from(contextSplit),
    contextBranch: Int32Array.from(contextBranch),
    contextParent: Int32Array.from(contextParent),
    contextFirstFlow: Int32Array.from(contextFirstFlow),
    firstContextOf,
    partnerOf,
    splitsInOrder: Int32Array.from(splitsInOrder),
    problems,
  };
}

function reportProblem(problems: BlockProblem[], problem: Partial<BlockProblem> & { code: BlockProblemCode }): void {
  if (problems.length >= MAX_PROBLEMS) return;
  problems.push({ splitIndex: -1, joinIndex: -1, otherSplitIndex: -1, flowIndex: -1, stepIndex: -1, ...problem });
}

/**
 * The state of the placement walk of analyseParallelStructure, read and written by the
 * functions below. Functions of the module taking it, not closures made per analysis: V8
 * gives up on compiled code that calls a closure of an earlier run (see keepLayout.ts).
 */
interface PlacementWalk {
  graph: StepGraph;
  flows: readonly Flow[];
  role: Uint8Array;
  contextOf: Int32Array;
  firstContextOf: Int32Array;
  partnerOf: Int32Array;
  /** The position of each flow among its step's flows: a split's flow i starts branch i. */
  branchOfFlow: Int32Array;
  contextSplit: number[];
  contextBranch: number[];
  contextParent: number[];
  contextFirstFlow: number[];
  contextDepth: number[];
  reachedJoin: number[];
  splitsInOrder: number[];
  /** Forward flows into each step from reached steps that have not offered a context yet. */
  pending: Int32Array;
  /** The best context offered to each step so far, and whether a split's own flow offered it. */
  offerContext: Int32Array;
  offerFromSplit: Uint8Array;
  /** Steps with an offer (to break cycles), and steps whose every forward flow has offered. */
  waiting: number[];
  ready: number[];
}

/** The context flow f leads out of (a split's flow: into its branch). */
function outContextOf(walk: PlacementWalk, flow: number): number {
  const from = walk.graph.flowFrom[flow] as number;
  return walk.role[from] === ROLE_SPLIT ? (walk.firstContextOf[from] as number) + (walk.branchOfFlow[flow] as number) : (walk.contextOf[from] as number);
}

/** The context flow f places its target in: a join leads back to the context around its split. -1: none (a join reached from outside any branch). */
function targetContextOf(walk: PlacementWalk, flow: number): number {
  const outContext = outContextOf(walk, flow);
  if (walk.role[walk.graph.flowTo[flow] as number] !== ROLE_JOIN) return outContext;
  return outContext === 0 ? -1 : (walk.contextParent[outContext] as number);
}

/** Places `step` in `context`: pairs a join with its split, opens a split's branches, and offers contexts along its flows. */
function place(walk: PlacementWalk, step: number, context: number): void {
  const { graph, flows, role, contextOf, partnerOf, contextSplit, contextParent, contextDepth, pending, offerContext, offerFromSplit } = walk;
  contextOf[step] = context;
  if (role[step] === ROLE_JOIN) {
    // Its split: the split of the branch that offered the context.
    let split = -1;
    for (let e = graph.inOffsets[step] as number; e < (graph.inOffsets[step + 1] as number) && split === -1; e++) {
      const flow = graph.inFlows[e] as number;
      if (contextOf[graph.flowFrom[flow] as number] === -1) continue;
      const outContext = outContextOf(walk, flow);
      if (outContext > 0 && (contextParent[outContext] as number) === context) split = contextSplit[outContext] as number;
    }
    if (split >= 0 && partnerOf[split] === -1) {
      partnerOf[split] = step;
      partnerOf[step] = split;
    }
  }
  if (role[step] === ROLE_SPLIT) {
    walk.firstContextOf[step] = contextSplit.length;
    walk.splitsInOrder.push(step);
    const first = graph.outOffsets[step] as number;
    for (let e = first; e < (graph.outOffsets[step + 1] as number); e++) {
      contextSplit.push(step);
      walk.contextBranch.push(e - first);
      contextParent.push(context);
      walk.contextFirstFlow.push(graph.outFlows[e] as number);
      contextDepth.push((contextDepth[context] as number) + 1);
      walk.reachedJoin.push(0);
    }
  }
  for (let e = graph.outOffsets[step] as number; e < (graph.outOffsets[step + 1] as number); e++) {
    const flow = graph.outFlows[e] as number;
    const to = graph.flowTo[flow] as number;
    if (contextOf[to] !== -1) continue;
    const offered = targetContextOf(walk, flow);
    const fromSplit = role[step] === ROLE_SPLIT ? 1 : 0;
    const current = offerContext[to] as number;
    const better =
      offered >= 0 &&
      (current === -1 ||
        (fromSplit === 1 && offerFromSplit[to] === 0) ||
        (fromSplit === offerFromSplit[to] && (contextDepth[offered] as number) < (contextDepth[current] as number)));
    if (current === -1 && offered >= 0) walk.waiting.push(to);
    if (better) {
      offerContext[to] = offered;
      offerFromSplit[to] = fromSplit;
    }
    if ((flows[flow] as Flow).rework || to === step) continue;
    pending[to] = (pending[to] as number) - 1;
    if (pending[to] === 0) walk.ready.push(to);
  }
}

/**
 * Per flow, the share of a visit it carries into the step it reaches: 1/k for a flow into a
 * join whose split has k branches, else 1. Every branch delivers v(σ) to the join, so with
 * these shares v(ω) = k·v(σ)/k = v(σ) (section 7: the inflows are not summed); the work still
 * to come from a branch counts the join's once per split for the same reason. O(steps + flows).
 */
export function joinInflowShares(graph: StepGraph, structure: ParallelStructure): Float64Array {
  const share = new Float64Array(graph.flowCount).fill(1);
  for (let s = 0; s < graph.stepCount; s++) {
    const split = structure.partnerOf[s] as number;
    if (structure.role[s] !== ROLE_JOIN || split < 0) continue;
    const branchCount = (graph.outOffsets[split + 1] as number) - (graph.outOffsets[split] as number);
    for (let e = graph.inOffsets[s] as number; e < (graph.inOffsets[s + 1] as number); e++) share[graph.inFlows[e] as number] = 1 / branchCount;
  }
  return share;
}
