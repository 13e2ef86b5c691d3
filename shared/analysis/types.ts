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
  /**
   * Σ v·processTime over the critical path (domain.md section 7); equal to
   * processTimeMinutes on a map without parallel steps.
   */
  criticalPathProcessTimeMinutes: number;
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
  | 'no-end'
  /** Error: a badly structured parallel block (domain.md section 7); the message names the split and the flow. */
  | 'parallel-block'
  /** Warning: probabilities given on the flows of a parallel split are ignored (all flows are taken). */
  | 'parallel-probabilities-ignored'
  /** Warning: a parallel step with at most one flow in and one out does nothing parallel. */
  | 'parallel-pass-through'
  /** Warning: a flow into an end step is marked rework; it ends the case and sends nothing back. */
  | 'rework-into-end';

export interface Diagnostic {
  level: 'error' | 'warning';
  code: DiagnosticCode;
  message: string;
  stepIds: string[];
  flowIds: string[];
}

/** The critical path (domain.md section 7): what the lead time is made of. */
export interface CriticalPath {
  /**
   * In document order: every step the start reaches outside parallel blocks and, per block
   * on the path, its split, its join and its longest branch (ties: the branch whose first
   * flow comes first in `flows`). Without parallel blocks: every step the start reaches.
   */
  stepIds: string[];
  /** Flows between two of those steps; out of a split only the flow into its critical branch. */
  flowIds: string[];
}

/** One parallel block and how long its branches take (elapsed minutes per case, domain.md section 7). */
export interface ParallelBlockFigures {
  splitId: string;
  joinId: string;
  /** E(B) = e(σ) + max over branches E(branch) + e(ω). */
  elapsedMinutes: number;
  /** In the order of the split's flows. */
  branches: { firstFlowId: string; elapsedMinutes: number; critical: boolean }[];
  /** Whether the block itself lies on the critical path (a block nested in a shorter branch does not). */
  onCriticalPath: boolean;
}

export interface Analysis {
  /** null when an error diagnostic (a loop without exit, a badly structured parallel block) makes the numbers undefined. */
  metrics: Metrics | null;
  steps: StepFigures[];
  lanes: LaneFigures[];
  findings: Finding[];
  diagnostics: Diagnostic[];
  /** Effective probability of every flow after section 2.2's rules (1 on every flow of a parallel split). */
  flowProbabilities: Record<string, number>;
  /** null when `metrics` is null. */
  criticalPath: CriticalPath | null;
  /** The parallel blocks the start reaches, outer blocks before the blocks nested in them; empty without. */
  parallelBlocks: ParallelBlockFigures[];
}
