import type { MapSettings, MapState } from '../model/types';
import type { Language } from '../model/vocabulary';
import { buildAnalysisContext } from './buildContext';
import { blockCountOf, casesInBlock } from './blockSeeds';
import { RandomDraws } from './randomDraws';
import { compileWalk, FrameStack, MAX_VISITS_PER_CASE, walkCases, type SimulationWalk } from './simulationWalk';
import type { Diagnostic } from './types';

/** Defaults of domain.md section 8. */
export const DEFAULT_SIMULATED_CASES = 10_000;
export const DEFAULT_SIMULATION_SEED = 1;
export { MAX_VISITS_PER_CASE };
/** The most cases one simulation runs (a hundred times the default). */
export const MAX_SIMULATED_CASES = 1_000_000;

/** What the simulation reads: plain data, so it can run in a Web Worker as it is. */
export interface SimulationInput {
  state: MapState;
  settings: MapSettings;
  /** Language of the diagnostics when the map cannot be simulated (default 'en'). */
  language?: Language;
}

export interface SimulationOptions {
  /** Number of simulated cases (default 10,000; 1 … 1,000,000). */
  cases?: number;
  /** Seed of the random draws (default 1); taken as an unsigned 32-bit integer (blockSeeds.ts). */
  seed?: number;
  /** Called every `progressEveryCases` cases and at the end with the cases done so far. */
  onProgress?: (casesDone: number, casesTotal: number) => void;
  /** Asked every `progressEveryCases` cases; true stops the simulation (result: cancelled). */
  shouldCancel?: () => boolean;
  /** Default 500. */
  progressEveryCases?: number;
}

/** Lead times in working days: bin i holds the cases with i·width ≤ days < (i + 1)·width. */
export interface LeadTimeHistogram {
  binWidthDays: number;
  counts: number[];
  /** Whether the last bin also holds the cases beyond the scale (a long tail cut off for a readable picture). */
  lastBinIncludesLonger: boolean;
}

export interface SimulationFigures {
  ok: true;
  cases: number;
  seed: number;
  /** Cases stopped after MAX_VISITS_PER_CASE visits (not in the figures below, never dropped silently). */
  unfinished: number;
  /** All in working minutes, over the finished cases; null when none finished. */
  meanMinutes: number | null;
  /** Sample standard deviation of the finished cases' lead times (N − 1); null below two cases. */
  standardDeviationMinutes: number | null;
  /** Nearest rank: P_q = the ⌈q·N⌉-th smallest lead time of the N finished cases. */
  p50Minutes: number | null;
  p85Minutes: number | null;
  p95Minutes: number | null;
  minMinutes: number | null;
  maxMinutes: number | null;
  /** Share of all simulated cases that finished within settings.leadTimeTargetMinutes; null without a target. */
  withinTargetShare: number | null;
  /** The exact lead time of the analysis (domain.md sections 3 and 7), beside the simulated mean. */
  exactLeadTimeMinutes: number;
  /**
   * Whether the map has parallel blocks: then the simulated mean converges to the expected
   * elapsed time, which is at least the exact LT (the critical path uses branch means).
   */
  hasParallelBlocks: boolean;
  histogram: LeadTimeHistogram;
  /** Working minutes per working day (60 · hoursPerDay) the histogram was made with. */
  minutesPerWorkingDay: number;
  /** The finished cases' lead times, smallest first: for a histogram on another scale (`buildLeadTimeHistogram`). */
  sortedLeadTimesMinutes: Float64Array;
}

export type SimulationResult =
  | SimulationFigures
  | { ok: false; reason: 'cancelled' }
  /** The exact analysis has an error (no start, a loop without exit, a broken block): nothing to simulate. */
  | { ok: false; reason: 'analysis-error'; diagnostics: Diagnostic[] };

/** Nice bin widths in working days; the smallest that gives at most MAX_BINS bins is used. */
const BIN_WIDTHS_DAYS = [0.25, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];
const MAX_BINS = 30;

/** The map compiled for the simulation, with what the summary needs beside the lead times. */
export type PreparedSimulation =
  | { ok: true; walk: SimulationWalk; exactLeadTimeMinutes: number; hasParallelBlocks: boolean }
  | Extract<SimulationResult, { reason: 'analysis-error' }>;

/** The exact analysis of `input` and its map compiled into a walk: O(steps + flows), once per simulation (on any thread: plain data out). */
export function prepareSimulation(input: SimulationInput): PreparedSimulation {
  const analysis = buildAnalysisContext({ state: input.state, settings: input.settings, language: input.language ?? 'en' });
  const context = analysis.context;
  if (!context) return { ok: false, reason: 'analysis-error', diagnostics: analysis.diagnostics.filter((diagnostic) => diagnostic.level === 'error') };
  const steps = context.input.state.steps;
  const startIndex = steps.findIndex((step) => step.type === 'start');
  const walk = compileWalk(steps, context.graph, context.probability, context.parallel?.structure ?? null, startIndex);
  return { ok: true, walk, exactLeadTimeMinutes: context.metrics.leadTimeMinutes, hasParallelBlocks: context.parallel !== null };
}

/** `options.cases` within 1 … MAX_SIMULATED_CASES (default 10,000). */
export function simulatedCaseCount(cases: number | undefined): number {
  return Math.min(MAX_SIMULATED_CASES, Math.max(1, Math.floor(cases ?? DEFAULT_SIMULATED_CASES)));
}

