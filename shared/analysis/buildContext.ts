import type { Lane, Step } from '../model/types';
import type { AnalysisContext } from './context';
import { buildDiagnostics } from './diagnostics';
import { buildStepGraph, findReachableSteps } from './graph';
import { IndexedMap } from './indexedMap';
import { computeMetrics, hourlyCostOfLane } from './metrics';
import { computeFlowProbabilities } from './probabilities';
import { computeRolledCompleteAccurate } from './rolledCompleteAccurate';
import type { AnalysisInput, Diagnostic, LaneFigures, Metrics, StepFigures } from './types';
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
}

/**
 * Runs the exact analysis of one state: probabilities (domain.md 2.2), expected visits
 * (2.3), rolled %C&A and the metrics (3), and the diagnostics, and packs what the finding
 * detectors read into an `AnalysisContext`. Never throws on a broken state: flows naming
 * unknown steps are ignored and problems become diagnostics.
 * Time O(steps + flows) plus one exact solve per strongly connected component.
 */
export function buildAnalysisContext(input: AnalysisInput): AnalysisContextResult {
  const { steps, flows, lanes } = input.state;
  const graph = buildStepGraph(steps, flows);
  const probabilities = computeFlowProbabilities(steps, flows, graph);
  const startIndices: number[] = [];
  let endCount = 0;
  for (let s = 0; s < steps.length; s++) {
    const type = (steps[s] as Step).type;
    if (type === 'start') startIndices.push(s);
    else if (type === 'end') endCount++;
  }
  const startIndex = startIndices.length === 1 ? (startIndices[0] as number) : -1;
  // One id → index Map per kind of record; the figures are views over typed arrays.
  const flowIndexById = new Map<string, number>();
  flows.forEach((flow, f) => {
    if (!flowIndexById.has(flow.id)) flowIndexById.set(flow.id, f);
  });
  const flowProbabilities = new IndexedMap(flowIndexById, (f) => probabilities.probability[f] as number);

  const visits = startIndex >= 0 ? computeExpectedVisits(graph, probabilities, startIndex) : null;
  const hasVisits = visits !== null && visits.loopsWithoutExit.length === 0 && visits.unsolvableLoops.length === 0;
  const rolled =
    visits && hasVisits
      ? computeRolledCompleteAccurate(steps, flows, graph, probabilities, visits.components, startIndex)
      : null;
  const visitCounts = visits?.visits ?? new Float64Array(steps.length).fill(NaN);
  const diagnostics = buildDiagnostics({
    steps,
    flows,
    graph,
    language: input.language,
    startIndices,
    endCount,
    reachable: startIndex >= 0 ? findReachableSteps(graph, startIndex) : null,
    adjustments: probabilities.adjustments,
    loopsWithoutExit: visits?.loopsWithoutExit ?? [],
    unsolvableLoops: [...(visits?.unsolvableLoops ?? []), ...(rolled?.unsolvableLoops ?? [])],
  });
  const visitsById = new IndexedMap(graph.stepIndexById, (s) => visitCounts[s] as number);
  const stepFigures: StepFigures[] = steps.map((step, s) => ({ id: step.id, expectedVisits: visitCounts[s] as number }));
  const result: AnalysisContextResult = {
    context: null,
    metrics: null,
    diagnostics,
    steps: stepFigures,
    lanes: [],
    flowProbabilities,
    visits: visitsById,
  };
  if (!visits || !rolled || rolled.unsolvableLoops.length > 0) return result;

  const computed = computeMetrics({
    steps,
    lanes,
    settings: input.settings,
    graph,
    probability: probabilities.probability,
    visits: visitCounts,
    rolledCompleteAccurate: rolled.rolledCompleteAccurate,
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
    hourlyCostOf: (laneId) => hourlyCostOfLane(lanesById.get(laneId), input.settings),
  };
  return { ...result, context, metrics: computed.metrics, lanes: computed.lanes };
}

