import type { Language } from '../model/vocabulary';
import { buildDiscoveredMap, type DiscoveredMap } from './buildMap';
import type { WorkingCalendar } from './calendar';
import { applyFilters, type DiscoveryFilters, type FilteredLog } from './filters';
import type { CaseLog } from './instances';
import { measureFilteredLog, type Measurement } from './measure';
import { computeStatistics, type LogStatistics } from './statistics';

/** The statistics of a log under filters and a calendar, with what they were computed from. */
export interface StatisticsResult {
  statistics: LogStatistics;
  filtered: FilteredLog;
  measurement: Measurement;
}

/**
 * Statistics before the map (domain.md section 11, points 6–7): filters the cases, measures
 * what is kept and summarises it. Linear in the number of instances, so the dialog can call
 * it again for live counts whenever a filter or the calendar changes.
 */
export function computeLogStatistics(log: CaseLog, filters: DiscoveryFilters, calendar: WorkingCalendar): StatisticsResult {
  const filtered = applyFilters(log, filters);
  const measurement = measureFilteredLog(filtered, calendar);
  return { statistics: computeStatistics(filtered, measurement, calendar), filtered, measurement };
}

export interface DiscoverOptions {
  filters: DiscoveryFilters;
  calendar: WorkingCalendar;
  title: string;
  language: Language;
  /** ISO 8601, the map's createdAt and updatedAt. */
  now: string;
  file: string;
}

export interface DiscoveryResult extends DiscoveredMap {
  statistics: LogStatistics;
}

/** The whole of discovery after reading: statistics and the discovered current state. */
export function discoverMap(log: CaseLog, options: DiscoverOptions, computed?: StatisticsResult): DiscoveryResult {
  const { statistics, filtered, measurement } = computed ?? computeLogStatistics(log, options.filters, options.calendar);
  const discovered = buildDiscoveredMap(filtered, measurement, statistics, options);
  return { ...discovered, statistics };
}
