import { buildLeadTimeHistogram, nearestRank, type SimulationFigures } from '../analysis/simulate';
import { formatNumber } from '../i18n/format';
import type { MapSettings } from '../model/types';
import type { PlanFormat } from './planFormat';
import type { SvgImage } from './svg/mapSvg';
import { renderHistogramSvg, type HistogramSeries } from './svg/histogramSvg';

/**
 * The pictures and figures of a simulated lead-time distribution (domain.md section 8), for
 * the plan's section "Hoe lang duurt het echt?" and the app's distribution panel and
 * comparison alike, so both say the same: the histogram with P50/P85/P95 and the target,
 * and the table rows with the exact lead time beside the simulated mean.
 */

/** One simulated state and how it is titled and coloured: 'current' (now) or 'future' (after the improvements). */
export interface DistributionEntry {
  figures: SimulationFigures;
  tone: HistogramSeries['tone'];
}

export type DistributionSettings = Pick<MapSettings, 'hoursPerDay' | 'leadTimeTargetMinutes'>;

/** The histograms of the entries on one scale of working days, with the 50 %, 85 % and 95 % lines and the target. */
export function distributionPicture(
  entries: readonly DistributionEntry[],
  settings: DistributionSettings,
  format: PlanFormat,
  caption: string,
  widthPx?: number,
  layout: 'stacked' | 'side-by-side' = 'stacked',
): SvgImage {
  const { t } = format;
  const minutesPerDay = 60 * settings.hoursPerDay;
  // The picture shows the bulk: up to a little beyond the 99th percentile (or the target); a
  // long tail of rare cases is counted in the last bar.
  const largestDays = Math.max(...entries.map(({ figures }) => (figures.maxMinutes ?? 0) / minutesPerDay));
  const targetDays = (settings.leadTimeTargetMinutes ?? 0) / minutesPerDay;
  const bulkDays = Math.max(targetDays, ...entries.map(({ figures }) => (nearestRank(figures.sortedLeadTimesMinutes, 99) ?? 0) / minutesPerDay)) * 1.15;
  const maxDays = Math.min(largestDays, bulkDays);
  const seriesOf = ({ figures, tone }: DistributionEntry): HistogramSeries => ({
    title: t(tone === 'current' ? 'plan:distribution.panelNow' : 'plan:distribution.panelAfter'),
    histogram: buildLeadTimeHistogram(figures.sortedLeadTimesMinutes, minutesPerDay, maxDays),
    caseCount: figures.cases,
    tone,
    markers: [
      { percent: 0.5, minutes: figures.p50Minutes },
      { percent: 0.85, minutes: figures.p85Minutes, strong: true },
      { percent: 0.95, minutes: figures.p95Minutes },
    ].flatMap(({ percent, minutes, strong }) =>
      minutes === null
        ? []
        : // The label says what the sentence says (withinText, rounded up), so the two never disagree by rounding (issue 14).
          [{ days: minutes / minutesPerDay, label: t('plan:distribution.marker', { percent: format.percent(percent), days: withinText(minutes, settings, format) }), strong }],
    ),
  });
  const target = settings.leadTimeTargetMinutes;
  return renderHistogramSvg(entries.map(seriesOf), {
    language: format.language,
    axisLabel: t('plan:distribution.axis'),
    longerLabel: t('plan:distribution.longer'),
    target: target === undefined ? null : { days: target / minutesPerDay, label: t('plan:distribution.targetLine', { days: format.duration(target) }) },
    title: caption,
    layout,
    ...(widthPx === undefined ? {} : { widthPx }),
  });
}

/**
 * The rows of the figures table, one value per entry: simulated mean, exact lead time,
 * P50, P85, P95 (rounded up, as the sentences are), fastest – slowest, the share within the target (when set) and the
 * unfinished cases (when any).
 */
