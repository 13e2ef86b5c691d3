import { useTranslation } from 'react-i18next';
import { describeDropped, describeNote, type DiscoveryNote, type LogStatistics } from '../../../shared/discovery';
import { formatNumber, formatPercent } from '../../../shared/i18n/format';
import type { Language } from '../../../shared/model/vocabulary';

/** Timestamps as the log wrote them, shortened to the minute for reading ("2024-03-01 09:30"). */
function shortTimestamp(iso: string | null): string {
  return iso === null ? '–' : iso.replace('T', ' ').slice(0, 16);
}

/**
 * The statistics before the map (domain.md section 11, point 7): cases, events, activities,
 * variants with their share, the period, mean and median case duration in calendar and
 * working days, and everything left out with its reason. All of what the filters keep.
 */
export function LogStatisticsView({ statistics, notes, language }: { statistics: LogStatistics; notes: readonly DiscoveryNote[]; language: Language }) {
  const { t } = useTranslation('importLog');
  const number = (value: number, digits = 0) => formatNumber(value, language, digits);
  const duration = (calendarDays: number, workingDays: number) =>
    t('statistics.durationValue', { calendarDays: number(calendarDays, 1), workingDays: number(workingDays, 1) });
  const rows: [string, string, string][] = [
    ['cases', t('discovery:statistics.cases'), number(statistics.cases)],
    ['events', t('discovery:statistics.events'), number(statistics.events)],
    ['activities', t('discovery:statistics.activities'), number(statistics.activities)],
    ['variants', t('discovery:statistics.variants'), number(statistics.variants)],
    ['period', t('discovery:statistics.period'), t('discovery:statistics.periodValue', { from: shortTimestamp(statistics.firstTimestamp), to: shortTimestamp(statistics.lastTimestamp) })],
    ['mean', t('discovery:statistics.meanDuration'), duration(statistics.meanCaseCalendarDays, statistics.meanCaseWorkingDays)],
    ['median', t('discovery:statistics.medianDuration'), duration(statistics.medianCaseCalendarDays, statistics.medianCaseWorkingDays)],
    ['casesPerYear', t('discovery:statistics.casesPerYear'), number(statistics.casesPerYear)],
    ['lanes', t('discovery:statistics.lanes'), statistics.laneColumn ?? t('discovery:statistics.lanesNone')],
  ];
  return (
    <div className="sl-discovery__statistics" data-testid="log-statistics">
      <dl className="sl-discovery__figures">
        {rows.map(([key, label, value]) => (
          <div key={key} data-testid={`statistic-${key}`}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="sl-discovery__subheading" title={t('statistics.variantsHint')}>
        {t('discovery:statistics.topVariants')}
      </h3>
      <ol className="sl-discovery__variants" data-testid="top-variants">
        {statistics.topVariants.map((variant, index) => (
          <li key={index}>
            <span className="sl-discovery__share">{t('statistics.variantShare', { share: formatPercent(variant.share, language, 1), cases: number(variant.cases) })}</span>
            <span>{variant.activities.join(' → ')}</span>
          </li>
        ))}
      </ol>
      <h3 className="sl-discovery__subheading">{t('discovery:statistics.dropped')}</h3>
      {statistics.dropped.length === 0 ? (
        <p data-testid="dropped-none">{t('discovery:statistics.droppedNone')}</p>
      ) : (
        <ul data-testid="dropped">
          {statistics.dropped.map((entry, index) => (
            <li key={index}>{describeDropped(entry, language)}</li>
          ))}
        </ul>
      )}
      {notes.length > 0 ? (
        <ul className="sl-discovery__notes" data-testid="discovery-notes">
          {notes.map((note, index) => (
            <li key={index}>{describeNote(note, language)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
