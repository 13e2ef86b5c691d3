import type { DiscoveryResult } from '../discovery/discover';
import { describeDropped, describeNote } from '../discovery/messages';
import { formatNumber, formatPercent } from '../i18n/format';
import { getTranslator } from '../i18n/translator';
import type { Language } from '../model/vocabulary';
import { renderPairs } from './table';

/** How many activities of a variant are listed before "…". */
const VARIANT_ACTIVITIES_SHOWN = 8;

/** An ISO timestamp as people read it: "2015-01-05 09:00:07+00:00". */
function readableTimestamp(iso: string | null): string {
  return iso === null ? '–' : iso.replace('T', ' ');
}

/**
 * The statistics of a discovered log for the terminal (domain.md section 11, point 7):
 * counts, period, case durations in calendar and working days, the calendar, the demand,
 * the top variants with their share, what was left out and why, and notes.
 */
export function renderDiscoveryReport(result: DiscoveryResult, fileName: string, language: Language): string {
  const t = getTranslator(language);
  const { statistics } = result;
  const number = (value: number, digits = 0): string => formatNumber(value, language, digits);
  const duration = (calendarDays: number, workingDays: number): string =>
    t('discovery:statistics.durationValue', { calendarDays: number(calendarDays, 1), workingDays: number(workingDays, 1) });
  const lines: string[] = [t('discovery:statistics.heading', { file: fileName })];
  lines.push(
    ...renderPairs([
      [t('discovery:statistics.cases'), number(statistics.cases)],
      [t('discovery:statistics.events'), number(statistics.events)],
      [t('discovery:statistics.activities'), number(statistics.activities)],
      [t('discovery:statistics.variants'), number(statistics.variants)],
      [
        t('discovery:statistics.period'),
        t('discovery:statistics.periodValue', { from: readableTimestamp(statistics.firstTimestamp), to: readableTimestamp(statistics.lastTimestamp) }),
      ],
      [t('discovery:statistics.meanDuration'), duration(statistics.meanCaseCalendarDays, statistics.meanCaseWorkingDays)],
      [t('discovery:statistics.medianDuration'), duration(statistics.medianCaseCalendarDays, statistics.medianCaseWorkingDays)],
      [
        t('discovery:statistics.calendar'),
        t('discovery:statistics.calendarValue', { start: statistics.calendar.workdayStart, hours: number(statistics.calendar.hoursPerDay, 2) }),
      ],
      [t('discovery:statistics.casesPerYear'), number(statistics.casesPerYear)],
      [t('discovery:statistics.lanes'), statistics.laneColumn ?? t('discovery:statistics.lanesNone')],
    ]),
  );
  if (statistics.topVariants.length > 0) {
    lines.push('', t('discovery:statistics.topVariants'));
    for (const variant of statistics.topVariants) {
      const shown = variant.activities.slice(0, VARIANT_ACTIVITIES_SHOWN).join(' → ');
      const activities = variant.activities.length > VARIANT_ACTIVITIES_SHOWN ? `${shown} → …` : shown;
      lines.push(`  ${t('discovery:statistics.variantRow', { share: formatPercent(variant.share, language, 1), cases: number(variant.cases), activities })}`);
    }
  }
  if (statistics.dropped.length === 0) lines.push('', t('discovery:statistics.droppedNone'));
  else {
    lines.push('', t('discovery:statistics.dropped'));
    for (const entry of statistics.dropped) lines.push(`  - ${describeDropped(entry, language)}`);
  }
  if (result.notes.length > 0) {
    lines.push('', t('discovery:statistics.notes'));
    for (const note of result.notes) lines.push(`  - ${describeNote(note, language)}`);
  }
  return `${lines.join('\n')}\n\n`;
}
