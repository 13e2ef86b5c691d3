import type { Flow, Lane, Step } from '../model/types';
import type { AnalysisContext } from './context';
import { buildDiagnostics } from './diagnostics';
import { buildStepGraph, findReachableSteps, type StepGraph } from './graph';
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
  const flowProbabilities = new Map<string, number>();
  flows.forEach((flow, f) => flowProbabilities.set(flow.id, probabilities.probability[f] as number));

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
  const visitsById = new Map<string, number>();
  const stepFigures: StepFigures[] = steps.map((step, s) => {
    const expectedVisits = visitCounts[s] as number;
    visitsById.set(step.id, expectedVisits);
    return { id: step.id, expectedVisits };
  });
  const result: AnalysisContextResult = {
    context: null,
    metrics: null,
    diagnostics,
    steps: stepFigures,
    lanes: [],
    flowProbabilities,
    visits: visitsById,
  };
  if (!rolled || rolled.unsolvableLoops.length > 0) return result;

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
  const stepsById = new Map<string, Step>();
  for (const step of steps) if (!stepsById.has(step.id)) stepsById.set(step.id, step);
  const lanesById = new Map<string, Lane>();
  for (const lane of lanes) if (!lanesById.has(lane.id)) lanesById.set(lane.id, lane);
  const { outgoing, incoming } = listFlowsPerStep(steps, flows, graph);
  const context: AnalysisContext = {
    input,
    stepsById,
    lanesById,
    outgoing,
    incoming,
    probability: flowProbabilities,
    visits: visitsById,
    metrics: computed.metrics,
    lanes: computed.lanes,
    hourlyCostOf: (laneId) => hourlyCostOfLane(lanesById.get(laneId), input.settings),
  };
  return { ...result, context, metrics: computed.metrics, lanes: computed.lanes };
}

/** Outgoing and incoming flows per step id, in document order, from the CSR rows. */
function listFlowsPerStep(
  steps: readonly Step[],
  flows: readonly Flow[],
  graph: StepGraph,
): { outgoing: Map<string, readonly Flow[]>; incoming: Map<string, readonly Flow[]> } {
  const outgoing = new Map<string, readonly Flow[]>();
  const incoming = new Map<string, readonly Flow[]>();
  const slice = (offsets: Int32Array, flowIndices: Int32Array, s: number): Flow[] => {
    const first = offsets[s] as number;
    const end = offsets[s + 1] as number;
    const list = new Array<Flow>(end - first);
    for (let e = first; e < end; e++) list[e - first] = flows[flowIndices[e] as number] as Flow;
    return list;
  };
  for (let s = 0; s < steps.length; s++) {
    const id = (steps[s] as Step).id;
    if (outgoing.has(id)) continue;
    outgoing.set(id, slice(graph.outOffsets, graph.outFlows, s));
    incoming.set(id, slice(graph.inOffsets, graph.inFlows, s));
  }
  return { outgoing, incoming };
}
