import type { Metrics } from '../analysis/types';
import { compareStates } from '../improve/comparison';
import type { FollowUp, MeasuredLog, ProcessMap } from '../model/types';

/** The figures the follow-up compares (domain.md section 11, point 8). */
export const FOLLOW_UP_FIGURES = ['leadTime', 'processTime', 'handoffs', 'volume'] as const;
export type FollowUpFigureKey = (typeof FOLLOW_UP_FIGURES)[number];

/**
 * One figure: what the future state expects, what the first log measured ("before", from
 * the discovered map's source), and what the second log measured. Lead and process time in
 * working minutes per case, handoffs per case, volume in cases per year.
 */
export interface FollowUpFigure {
  key: FollowUpFigureKey;
  expected: number | null;
  before: number | null;
  measured: number;
}

export interface FollowUpComparison {
  /** Cases of the second log the measurement is over, and of the first log (when known). */
  cases: number;
  beforeCases: number | null;
  from: string;
  to: string;
  figures: FollowUpFigure[];
}

function figureOf(measured: MeasuredLog, key: FollowUpFigureKey): number {
  if (key === 'leadTime') return measured.leadTimeMinutes;
  if (key === 'processTime') return measured.processTimeMinutes;
  if (key === 'handoffs') return measured.handoffsPerCase;
  return measured.casesPerYear;
}

/**
 * Expected vs measured: the map's future state (section 5: derived from the applied
 * actions, or the edited future) gives the expected lead time, process time and handoffs
 * per case, its settings the expected volume (pass `futureMetrics` when they are at hand); the first log (the map's `source.measured`)
 * the "before"; `after` the measured. Without metrics (an analysis error) expected is null.
 */
export function compareFollowUp(map: ProcessMap, after: MeasuredLog, futureMetrics?: Metrics | null): FollowUpComparison {
  const future = futureMetrics === undefined ? compareStates(map).future.metrics : futureMetrics;
  const before = map.source?.measured ?? null;
  const expectedOf = (key: FollowUpFigureKey): number | null => {
    if (key === 'volume') return map.settings.casesPerYear;
    if (!future) return null;
    if (key === 'leadTime') return future.leadTimeMinutes;
    if (key === 'processTime') return future.processTimeMinutes;
    return future.handoffsPerCase;
  };
  return {
    cases: after.cases,
    beforeCases: before?.cases ?? null,
    from: after.from,
    to: after.to,
    figures: FOLLOW_UP_FIGURES.map((key) => ({ key, expected: expectedOf(key), before: before ? figureOf(before, key) : null, measured: figureOf(after, key) })),
  };
}

/** The record a map keeps of a measured follow-up (`map.followUp`), for the plan. */
export function createFollowUp(file: string, measuredAt: string, measured: MeasuredLog): FollowUp {
  return { file, measuredAt, measured };
}