/**
 * The lead-time distribution of domain.md section 8, by simulating `options.cases` cases:
 * a case walks the map from the start; at an exclusive step it takes one flow by the
 * effective probabilities (2.2); at a parallel split it runs every branch (in the order of
 * the split's flows) and goes on at the join when the last branch has arrived; each visit
 * adds a wait and a process time drawn from a gamma distribution with the step's mean and
 * coefficient of variation (shape 1/c², scale mean·c²; c = 0: the mean exactly). A case's
 * lead time is the elapsed time when it reaches an end (or a dead end, which counts as one).
 * Deterministic: the same map, count and seed give the same figures on every run and
 * platform. The cases run in blocks with a generator each (blockSeeds.ts), here one block
 * after the other on this thread; simulateInThreads.ts runs the same blocks on several
 * threads and gives exactly these figures. Pure (plain data in and out) apart from the
 * optional callbacks. Time O(steps + flows) to prepare plus O(visits) per case.
 */
export function simulateLeadTimes(input: SimulationInput, options: SimulationOptions = {}): SimulationResult {
  const caseCount = simulatedCaseCount(options.cases);
  const seed = options.seed ?? DEFAULT_SIMULATION_SEED;
  const progressEvery = Math.max(1, Math.floor(options.progressEveryCases ?? 500));
  const prepared = prepareSimulation(input);
  if (!prepared.ok) return prepared;
  const frames = new FrameStack();
  const leadTimes = new Float64Array(caseCount);
  let finished = 0;
  let done = 0;
  for (let block = 0, blockCount = blockCountOf(caseCount); block < blockCount; block++) {
    const draws = RandomDraws.forBlock(seed, block);
    const blockEnd = done + casesInBlock(caseCount, block);
    // In rounds that end at every multiple of progressEvery, with a word to the caller there.
    while (done < blockEnd) {
      const round = Math.min(progressEvery - (done % progressEvery), blockEnd - done);
      finished = walkCases(prepared.walk, draws, frames, round, leadTimes, finished);
      done += round;
      if (done % progressEvery !== 0 && done < caseCount) continue;
      options.onProgress?.(done, caseCount);
      if (done < caseCount && options.shouldCancel?.() === true) return { ok: false, reason: 'cancelled' };
    }
  }
  return summariseSimulation(leadTimes.subarray(0, finished), caseCount, seed, prepared, input.settings);
}

/** Percent q of domain.md's nearest rank: the ⌈q·N/100⌉-th smallest of `sorted` (no rounding); null when empty. */
export function nearestRank(sorted: Float64Array, percent: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((percent * sorted.length) / 100));
  return sorted[rank - 1] as number;
}

/**
 * The figures of a simulation from the lead times of its finished cases (in block order) out
 * of `cases` simulated: mean, standard deviation, nearest-rank percentiles, the histogram.
 */
export function summariseSimulation(
  leadTimes: Float64Array,
  cases: number,
  seed: number,
  prepared: { exactLeadTimeMinutes: number; hasParallelBlocks: boolean },
  settings: MapSettings,
): SimulationFigures {
  const { exactLeadTimeMinutes, hasParallelBlocks } = prepared;
  const finished = leadTimes.length;
  const unfinished = cases - finished;
  let sum = 0;
  for (let i = 0; i < finished; i++) sum += leadTimes[i] as number;
  const mean = finished > 0 ? sum / finished : 0;
  let squares = 0;
  for (let i = 0; i < finished; i++) squares += ((leadTimes[i] as number) - mean) ** 2;
  const target = settings.leadTimeTargetMinutes;
  let within = 0;
  if (target !== undefined) for (let i = 0; i < finished; i++) if ((leadTimes[i] as number) <= target) within++;
  const sorted = leadTimes.slice().sort();
  const minutesPerWorkingDay = 60 * settings.hoursPerDay;
  return {
    ok: true,
    cases,
    seed,
    unfinished,
    meanMinutes: finished > 0 ? mean : null,
    standardDeviationMinutes: finished > 1 ? Math.sqrt(squares / (finished - 1)) : null,
    p50Minutes: nearestRank(sorted, 50),
    p85Minutes: nearestRank(sorted, 85),
    p95Minutes: nearestRank(sorted, 95),
    minMinutes: finished > 0 ? (sorted[0] as number) : null,
    maxMinutes: finished > 0 ? (sorted[finished - 1] as number) : null,
    withinTargetShare: target === undefined ? null : within / cases,
    exactLeadTimeMinutes,
    hasParallelBlocks,
    histogram: buildLeadTimeHistogram(sorted, minutesPerWorkingDay),
    minutesPerWorkingDay,
    sortedLeadTimesMinutes: sorted,
  };
}

/**
 * Counts of lead times (working minutes, sorted) per bin of working days, with the smallest
 * nice width (¼, ½, 1, 2, 5, 10… days) that needs at most 30 bins up to `scaleDays`
 * (default: the largest lead time). Longer lead times are counted in the last bin. Two
 * distributions drawn on one scale pass the same `scaleDays` to both.
 */
export function buildLeadTimeHistogram(sorted: Float64Array, minutesPerWorkingDay: number, scaleDays?: number): LeadTimeHistogram {
  const largestDays = sorted.length > 0 ? (sorted[sorted.length - 1] as number) / minutesPerWorkingDay : 0;
  const scale = scaleDays ?? largestDays;
  const binWidthDays = BIN_WIDTHS_DAYS.find((width) => Math.floor(scale / width) + 1 <= MAX_BINS) ?? Math.ceil(scale / MAX_BINS);
  const counts = new Array<number>(Math.floor(scale / binWidthDays) + 1).fill(0);
  for (let i = 0; i < sorted.length; i++) {
    const bin = Math.min(counts.length - 1, Math.floor((sorted[i] as number) / minutesPerWorkingDay / binWidthDays));
    counts[bin] = (counts[bin] as number) + 1;
  }
  return { binWidthDays, counts, lastBinIncludesLonger: largestDays >= counts.length * binWidthDays };
}
