import { METRIC_KEYS } from '../analysis/metrics';
import type { Analysis, Diagnostic, Finding, Metrics, StepFigures } from '../analysis/types';

/** The `--json` output, exactly as domain.md section 6 lists it. */
export interface JsonReport {
  /** null when an analysis error (a loop without exit) leaves the metrics undefined. */
  metrics: Metrics | null;
  steps: StepFigures[];
  lanes: { id: string; annualEffortHours: number; annualCost: number }[];
  findings: Finding[];
  diagnostics: Pick<Diagnostic, 'level' | 'message' | 'stepIds'>[];
}

function pickMetrics(metrics: Metrics): Metrics {
  return Object.fromEntries(METRIC_KEYS.map((key) => [key, metrics[key]])) as unknown as Metrics;
}

/**
 * Picks the documented keys out of an Analysis, one by one, so that fields the analysis
 * adds later (flowProbabilities, a lane's hourlyCost, a diagnostic's code) do not leak
 * into a format that scripts depend on.
 */
export function toJsonReport(analysis: Analysis): JsonReport {
  return {
    metrics: analysis.metrics && pickMetrics(analysis.metrics),
    steps: analysis.steps.map(({ id, expectedVisits }) => ({ id, expectedVisits })),
    lanes: analysis.lanes.map(({ id, annualEffortHours, annualCost }) => ({ id, annualEffortHours, annualCost })),
    findings: analysis.findings,
    diagnostics: analysis.diagnostics.map(({ level, message, stepIds }) => ({ level, message, stepIds })),
  };
}
