import type { ReadProblem } from '../formats/logReader';
import { formatTimestamp } from '../formats/timestamps';
import type { WorkingCalendar } from './calendar';
import type { FilteredLog } from './filters';
import { medianInPlace, type Measurement } from './measure';

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;
const DAYS_PER_YEAR = 365.25;
/** How many variants the statistics list. */
export const TOP_VARIANTS = 10;
/** How many unreadable records the statistics name (all are counted). */
const LISTED_UNREADABLE = 5;

/** Something left out of the map, and why (every entry is shown; nothing goes silently). */
export type DroppedEntry =
  | { reason: 'unreadable'; count: number; examples: ReadProblem[] }
  | { reason: 'ignoredLifecycle'; value: string; count: number }
  | { reason: 'unclosedStart'; count: number }
  | { reason: 'caseWithoutInstances'; count: number }
  | { reason: 'rareActivity'; activity: string; caseShare: number; count: number }
  | { reason: 'emptiedCase'; count: number }
  | { reason: 'rareVariant'; count: number; variants: number };

export interface VariantShare {
  activities: string[];
  cases: number;
  /** Of the kept cases, 0..1. */
  share: number;
}

/** The statistics shown before the map is made (domain.md section 11, point 7), of what is kept. */
export interface LogStatistics {
  cases: number;
  events: number;
  activities: number;
  variants: number;
  topVariants: VariantShare[];
  /** ISO 8601 on the timestamp's own wall clock; null for an empty log. */
  firstTimestamp: string | null;
  lastTimestamp: string | null;
  spanDays: number;
  meanCaseCalendarDays: number;
  medianCaseCalendarDays: number;
  meanCaseWorkingDays: number;
  medianCaseWorkingDays: number;
  /** The same in working minutes (the unit of the map). */
  meanCaseWorkingMinutes: number;
  medianCaseWorkingMinutes: number;
  calendar: WorkingCalendar;
  casesPerYear: number;
  hasStartTimes: boolean;
  /** Cases in which an activity starts before the one before it ended (lead time then differs). */
  overlappingCases: number;
  /** The column or attribute the lanes come from; null: one lane "Unknown". */
  laneColumn: string | null;
  dropped: DroppedEntry[];
}

function median(values: Float64Array): number {
  return medianInPlace(Float64Array.from(values));
}

function mean(values: Float64Array): number {
  let sum = 0;
  // An indexed loop: for…of runs the iterator protocol per value until V8 has optimised it.
  for (let index = 0; index < values.length; index += 1) sum += values[index] as number;
  return values.length === 0 ? 0 : sum / values.length;
}

/**
 * Demand (domain.md section 11, point 5): cases · 365.25 / span in days, rounded, when the
 * log spans at least a day; else the number of cases.
 */
export function casesPerYearOf(cases: number, spanDays: number): number {
  return spanDays >= 1 ? Math.round((cases * DAYS_PER_YEAR) / spanDays) : cases;
}

/** What was dropped and why, in the order the steps of discovery drop things. */
function droppedEntries(filtered: FilteredLog): DroppedEntry[] {
  const { log } = filtered;
  const dropped: DroppedEntry[] = [];
  if (log.problemCount > 0) dropped.push({ reason: 'unreadable', count: log.problemCount, examples: log.problems.slice(0, LISTED_UNREADABLE) });
  for (const [value, count] of Object.entries(log.ignoredLifecycles).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    dropped.push({ reason: 'ignoredLifecycle', value, count });
  }
  if (log.unclosedStarts > 0) dropped.push({ reason: 'unclosedStart', count: log.unclosedStarts });
  if (log.casesWithoutInstances > 0) dropped.push({ reason: 'caseWithoutInstances', count: log.casesWithoutInstances });
  for (const item of filtered.droppedActivities) {
    dropped.push({ reason: 'rareActivity', activity: log.activityNames[item.activity] ?? '', caseShare: item.caseShare, count: item.instances });
  }
  if (filtered.casesEmptied > 0) dropped.push({ reason: 'emptiedCase', count: filtered.casesEmptied });
  if (filtered.casesOfRareVariants > 0) dropped.push({ reason: 'rareVariant', count: filtered.casesOfRareVariants, variants: filtered.variantsDropped });
  return dropped;
}

/** The statistics of a filtered log from its measurement, under `calendar`. */
export function computeStatistics(filtered: FilteredLog, measurement: Measurement, calendar: WorkingCalendar): LogStatistics {
  const { log } = filtered;
  const empty = measurement.cases === 0;
  const spanDays = empty ? 0 : (measurement.lastMs - measurement.firstMs) / MS_PER_DAY;
  const workingDayMs = calendar.hoursPerDay * 60 * MS_PER_MINUTE;
  const meanWorkingMs = mean(measurement.caseWorkingMs);
  const medianWorkingMs = median(measurement.caseWorkingMs);
  return {
    cases: measurement.cases,
    events: measurement.events,
    activities: measurement.activities.length,
    variants: filtered.variants.length,
    topVariants: filtered.variants.slice(0, TOP_VARIANTS).map((variant) => ({
      activities: variant.activities.map((activity) => log.activityNames[activity] ?? ''),
      cases: variant.cases,
      share: measurement.cases === 0 ? 0 : variant.cases / measurement.cases,
    })),
    firstTimestamp: empty ? null : formatTimestamp(measurement.firstMs, measurement.firstOffset),
    lastTimestamp: empty ? null : formatTimestamp(measurement.lastMs, measurement.lastOffset),
    spanDays,
    meanCaseCalendarDays: mean(measurement.caseCalendarMs) / MS_PER_DAY,
    medianCaseCalendarDays: median(measurement.caseCalendarMs) / MS_PER_DAY,
    meanCaseWorkingDays: meanWorkingMs / workingDayMs,
    medianCaseWorkingDays: medianWorkingMs / workingDayMs,
    meanCaseWorkingMinutes: meanWorkingMs / MS_PER_MINUTE,
    medianCaseWorkingMinutes: medianWorkingMs / MS_PER_MINUTE,
    calendar: { ...calendar },
    casesPerYear: casesPerYearOf(measurement.cases, spanDays),
    hasStartTimes: log.hasStartTimes,
    overlappingCases: measurement.overlappingCases,
    laneColumn: log.laneColumn,
    dropped: droppedEntries(filtered),
  };
}
