import type { Lane, Step } from '../model/types';
import type { AnalysisContext } from './context';
import { computeElapsedTimes, type ElapsedTimes } from './criticalPath';
import { buildDiagnostics } from './diagnostics';
import { buildStepGraph, findReachableSteps, firstIndexById, type StepGraph } from './graph';
import { IndexedMap } from './indexedMap';
import { computeMetrics, hourlyCostOfLane } from './metrics';
import { analyseParallelStructure, joinInflowShares, type ParallelStructure } from './parallelBlocks';
import { computeFlowProbabilities, type FlowProbabilities } from './probabilities';
import { computeRolledCompleteAccurate } from './rolledCompleteAccurate';
import { computeRolledWithBlocks } from './rolledWithBlocks';
import type { AnalysisInput, CriticalPath, Diagnostic, LaneFigures, Metrics, ParallelBlockFigures, StepFigures } from './types';
import { computeExpectedVisits } from './visits';

/** Everything the exact engine computes for one state, before the finding detectors run. */
export interface AnalysisContextResult {
  /** null when the numbers are undefined: no unique start step, or a loop without exit. */
  context: AnalysisContext | null;
  metrics: Metrics | null;
  /** Errors first, then warnings; messages in the input's language. */
  diagnostics: Diagnostic[];
  /**
   * Expected visits per step in document order. With an error: finite where defined,
   * Infinity for the steps of a loop without exit, NaN where undefined (no unique start,
   * or a loop too rarely left to solve and everything after it).
   */
  steps: StepFigures[];
  /** Per lane in document order; empty when `metrics` is null. */
  lanes: LaneFigures[];
  /** Effective probability per flow id (domain.md 2.2), also when `metrics` is null. */
  flowProbabilities: ReadonlyMap<string, number>;
  /** Expected visits per step id, as in `steps`. */
  visits: ReadonlyMap<string, number>;
  /** null when `metrics` is null. */
  criticalPath: CriticalPath | null;
  /** The parallel blocks the start reaches (empty without, or when `metrics` is null). */
  parallelBlocks: ParallelBlockFigures[];
}

/**
 * The weights the visits are solved with: the effective probabilities, except that a flow
 * into a join counts 1/k of a visit for a split of k branches (joinInflowShares).
 */
function visitWeightsOf(graph: StepGraph, probabilities: FlowProbabilities, structure: ParallelStructure): FlowProbabilities {
  const share = joinInflowShares(graph, structure);
  const probability = new Float64Array(probabilities.probability.length);
  for (let flow = 0; flow < probability.length; flow++) probability[flow] = (probabilities.probability[flow] as number) * (share[flow] as number);
  // Written out rather than spread: an object of one literal's shape every run (see keepLayout.ts).
  return { probability, usable: probabilities.usable, adjustments: probabilities.adjustments };
}

/** The critical path by ids: every reached step without blocks, else the elapsed-time marks. */
function criticalPathOf(input: AnalysisInput, graph: StepGraph, reachable: Uint8Array, elapsed: ElapsedTimes | null): CriticalPath {
  const { steps, flows } = input.state;
  const onPath = elapsed ? elapsed.onCriticalPath : reachable;
  const stepIds: string[] = [];
  for (let s = 0; s < steps.length; s++) if (onPath[s] === 1) stepIds.push((steps[s] as Step).id);
  const flowIds: string[] = [];
  for (let f = 0; f < flows.length; f++) {
    const from = graph.flowFrom[f] as number;
    if (from < 0) continue;
    const isCritical = elapsed ? elapsed.criticalFlow[f] === 1 : onPath[from] === 1;
    if (isCritical) flowIds.push((flows[f] as { id: string }).id);
  }
  return { stepIds, flowIds };
}

/** Per reached block: its split and join, and the elapsed time of the block and of each branch. */
function blockFiguresOf(
  input: AnalysisInput,
  graph: StepGraph,
  structure: ParallelStructure,
  elapsed: ElapsedTimes,
  visits: Float64Array,
): ParallelBlockFigures[] {
  const { steps, flows } = input.state;
  /** e(s) = v(s)·(waitTime(s) + processTime(s)). */
  const elapsedOf = (s: number): number => {
    const step = steps[s] as Step;
    return (visits[s] as number) * (step.waitTime + step.processTime);
  };
  const figures: ParallelBlockFigures[] = [];
  for (const split of structure.splitsInOrder) {
    const first = structure.firstContextOf[split] as number;
    const branchCount = (graph.outOffsets[split + 1] as number) - (graph.outOffsets[split] as number);
    const join = structure.partnerOf[split] as number;
    const branches: ParallelBlockFigures['branches'] = [];
    for (let branch = 0; branch < branchCount; branch++) {
      branches.push({
        firstFlowId: (flows[structure.contextFirstFlow[first + branch] as number] as { id: string }).id,
        elapsedMinutes: elapsed.contextElapsedMinutes[first + branch] as number,
        critical: branch === elapsed.criticalBranchOf[split],
      });
    }
    const longest = elapsed.contextElapsedMinutes[first + (elapsed.criticalBranchOf[split] as number)] as number;
    figures.push({
      splitId: (steps[split] as Step).id,
      joinId: (steps[join] as Step).id,
      elapsedMinutes: elapsedOf(split) + longest + elapsedOf(join),
      branches,
      onCriticalPath: elapsed.onCriticalPath[split] === 1,
    });
  }
  return figures;
}

