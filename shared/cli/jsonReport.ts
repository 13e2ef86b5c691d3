import { METRIC_KEYS } from '../analysis/metrics';
import type { SimulationFigures, SimulationResult } from '../analysis/simulate';
import type { Analysis, Diagnostic, Finding, Metrics, StepFigures } from '../analysis/types';

/** The `--json` output, exactly as domain.md section 6 lists it. */
export interface JsonReport {
  /** null when an analysis error (a loop without exit) leaves the metrics undefined. */
  metrics: Metrics | null;
  steps: StepFigures[];
  lanes: { id: string; annualEffortHours: number; annualCost: number }[];
  findings: Finding[];
  diagnostics: Pick<Diagnostic, 'level' | 'message' | 'stepIds'>[];
  /** With --simulate (domain.md section 8); null when the map could not be simulated (an analysis error). */
  simulation?: JsonSimulation | null;
}

/** The `simulation` object of domain.md section 8, in working minutes. */
export type JsonSimulation = Pick<
  SimulationFigures,
  'cases' | 'seed' | 'unfinished' | 'meanMinutes' | 'p50Minutes' | 'p85Minutes' | 'p95Minutes' | 'minMinutes' | 'maxMinutes' | 'withinTargetShare'
>;

/** The documented keys of a simulation, one by one (like the metrics). */
export function toJsonSimulation(simulation: SimulationResult): JsonSimulation | null {
  if (!simulation.ok) return null;
  return {
    cases: simulation.cases,
    seed: simulation.seed,
    unfinished: simulation.unfinished,
    meanMinutes: simulation.meanMinutes,
    p50Minutes: simulation.p50Minutes,
    p85Minutes: simulation.p85Minutes,
    p95Minutes: simulation.p95Minutes,
    minMinutes: simulation.minMinutes,
    maxMinutes: simulation.maxMinutes,
    withinTargetShare: simulation.withinTargetShare,
  };
}

function pickMetrics(metrics: Metrics): Metrics {
  return Object.fromEntries(METRIC_KEYS.map((key) => [key, metrics[key]])) as unknown as Metrics;
}

/**
 * Picks the documented keys out of an Analysis, one by one, so that fields the analysis
 * adds later (flowProbabilities, a lane's hourlyCost, a diagnostic's code) do not leak
 * into a format that scripts depend on.
 */
export function toJsonReport(analysis: Analysis, simulation?: SimulationResult): JsonReport {
  const report: JsonReport = {
    metrics: analysis.metrics && pickMetrics(analysis.metrics),
    steps: analysis.steps.map(({ id, expectedVisits }) => ({ id, expectedVisits })),
    lanes: analysis.lanes.map(({ id, annualEffortHours, annualCost }) => ({ id, annualEffortHours, annualCost })),
    findings: analysis.findings,
    diagnostics: analysis.diagnostics.map(({ level, message, stepIds }) => ({ level, message, stepIds })),
  };
  if (simulation) report.simulation = toJsonSimulation(simulation);
  return report;
}
