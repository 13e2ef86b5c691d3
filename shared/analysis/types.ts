import type { FindingCategory, Language } from '../model/vocabulary';
import type { MapSettings, MapState } from '../model/types';

/** What the analysis reads: the graph of one state plus the map's settings and language. */
export interface AnalysisInput {
  state: MapState;
  settings: MapSettings;
  language: Language;
}

/** Section 3 of domain.md; all per case unless the name says otherwise. */
export interface Metrics {
  processTimeMinutes: number;
  waitTimeMinutes: number;
  leadTimeMinutes: number;
  activityRatio: number;
  processCycleEfficiency: number;
  handoffsPerCase: number;
  rolledCompleteAccurate: number;
  annualEffortHours: number;
  annualCost: number;
  valueAddingShare: number;
}

export interface StepFigures {
  id: string;
  expectedVisits: number;
}

export interface LaneFigures {
  id: string;
  /** casesPerYear · Σ_{s in lane} v(s)·processTime(s) / 60 */
  annualEffortHours: number;
  annualCost: number;
  /** lane.hourlyCost ?? settings.defaultHourlyCost */
  hourlyCost: number;
}

export type Severity = 'high' | 'medium' | 'low';

export interface Finding {
  /** Stable for the same map: derived from category, rule and the ids involved. */
  id: string;
  category: FindingCategory;
  /** Which detection rule produced it, e.g. 'waiting/long-wait', 'handoff/ping-pong'. */
  rule: string;
  severity: Severity;
  /**
   * In the map's language. Title and explanation are built when one of them is first read
   * (findings/lazyTexts.ts), which the analysis of a large map needs; to every reader they
   * are enumerable string properties (JSON, structuredClone, spread, assignment work as usual).
   */
  title: string;
  explanation: string;
  stepIds: string[];
  flowIds: string[];
  impactMinutesPerCase: number;
  impactHoursPerYear: number;
  /** What impactHoursPerYear counts: paid work, or the delay cases suffer. */
  impactKind: 'person-hours' | 'case-hours';
  impactCost: number;
}

export type DiagnosticCode =
  | 'dead-end'
  | 'unreachable'
  | 'loop-without-exit'
  | 'probabilities-scaled'
  | 'no-start'
  | 'no-end';

export interface Diagnostic {
  level: 'error' | 'warning';
  code: DiagnosticCode;
  message: string;
  stepIds: string[];
  flowIds: string[];
}

export interface Analysis {
  /** null when an error diagnostic (a loop without exit) makes the numbers undefined. */
  metrics: Metrics | null;
  steps: StepFigures[];
  lanes: LaneFigures[];
  findings: Finding[];
  diagnostics: Diagnostic[];
  /** Effective probability of every flow after section 2.2's rules. */
  flowProbabilities: Record<string, number>;
}
