import type { Step } from '../../model/types';
import type { StepGraph } from '../graph';
import { factorLinearSystem } from '../linearSolve';
import { joinInflowShares } from '../parallelBlocks';
import { type RouteView, findReworkRoute } from '../reworkRoute';
import { computeExpectedVisits } from '../visits';
import type { DetectorScope } from './scope';

/** What one rework flow adds per case: work in minutes and its cost in minutes × hourly cost. */
export interface ReworkWork {
  minutesPerCase: number;
  /** Σ over the work added of minutes × the lane's hourly cost (divide by 60 for money). */
  costMinutesPerCase: number;
}

/** From this probability on a flow carries every case of its step (the rest is rounding). */
const CARRIES_ALL = 1 - 1e-9;
/** Right-hand sides of visits back to a rework source solved per elimination of a component. */
const SOURCES_PER_SOLVE = 64;
/** 1 − u at or below this: without the flow the cases at its step could never leave. */
const NO_WAY_OUT = 1e-12;

/**
 * The exact work each rework flow adds (domain.md section 4): for f = s→t,
 * PT(map) − PT(map without f), where without f its probability goes to the other flows of s
 * in proportion, p'(g) = p(g)/(1 − p(f)); when f carried every case they share equally (as the
 * remove-flow effect does), and when s has no other flow it becomes a dead end (an end).
 *
 * Changing the flows of one step is a rank-one change of the visit system (I − Pᵀ)·v = e_start,
 * so by the Sherman–Morrison formula, with d(g) = p'(g) − p(g) over the flows g of s:
 *   PT' − PT = v(s) · Σ_g d(g)·W(to g) / (1 − Σ_g d(g)·H_s(to g)),
 * where W(x) = processTime(x) + Σ_{g out of x} p(g)·W(to g) is the expected work from entering
 * x until the case ends, and H_s(x) the expected number of visits to s from entering x (0
 * outside the strongly connected component of s: nothing else leads back to s). The same with
 * processTime × hourly cost gives the cost. Worked example (domain.md section 3), f = D→A:
 * W(A) = 16/0.75 = 21.33, H_D(A) = 4/3, d(D→A) = −0.25, d(D→end) = +0.25 (W(end) = 0):
 * PT' − PT = 4/3 · (−0.25·21.33) / (1 + 0.25·4/3) = −5.33 = 16 − 21.33.
 *
 * A rework flow that is the only way out of its step (the end of a correction route such as
 * "ask for a corrected invoice → receive it → back to registering") is taken away with its
 * route: the flow where the route branched off goes instead (`findReworkRoute`), so the
 * correction steps count as what the rework adds, cases never stop halfway, and the figure
 * equals the saving of the playbook's suggestion that removes the route.
 *
 * One backward pass over the components (sinks first) solves W, the cost and every H_s of the
 * rework sources in a component with one elimination, so this stays near-linear on
 * 100,000-step maps. A flow whose other ways lead where no case goes today (probability 0)
 * is recomputed with a full visit solve instead. Returns the figures per flow of `reworkFlows`.
 */