export function distributionRows(entries: readonly DistributionEntry[], settings: DistributionSettings, format: PlanFormat): string[][] {
  const { t } = format;
  const days = (minutes: number | null): string => (minutes === null ? '–' : format.workingDays(minutes));
  // "… klaar binnen" reads as a promise: rounded up (to a tenth of a day, in the column's
  // unit) like the sentences and the histogram's labels, so the table never says 57 where
  // the sentence above says 58 (it says 57,1).
  const within = (minutes: number | null): string => (minutes === null ? '–' : workingDaysRoundedUp(minutes, settings, format));
  const row = (label: string, value: (figures: SimulationFigures) => string): string[] => [label, ...entries.map(({ figures }) => value(figures))];
  const rows = [
    row(t('plan:distribution.rowMean'), (figures) => days(figures.meanMinutes)),
    row(t('plan:distribution.rowExact'), (figures) => days(figures.exactLeadTimeMinutes)),
    row(t('plan:distribution.rowHalf'), (figures) => within(figures.p50Minutes)),
    row(t('plan:distribution.rowShare', { percent: format.percent(0.85) }), (figures) => within(figures.p85Minutes)),
    row(t('plan:distribution.rowShare', { percent: format.percent(0.95) }), (figures) => within(figures.p95Minutes)),
    row(t('plan:distribution.rowRange'), (figures) =>
      figures.minMinutes === null || figures.maxMinutes === null ? '–' : `${format.number(figures.minMinutes / (60 * settings.hoursPerDay), 1)} – ${days(figures.maxMinutes)}`,
    ),
  ];
  const target = settings.leadTimeTargetMinutes;
  if (target !== undefined) {
    rows.push(
      row(t('plan:distribution.rowTarget', { target: format.duration(target) }), (figures) =>
        figures.withinTargetShare === null ? '–' : format.percent(figures.withinTargetShare),
      ),
    );
  }
  if (entries.some(({ figures }) => figures.unfinished > 0)) rows.push(row(t('plan:distribution.rowUnfinished'), (figures) => format.number(figures.unfinished, 0)));
  return rows;
}

/** Working days rounded up to one decimal: "within" figures that are never too short. */
function workingDaysRoundedUp(minutes: number, settings: Pick<MapSettings, 'hoursPerDay'>, format: PlanFormat): string {
  const days = Math.ceil((minutes / (60 * settings.hoursPerDay)) * 10 - 1e-9) / 10;
  return format.t('common:workingDay', { count: days, value: formatNumber(days, format.language, 1) });
}

/**
 * "Within" a number of working minutes, read easily and never too short: under a working
 * day as a duration, under ten days rounded up to half days, else up to whole days.
 */
export function withinText(minutes: number, settings: Pick<MapSettings, 'hoursPerDay'>, format: PlanFormat): string {
  const days = minutes / (60 * settings.hoursPerDay);
  if (days < 1) return format.duration(minutes);
  const rounded = days < 10 ? Math.ceil(days * 2 - 1e-9) / 2 : Math.ceil(days - 1e-9);
  return format.t('common:workingDay', { count: rounded, value: formatNumber(rounded, format.language, 1) });
}

/** The sentences of one state: 85 %, half and 95 % of the cases done within …, and the share within the target. */
export function distributionSentences(figures: SimulationFigures, settings: DistributionSettings, format: PlanFormat): string[] {
  const { t } = format;
  const within = (minutes: number | null): string => (minutes === null ? '–' : withinText(minutes, settings, format));
  const sentences = [
    t('plan:distribution.shareNow', { percent: format.percent(0.85), now: within(figures.p85Minutes) }),
    t('plan:distribution.halfNow', { percent: format.percent(0.5), now: within(figures.p50Minutes) }),
    t('plan:distribution.shareNow', { percent: format.percent(0.95), now: within(figures.p95Minutes) }),
  ];
  const target = settings.leadTimeTargetMinutes;
  if (target !== undefined && figures.withinTargetShare !== null) {
    sentences.push(t('plan:distribution.targetNow', { target: format.duration(target), now: format.percent(figures.withinTargetShare) }));
  }
  return sentences;
}