/**
 * AnalysisContext.hourlyCostOf, called as a method of the context: one function for every
 * analysis rather than a closure made per run, because the detectors call it for every step
 * and V8 gives up on compiled code whose call target died at a major collection (see
 * keepLayout.ts); lint forbids calling a method unbound (unbound-method).
 */
function hourlyCostOfLaneId(this: AnalysisContext, laneId: string): number {
  return hourlyCostOfLane(this.lanesById.get(laneId), this.input.settings);
}

/**
 * Runs the exact analysis of one state: probabilities (domain.md 2.2), expected visits
 * (2.3), rolled %C&A and the metrics (3), with parallel blocks their visits, elapsed times
 * and critical path (7), and the diagnostics, and packs what the finding detectors read
 * into an `AnalysisContext`. Never throws on a broken state: flows naming unknown steps are
 * ignored and problems become diagnostics; a badly structured parallel block is an error
 * diagnostic that leaves the numbers undefined (like a loop without exit).
 * Time O(steps + flows) plus one exact solve per strongly connected component.
 */
export function buildAnalysisContext(input: AnalysisInput): AnalysisContextResult {
  const { steps, flows, lanes } = input.state;
  const graph = buildStepGraph(steps, flows);
  const startIndices: number[] = [];
  let endCount = 0;
  for (let s = 0; s < steps.length; s++) {
    const type = (steps[s] as Step).type;
    if (type === 'start') startIndices.push(s);
    else if (type === 'end') endCount++;
  }
  const startIndex = startIndices.length === 1 ? (startIndices[0] as number) : -1;
  const reachable = startIndex >= 0 ? findReachableSteps(graph, startIndex) : null;
  const structure = analyseParallelStructure(steps, flows, graph, startIndex, reachable ?? undefined);
  const probabilities = computeFlowProbabilities(steps, flows, graph, structure.hasParallelSteps ? structure.role : null);
  const blocksValid = structure.problems.length === 0;
  const hasBlocks = structure.hasBlocks && blocksValid;
  // One id → index Map per kind of record; the figures are views over typed arrays.
  const flowIndexById = firstIndexById(flows);
  const flowProbabilities = new IndexedMap(flowIndexById, probabilities.probability);

  const visits =
    startIndex >= 0 && blocksValid
      ? computeExpectedVisits(graph, hasBlocks ? visitWeightsOf(graph, probabilities, structure) : probabilities, startIndex)
      : null;
  const hasVisits = visits !== null && visits.loopsWithoutExit.length === 0 && visits.unsolvableLoops.length === 0;
  const rolled =
    visits && hasVisits
      ? hasBlocks
        ? computeRolledWithBlocks(steps, flows, graph, probabilities, structure, startIndex)
        : computeRolledCompleteAccurate(steps, flows, graph, probabilities, visits.components, startIndex)
      : null;
  const visitCounts = visits?.visits ?? new Float64Array(steps.length).fill(NaN);
  const diagnostics = buildDiagnostics({
    steps,
    flows,
    graph,
    language: input.language,
    startIndices,
    endCount,
    reachable,
    adjustments: probabilities.adjustments,
    loopsWithoutExit: visits?.loopsWithoutExit ?? [],
    unsolvableLoops: [...(visits?.unsolvableLoops ?? []), ...(rolled?.unsolvableLoops ?? [])],
    state: input.state,
    structure,
  });
  const visitsById = new IndexedMap(graph.stepIndexById, visitCounts);
  const stepFigures: StepFigures[] = [];
  for (let s = 0; s < steps.length; s++) stepFigures.push({ id: (steps[s] as Step).id, expectedVisits: visitCounts[s] as number });
  const result: AnalysisContextResult = {
    context: null,
    metrics: null,
    diagnostics,
    steps: stepFigures,
    lanes: [],
    flowProbabilities,
    visits: visitsById,
    criticalPath: null,
    parallelBlocks: [],
  };
  if (!visits || !rolled || !reachable || rolled.unsolvableLoops.length > 0) return result;

  const elapsed = hasBlocks ? computeElapsedTimes(steps, graph, structure, visitCounts) : null;
  const computed = computeMetrics({
    steps,
    lanes,
    settings: input.settings,
    graph,
    probability: probabilities.probability,
    visits: visitCounts,
    rolledCompleteAccurate: rolled.rolledCompleteAccurate,
    // Always present (undefined without blocks), so the input has one shape every run.
    elapsed: elapsed ?? undefined,
  });
  // First wins with repeated ids (an unvalidated state), as in the graph.
  const lanesById = new Map<string, Lane>();
  for (const lane of lanes) if (!lanesById.has(lane.id)) lanesById.set(lane.id, lane);
  let everyFlowTaken = true;
  for (let f = 0; f < flows.length && everyFlowTaken; f++) everyFlowTaken = graph.flowFrom[f] === -1 || probabilities.usable[f] === 1;
  const context: AnalysisContext = {
    input,
    graph,
    flowIndexById,
    visits: visitCounts,
    probability: probabilities.probability,
    components: visits.components,
    everyFlowTaken,
    lanesById,
    metrics: computed.metrics,
    lanes: computed.lanes,
    hourlyCostOf: hourlyCostOfLaneId,
    parallel: elapsed ? { structure, elapsed } : null,
  };
  return {
    context,
    metrics: computed.metrics,
    diagnostics,
    steps: stepFigures,
    lanes: computed.lanes,
    flowProbabilities,
    visits: visitsById,
    criticalPath: criticalPathOf(input, graph, reachable, elapsed),
    parallelBlocks: elapsed ? blockFiguresOf(input, graph, structure, elapsed, visitCounts) : [],
  };
}