export function computeReworkWork(scope: DetectorScope, reworkFlows: readonly number[]): ReworkWork[] {
  const { context, steps, visits } = scope;
  const { graph, components } = context;
  // With parallel blocks the work to go is solved with the visit weights: a flow into a join
  // carries 1/k of a visit, so the work after the join counts once per split, not once per branch.
  const share = shareOf(scope);
  const probability = share ? context.probability.map((p, flow) => p * (share[flow] as number)) : context.probability;
  const { offsets, members, componentOf } = components;
  const stepCount = graph.stepCount;
  const rate = new Float64Array(steps.length);
  for (let s = 0; s < steps.length; s++) rate[s] = context.hourlyCostOf((steps[s] as Step).laneId);
  const branches = branchesOf(scope, reworkFlows);
  const isSource = new Uint8Array(stepCount);
  for (const f of branches) isSource[graph.flowFrom[f] as number] = 1;

  const work = new Float64Array(stepCount);
  const cost = new Float64Array(stepCount);
  /** Per rework source: H_s at the target of each of its flows, by the flow's place in outFlows. */
  const visitsBack = new Map<number, Float64Array>();
  const localIndex = new Int32Array(stepCount);

  const exits = EXITS;

  for (let component = 0; component < components.count; component++) {
    const first = offsets[component] as number;
    const size = (offsets[component + 1] as number) - first;
    if (size === 1) {
      // Most components are single steps: W = (processTime + exits) / (1 − p(self-loop)) directly.
      const step = members[first] as number;
      exitsOf(graph, probability, componentOf, work, cost, step, component);
      const processTime = (steps[step] as Step).processTime;
      work[step] = (processTime + exits.work) / (1 - exits.selfLoop);
      cost[step] = (processTime * (rate[step] as number) + exits.cost) / (1 - exits.selfLoop);
      localIndex[step] = 0;
      // H_s is 1/(1 − p(self-loop)) at s itself (reached only by its self-loops) and 0 elsewhere.
      if (isSource[step] === 1) visitsBack.set(step, atTargetsOf(step, Float64Array.of(1 / (1 - exits.selfLoop))));
      continue;
    }
    for (let m = 0; m < size; m++) localIndex[members[first + m] as number] = m;
    const rows: number[] = [];
    const cols: number[] = [];
    const values: number[] = [];
    const workRhs = new Float64Array(size);
    const costRhs = new Float64Array(size);
    const sources: number[] = [];
    for (let m = 0; m < size; m++) {
      const step = members[first + m] as number;
      const processTime = (steps[step] as Step).processTime;
      exitsOf(graph, probability, componentOf, work, cost, step, component);
      rows.push(m);
      cols.push(m);
      values.push(1);
      for (let e = graph.outOffsets[step] as number; e < (graph.outOffsets[step + 1] as number); e++) {
        const flow = graph.outFlows[e] as number;
        const p = probability[flow] as number;
        const target = graph.flowTo[flow] as number;
        if (!(p > 0) || componentOf[target] !== component) continue;
        rows.push(m);
        cols.push(localIndex[target] as number);
        values.push(-p);
      }
      workRhs[m] = processTime + exits.work;
      costRhs[m] = processTime * (rate[step] as number) + exits.cost;
      if (isSource[step] === 1) sources.push(step);
    }
    // One elimination for the cost-to-go and every rework source of the component; the
    // sources' columns are then solved in batches, keeping from each only H_s at the steps
    // the source's own flows lead to (what Sherman–Morrison reads), so memory stays
    // O(size + flows) however many sources a large loop has.
    const factor = factorLinearSystem({ size, rows, cols, values });
    const unitColumnsOf = (batchSources: readonly number[]): Float64Array[] =>
      batchSources.map((source) => {
        const column = new Float64Array(size);
        column[localIndex[source] as number] = 1;
        return column;
      });
    // The first batch of sources rides along with the work and the cost: a dense factor
    // eliminates again per solve, and each column's arithmetic is the same either way. Only
    // when some column is not finite (then solve answers null for all) are they solved apart.
    const firstBatch = sources.slice(0, SOURCES_PER_SOLVE);
    const together = firstBatch.length > 0 ? (factor?.solve([workRhs, costRhs, ...unitColumnsOf(firstBatch)]) ?? null) : null;
    const solution = together ?? factor?.solve([workRhs, costRhs]) ?? null;
    for (let m = 0; m < size; m++) {
      const step = members[first + m] as number;
      work[step] = solution ? (solution[0]?.[m] as number) : NaN;
      cost[step] = solution ? (solution[1]?.[m] as number) : NaN;
    }
    for (let batch = 0; batch < sources.length; batch += SOURCES_PER_SOLVE) {
      const batchSources = batch === 0 ? firstBatch : sources.slice(batch, batch + SOURCES_PER_SOLVE);
      const columns = batch === 0 && together ? together.slice(2) : (factor?.solve(unitColumnsOf(batchSources)) ?? null);
      batchSources.forEach((source, k) => visitsBack.set(source, atTargetsOf(source, columns?.[k] ?? null)));
    }
  }

  /** H_s at the target of each flow out of `source` (by its place in outFlows); NaN without a solution. */
  function atTargetsOf(source: number, column: Float64Array | null): Float64Array {
    const start = graph.outOffsets[source] as number;
    const values = new Float64Array((graph.outOffsets[source + 1] as number) - start);
    for (let e = 0; e < values.length; e++) {
      const target = graph.flowTo[graph.outFlows[start + e] as number] as number;
      values[e] = column ? (componentOf[target] === componentOf[source] ? (column[localIndex[target] as number] as number) : 0) : NaN;
    }
    return values;
  }

  // The changes d(g) of the flows of one source step, rewritten per rework flow (no Map per flow).
  const changed: ProbabilityChanges = { flows: [], changes: [] };
  return branches.map((f) => {
    const s = graph.flowFrom[f] as number;
    changedProbabilities(scope, f, share, changed);
    let sumWork = 0;
    let sumCost = 0;
    let backToSource = 0;
    const back = visitsBack.get(s);
    for (let c = 0; c < changed.flows.length; c++) {
      const flow = changed.flows[c] as number;
      const change = changed.changes[c] as number;
      const target = graph.flowTo[flow] as number;
      if (componentOf[target] === -1) return recomputeWithout(scope, probability, changed, rate);
      sumWork += change * (work[target] as number);
      sumCost += change * (cost[target] as number);
      if (componentOf[target] === componentOf[s] && back) backToSource += change * (back[placeAmongOutFlows(graph, s, flow)] as number);
    }
    const remaining = 1 - backToSource;
    if (!(remaining > NO_WAY_OUT)) return { minutesPerCase: 0, costMinutesPerCase: 0 };
    const sourceVisits = visits[s] as number;
    return { minutesPerCase: 0 - (sourceVisits * sumWork) / remaining, costMinutesPerCase: 0 - (sourceVisits * sumCost) / remaining };
  });
}

