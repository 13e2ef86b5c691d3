import type { TFunction } from 'i18next';
import { MAX_VISITS_PER_CASE, type SimulationResult } from '../analysis/simulate';
import type { Analysis, Finding, Metrics } from '../analysis/types';
import { formatCurrency, formatDuration, formatNumber, formatPercent } from '../i18n/format';
import { getTranslator } from '../i18n/translator';
import type { ProcessMap } from '../model/types';
import type { Language } from '../model/vocabulary';
import { renderPairs, renderTable } from './table';

/** How many findings the table lists; the rest are in `--json` and in the app. */
const TOP_FINDINGS_COUNT = 10;

interface ReportFormat {
  t: TFunction;
  duration(minutes: number): string;
  percent(fraction: number, maximumFractionDigits?: number): string;
  number(value: number, maximumFractionDigits?: number): string;
  money(amount: number): string;
  hours(hours: number): string;
}

function createFormat(map: ProcessMap, language: Language): ReportFormat {
  const t = getTranslator(language);
  const { hoursPerDay, currency } = map.settings;
  return {
    t,
    duration: (minutes) => formatDuration(minutes, hoursPerDay, language),
    percent: (fraction, digits = 0) => formatPercent(fraction, language, digits),
    number: (value, digits = 1) => formatNumber(value, language, digits),
    money: (amount) => formatCurrency(amount, currency, language),
    hours: (hours) => t('cli:hoursPerYear', { value: formatNumber(hours, language, 0) }),
  };
}

function renderMetrics(metrics: Metrics, format: ReportFormat, hasParallelBlocks: boolean): string[] {
  const { t } = format;
  // With parallel work LT is no longer PT + WT (domain.md section 7): say what it is instead.
  const leadTime: [string, string][] = hasParallelBlocks
    ? [
        [t('cli:leadTimeParallel'), format.duration(metrics.leadTimeMinutes)],
        [t('cli:criticalPathProcessTime'), format.duration(metrics.criticalPathProcessTimeMinutes)],
      ]
    : [[t('cli:leadTime'), format.duration(metrics.leadTimeMinutes)]];
  // Small ratios (an activity ratio of 0.8 %) would read as "1 %" without a decimal.
  return renderPairs([
    [t('cli:processTime'), format.duration(metrics.processTimeMinutes)],
    [t('cli:waitTime'), format.duration(metrics.waitTimeMinutes)],
    ...leadTime,
    [t('cli:activityRatio'), format.percent(metrics.activityRatio, 1)],
    [t('cli:processCycleEfficiency'), format.percent(metrics.processCycleEfficiency, 1)],
    [t('cli:valueAddingShare'), format.percent(metrics.valueAddingShare)],
    [t('cli:handoffs'), format.number(metrics.handoffsPerCase)],
    [t('cli:rolledCompleteAccurate'), format.percent(metrics.rolledCompleteAccurate)],
    [t('cli:annualEffort'), format.hours(metrics.annualEffortHours)],
    [t('cli:annualCost'), format.money(metrics.annualCost)],
  ]);
}

function renderLanes(map: ProcessMap, analysis: Analysis, format: ReportFormat): string[] {
  const { t } = format;
  const lanesById = new Map(map.lanes.map((lane) => [lane.id, lane]));
  const rows = analysis.lanes.map((figures) => {
    const lane = lanesById.get(figures.id);
    const rate = format.money(figures.hourlyCost);
    return [
      lane?.name || figures.id,
      lane?.hourlyCost === undefined ? t('cli:defaultRate', { rate }) : rate,
      format.number(figures.annualEffortHours, 0),
      format.money(figures.annualCost),
    ];
  });
  const totalHours = analysis.lanes.reduce((sum, lane) => sum + lane.annualEffortHours, 0);
  const totalCost = analysis.lanes.reduce((sum, lane) => sum + lane.annualCost, 0);
  rows.push([t('cli:total'), '', format.number(totalHours, 0), format.money(totalCost)]);
  return renderTable(
    [t('cli:laneColumn'), t('cli:hourlyCostColumn'), t('cli:hoursColumn'), t('cli:costColumn')],
    rows,
    ['left', 'right', 'right', 'right'],
  );
}

function renderFindingRow(finding: Finding, rank: number, format: ReportFormat): string[] {
  const { t } = format;
  const kind = finding.impactKind === 'person-hours' ? t('cli:impactKind_person') : t('cli:impactKind_case');
  return [
    String(rank),
    t(`cli:severity_${finding.severity}`),
    t(`cli:category_${finding.category}`),
    finding.title,
    `${format.number(finding.impactHoursPerYear, 0)} (${kind})`,
    // Delay findings cost no wages; a dash reads better than "€ 0".
    finding.impactCost === 0 ? '–' : format.money(finding.impactCost),
  ];
}

