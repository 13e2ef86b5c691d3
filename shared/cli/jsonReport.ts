import { METRIC_KEYS } from '../analysis/metrics';
import type { SimulationFigures, SimulationResult } from '../analysis/simulate';
import { peekTexts } from '../analysis/findings/lazyTexts';
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

/** Findings written per call of `write`: large enough for few calls, small enough to stay a few MB. */
const FINDINGS_PER_CHUNK = 2_000;

/** `JSON.stringify(value, null, 2)` for a value nested `depth` levels deep in such a text. */
function indented(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/**
 * A finding as a plain object with the same keys in the same order, its texts built for
 * this copy only (see `peekTexts`), so JSON.stringify writes it as it writes the finding.
 */
function plainFinding(finding: Finding): Record<string, unknown> {
  const texts = peekTexts(finding);
  const plain: Record<string, unknown> = {};
  for (const key of Object.keys(finding) as (keyof Finding)[]) {
    plain[key] = key === 'title' ? texts.title : key === 'explanation' ? texts.explanation : finding[key];
  }
  return plain;
}

/**
 * Writes `JSON.stringify(report, null, 2)` followed by a newline, the same bytes, in parts:
 * the findings a few thousand at a time, each finding's texts built only while it is written.
 * A 100,000-step map has over 200,000 findings, and one string of the whole report plus every
 * finding's kept texts took 1.5 GB.
 */
export function writeJsonReport(report: JsonReport, write: (text: string) => void): void {
  const entries = Object.entries(report).filter(([, value]) => value !== undefined);
  write('{');
  entries.forEach(([key, value], index) => {
    write(`\n  ${JSON.stringify(key)}: `);
    if (key === 'findings' && Array.isArray(value) && value.length > 0) {
      const findings = value as Finding[];
      for (let start = 0; start < findings.length; start += FINDINGS_PER_CHUNK) {
        const chunk = findings.slice(start, start + FINDINGS_PER_CHUNK).map(plainFinding);
        // One native JSON.stringify per chunk, indented one level deeper: "[\n  {…},\n  {…}\n]"
        // becomes "[\n    {…},\n    {…}\n  ]", written without its brackets.
        const json = indented(chunk, 1);
        write(`${start === 0 ? '[\n' : ',\n'}${json.slice(2, json.length - 4)}`);
      }
      write('\n  ]');
    } else write(indented(value, 1));
    if (index < entries.length - 1) write(',');
  });
  write(entries.length > 0 ? '\n}\n' : '}\n');
}