/** What `exitsOf` finds for one step; one object, rewritten by each call (no object per step on 100,000-step maps). */
const EXITS = { work: 0, cost: 0, selfLoop: 0 };

/**
 * Σ over the flows of `step` leaving its component of p·W(to) and p·cost(to), and Σ p of its
 * self-loops, into EXITS. A function of the module rather than a closure per call of
 * computeReworkWork: it runs per step, and V8 threw away its compiled code at every major
 * collection once the closure it was made for had died.
 */
function exitsOf(
  graph: StepGraph,
  probability: ArrayLike<number>,
  componentOf: ArrayLike<number>,
  work: Float64Array,
  cost: Float64Array,
  step: number,
  component: number,
): void {
  let exitWork = 0;
  let exitCost = 0;
  let selfLoop = 0;
  for (let e = graph.outOffsets[step] as number; e < (graph.outOffsets[step + 1] as number); e++) {
    const flow = graph.outFlows[e] as number;
    const p = probability[flow] as number;
    if (!(p > 0)) continue;
    const target = graph.flowTo[flow] as number;
    if (target === step) selfLoop += p;
    else if (componentOf[target] !== component) {
      exitWork += p * (work[target] as number);
      exitCost += p * (cost[target] as number);
    }
  }
  EXITS.work = exitWork;
  EXITS.cost = exitCost;
  EXITS.selfLoop = selfLoop;
}

/** The place of `flow` among the flows out of `step` (graph.outFlows from outOffsets[step]). */
function placeAmongOutFlows(graph: StepGraph, step: number, flow: number): number {
  const start = graph.outOffsets[step] as number;
  for (let e = start; e < (graph.outOffsets[step + 1] as number); e++) if (graph.outFlows[e] === flow) return e - start;
  return -1;
}

/**
 * Per rework flow, the flow whose removal takes the rework away: the rework flow itself when
 * its step has another way out (most of them), else the branch of its route. The view of the
 * graph is made once, for all routes.
 */