function renderFindings(analysis: Analysis, format: ReportFormat): string[] {
  const { t } = format;
  const total = analysis.findings.length;
  if (total === 0) return [t('cli:noFindings')];
  const top = analysis.findings.slice(0, TOP_FINDINGS_COUNT);
  return [
    t('cli:findingsHeading', { shown: top.length, total }),
    ...renderTable(
      [
        t('cli:rankColumn'),
        t('cli:severityColumn'),
        t('cli:categoryColumn'),
        t('cli:findingColumn'),
        t('cli:impactColumn'),
        t('cli:impactCostColumn'),
      ],
      top.map((finding, index) => renderFindingRow(finding, index + 1, format)),
      ['right', 'left', 'left', 'left', 'right', 'right'],
    ),
    `  ${t('cli:findingsFootnote')}`,
  ];
}

/** The lead-time distribution of `--simulate` (domain.md section 8) as label–value pairs. */
function renderSimulation(map: ProcessMap, simulation: SimulationResult, format: ReportFormat): string[] {
  const { t } = format;
  if (!simulation.ok) return [`  ${t('cli:simulationNotRun')}`];
  const duration = (minutes: number | null): string => (minutes === null ? '–' : format.duration(minutes));
  const exact = format.duration(simulation.exactLeadTimeMinutes);
  const pairs: [string, string][] = [
    [t('cli:simulationMean', { exact }), duration(simulation.meanMinutes)],
    [t('cli:simulationPercentile', { percent: format.percent(0.5) }), duration(simulation.p50Minutes)],
    [t('cli:simulationPercentile', { percent: format.percent(0.85) }), duration(simulation.p85Minutes)],
    [t('cli:simulationPercentile', { percent: format.percent(0.95) }), duration(simulation.p95Minutes)],
    [t('cli:simulationRange'), `${duration(simulation.minMinutes)} – ${duration(simulation.maxMinutes)}`],
  ];
  const target = map.settings.leadTimeTargetMinutes;
  if (target !== undefined && simulation.withinTargetShare !== null) {
    pairs.push([t('cli:simulationWithinTarget', { target: format.duration(target) }), format.percent(simulation.withinTargetShare)]);
  }
  if (simulation.unfinished > 0) {
    pairs.push([t('cli:simulationUnfinished', { visits: format.number(MAX_VISITS_PER_CASE, 0) }), format.number(simulation.unfinished, 0)]);
  }
  const note = simulation.hasParallelBlocks ? [`  ${t('cli:simulationParallelNote')}`] : [];
  return [t('cli:simulationHeading', { cases: format.number(simulation.cases, 0), seed: String(simulation.seed) }), ...renderPairs(pairs), ...note];
}

/**
 * The readable report of `analyze` without `--json`, in `language`: a header with the
 * demand, the section 3 metrics with units (durations in working days at the map's
 * hoursPerDay, money in the map's currency), the lanes, the top findings, the simulated
 * lead-time distribution when asked for, and every warning or error. Returns the text
 * with a final newline.
 */
export function renderTextReport(map: ProcessMap, analysis: Analysis, language: Language, simulation?: SimulationResult): string {
  const format = createFormat(map, language);
  const { t } = format;
  const lines: string[] = [map.meta.title];
  if (map.meta.organisation) lines.push(map.meta.organisation);
  lines.push(
    t('cli:summary', {
      cases: format.number(map.settings.casesPerYear, 0),
      steps: format.number(map.steps.length, 0),
      lanes: format.number(map.lanes.length, 0),
    }),
    '',
    t('cli:metricsHeading'),
    ...(analysis.metrics ? renderMetrics(analysis.metrics, format, analysis.parallelBlocks.length > 0) : [`  ${t('cli:metricsUndefined')}`]),
  );
  if (analysis.metrics) lines.push('', t('cli:lanesHeading'), ...renderLanes(map, analysis, format));
  lines.push('', ...renderFindings(analysis, format));
  if (simulation) lines.push('', ...renderSimulation(map, simulation, format));
  if (analysis.diagnostics.length > 0) {
    lines.push('', t('cli:diagnosticsHeading'));
    for (const diagnostic of analysis.diagnostics) {
      lines.push(`  ${t(`cli:level_${diagnostic.level}`)}: ${diagnostic.message}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
