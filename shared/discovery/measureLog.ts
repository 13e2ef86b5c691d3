import type { MeasuredLog } from '../model/types';
import { measuredFigures } from './buildMap';
import type { WorkingCalendar } from './calendar';
import { computeLogStatistics } from './discover';
import { NO_FILTERS, type DiscoveryFilters } from './filters';
import type { CaseLog } from './instances';

/**
 * Measures a log (usually the second one, after the changes) the way discovery measures the
 * first: mean working duration of the cases, work and wait per case, handoffs per case
 * (consecutive activities in different lanes, lanes by majority), cases per year.
 */
export function measureLog(log: CaseLog, calendar: WorkingCalendar, filters: DiscoveryFilters = NO_FILTERS): MeasuredLog {
  const { statistics, measurement } = computeLogStatistics(log, filters, calendar);
  return measuredFigures(measurement, statistics);
}