function branchesOf(scope: DetectorScope, reworkFlows: readonly number[]): number[] {
  const { graph } = scope.context;
  const flowsOf = (offsets: Int32Array, list: Int32Array, step: number): number[] => Array.from(list.subarray(offsets[step] as number, offsets[step + 1] as number));
  let view: RouteView<number, number> | null = null;
  return reworkFlows.map((f) => {
    const s = graph.flowFrom[f] as number;
    // findReworkRoute's first answer, without a view.
    if ((graph.outOffsets[s + 1] as number) - (graph.outOffsets[s] as number) >= 2) return f;
    view ??= {
      source: (flow) => graph.flowFrom[flow] as number,
      isActivity: (step) => (scope.steps[step] as Step).type === 'activity',
      incoming: (step) => flowsOf(graph.inOffsets, graph.inFlows, step).filter((flow) => graph.flowFrom[flow] !== step),
      outgoing: (step) => flowsOf(graph.outOffsets, graph.outFlows, step),
    };
    return findReworkRoute(f, view)?.branch ?? f;
  });
}

/** The flows' shares of a visit into the step they reach (joinInflowShares), or null without parallel blocks. */
function shareOf(scope: DetectorScope): Float64Array | null {
  const parallel = scope.context.parallel;
  return parallel ? joinInflowShares(scope.context.graph, parallel.structure) : null;
}

/** Flows of one step and the change of each, in step: `changes[i]` belongs to `flows[i]`. */
interface ProbabilityChanges {
  flows: number[];
  changes: number[];
}

/**
 * The change d(g) = p'(g) − p(g) of every flow of the rework flow's step when it is taken
 * away, as a visit weight (times the flow's share of a visit when it leads into a join):
 * written into `into`, the rework flow first, then the step's other flows whose change is
 * not 0, in the order of its outgoing flows.
 */
function changedProbabilities(scope: DetectorScope, f: number, share: Float64Array | null, into: ProbabilityChanges): void {
  const { graph, probability } = scope.context;
  const s = graph.flowFrom[f] as number;
  const removed = probability[f] as number;
  into.flows.length = 0;
  into.changes.length = 0;
  into.flows.push(f);
  into.changes.push(-removed * (share ? (share[f] as number) : 1));
  const start = graph.outOffsets[s] as number;
  const end = graph.outOffsets[s + 1] as number;
  let otherCount = 0;
  for (let e = start; e < end; e++) if (graph.outFlows[e] !== f) otherCount++;
  for (let e = start; e < end; e++) {
    const flow = graph.outFlows[e] as number;
    if (flow === f) continue;
    const p = probability[flow] as number;
    const change = removed < CARRIES_ALL ? (p * removed) / (1 - removed) : 1 / otherCount - p;
    if (change !== 0) {
      into.flows.push(flow);
      into.changes.push(change * (share ? (share[flow] as number) : 1));
    }
  }
}

/**
 * PT(map) − PT(map without f) by a full visit solve with the changed probabilities: for a
 * flow whose other ways lead to steps no case reaches today (their work-to-go is unknown).
 */
function recomputeWithout(scope: DetectorScope, weights: Float64Array, changes: ProbabilityChanges, rate: Float64Array): ReworkWork {
  const { context, steps, visits } = scope;
  const changed = weights.slice();
  for (let c = 0; c < changes.flows.length; c++) {
    const flow = changes.flows[c] as number;
    changed[flow] = (changed[flow] as number) + (changes.changes[c] as number);
  }
  const usable = Uint8Array.from(changed, (p) => (p > 1e-15 ? 1 : 0));
  const startIndex = steps.findIndex((step) => step.type === 'start');
  const without = computeExpectedVisits(context.graph, { probability: changed, usable, adjustments: [] }, startIndex);
  if (without.loopsWithoutExit.length > 0 || without.unsolvableLoops.length > 0) return { minutesPerCase: 0, costMinutesPerCase: 0 };
  let minutes = 0;
  let costMinutes = 0;
  for (let s = 0; s < steps.length; s++) {
    const difference = ((visits[s] as number) - (without.visits[s] as number)) * (steps[s] as Step).processTime;
    minutes += difference;
    costMinutes += difference * (rate[s] as number);
  }
  return { minutesPerCase: minutes, costMinutesPerCase: costMinutes };
}
