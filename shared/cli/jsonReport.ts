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

/** Indents of a finding's keys and of the items of its lists: the finding is an item of the report's `findings`. */
const KEY_INDENT = '\n      ';
const ITEM_INDENT = '\n        ';

/** A value of a finding as JSON.stringify(…, null, 2) writes it at the depth of the finding's keys. */
function findingValueJson(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null) return JSON.stringify(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return value.length === 0 ? '[]' : `[${ITEM_INDENT}${value.map((item: string) => JSON.stringify(item)).join(`,${ITEM_INDENT}`)}\n      ]`;
  }
  return indented(value, 3);
}

/**
 * A finding as JSON.stringify(report, null, 2) writes it among the findings, the same keys
 * in the same order, with its texts built for this write only (see `peekTexts`). Written by
 * hand for its strings, numbers and lists of ids: one JSON.stringify with indenting per
 * finding, re-indented, took longer than building the texts.
 */
function findingJson(finding: Finding): string {
  const texts = peekTexts(finding);
  let json = '{';
  let first = true;
  for (const key of Object.keys(finding) as (keyof Finding)[]) {
    const value = key === 'title' ? texts.title : key === 'explanation' ? texts.explanation : finding[key];
    if (value === undefined || typeof value === 'function') continue;
    json += `${first ? '' : ','}${KEY_INDENT}${JSON.stringify(key)}: ${findingValueJson(value)}`;
    first = false;
  }
  return first ? '{}' : `${json}\n    }`;
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
        const parts: string[] = [];
        for (let i = start; i < Math.min(findings.length, start + FINDINGS_PER_CHUNK); i++) parts.push(`    ${findingJson(findings[i] as Finding)}`);
        write(`${start === 0 ? '[\n' : ',\n'}${parts.join(',\n')}`);
      }
      write('\n  ]');
    } else write(indented(value, 1));
    if (index < entries.length - 1) write(',');
  });
  write(entries.length > 0 ? '\n}\n' : '}\n');
}
