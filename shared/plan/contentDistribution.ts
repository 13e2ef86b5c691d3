import { DEFAULT_SIMULATED_CASES, simulateLeadTimes, type SimulationFigures } from '../analysis/simulate';
import type { Analysis } from '../analysis/types';
import type { MapState } from '../model/types';
import { paragraph, type PlanContext } from './contentContext';
import { distributionPicture, distributionRows, withinText, type DistributionEntry } from './distributionFigures';
import type { PlanBlock, PlanRun, PlanSection } from './types';

/**
 * Visits the plan's two simulations may take together: a small map gets the default
 * 10,000 cases, a large one fewer (at least 1,000), so a plan stays a matter of seconds.
 */
const VISIT_BUDGET = 10_000_000;
const MIN_CASES = 1000;

/** The cases to simulate for a state: 10,000 unless a case makes so many visits that that would take long. */
function caseCountFor(analysis: Analysis): number {
  const visitsPerCase = analysis.steps.reduce((sum, step) => sum + (Number.isFinite(step.expectedVisits) ? step.expectedVisits : 0), 0);
  return Math.max(MIN_CASES, Math.min(DEFAULT_SIMULATED_CASES, Math.floor(VISIT_BUDGET / 2 / Math.max(1, visitsPerCase))));
}

function simulate(state: MapState, context: PlanContext, cases: number): SimulationFigures | null {
  const result = simulateLeadTimes({ state, settings: context.map.settings, language: context.format.language }, { cases });
  return result.ok && result.meanMinutes !== null ? result : null;
}

/**
 * The section "Hoe lang duurt het echt?" / "How long does it really take?": the simulated
 * lead-time distribution (domain.md section 8) of the current state and, when actions
 * change it, of the future state: sentences such as "85 % van de zaken is binnen 9 werkdagen
 * klaar; na de verbeteringen binnen 4 werkdagen", the histogram of both on one scale, a table
 * of the figures with the exact lead time beside the simulated mean, and how it was computed.
 */
export function distributionSection(context: PlanContext): PlanSection {
  const { map, comparison, format } = context;
  const { t } = format;
  const title = t('plan:distribution.title');
  const hasFuture = comparison.futureSource === 'edited' || map.actions.some((action) => action.status === 'accepted' || action.status === 'done');
  const cases = Math.min(caseCountFor(comparison.current), hasFuture ? caseCountFor(comparison.future) : DEFAULT_SIMULATED_CASES);
  const current = comparison.current.metrics ? simulate(map, context, cases) : null;
  const future = hasFuture && comparison.future.metrics ? simulate(comparison.futureState, context, cases) : null;
  if (!current || (hasFuture && !future)) return { id: 'distribution', title, blocks: [paragraph(t('plan:figures.noMetrics'), { style: 'note' })] };

  const after = future ?? undefined;
  const within = (figures: SimulationFigures | undefined, pick: (figures: SimulationFigures) => number | null): string => {
    const minutes = figures ? pick(figures) : null;
    return minutes === null ? '–' : withinText(minutes, context.map.settings, context.format);
  };
  const sentence = (key: 'half' | 'share', percent: number, pick: (figures: SimulationFigures) => number | null): string =>
    t(`plan:distribution.${key}${after ? '' : 'Now'}`, { percent: format.percent(percent), now: within(current, pick), after: within(after, pick) });
  const headline = sentence('share', 0.85, (figures) => figures.p85Minutes);
  const sentences: PlanRun[][] = [
    [{ text: headline, bold: true }],
    [{ text: sentence('half', 0.5, (figures) => figures.p50Minutes) }],
    [{ text: sentence('share', 0.95, (figures) => figures.p95Minutes) }],
  ];
  const target = map.settings.leadTimeTargetMinutes;
  if (target !== undefined && current.withinTargetShare !== null) {
    sentences.push([
      {
        text: t(`plan:distribution.target${after ? '' : 'Now'}`, {
          target: format.duration(target),
          now: format.percent(current.withinTargetShare),
          after: after?.withinTargetShare === null || after === undefined ? '–' : format.percent(after.withinTargetShare),
        }),
      },
    ]);
  }
  const blocks: PlanBlock[] = [
    paragraph(t(after ? 'plan:distribution.leadWithFuture' : 'plan:distribution.lead', { cases: format.number(cases, 0) }), { style: 'lead' }),
    { kind: 'list', ordered: false, items: sentences },
    histogramBlock(context, current, after, headline),
    figuresTable(context, current, after),
    ...notes(context, current, after),
  ];
  return { id: 'distribution', title, blocks };
}

/** Both distributions on one scale of working days, with the 50 %, 85 % and 95 % lines and the target. */
function histogramBlock(context: PlanContext, current: SimulationFigures, after: SimulationFigures | undefined, alt: string): PlanBlock {
  const { format, map } = context;
  const caption = format.t(after ? 'plan:distribution.imageCaption' : 'plan:distribution.imageCaptionNow', { cases: format.number(current.cases, 0) });
  const image = distributionPicture(entriesOf(current, after), map.settings, format, caption);
  return { kind: 'image', image: { id: 'lead-time-distribution', ...image }, caption, alt };
}

function entriesOf(current: SimulationFigures, after: SimulationFigures | undefined): DistributionEntry[] {
  return after ? [{ figures: current, tone: 'current' }, { figures: after, tone: 'future' }] : [{ figures: current, tone: 'current' }];
}

/** The figures now (and after): simulated mean beside the exact lead time, the percentiles, the range. */
function figuresTable(context: PlanContext, current: SimulationFigures, after: SimulationFigures | undefined): PlanBlock {
  const { format, map } = context;
  const { t } = format;
  return {
    kind: 'table',
    columns: [
      { header: t('plan:distribution.tableFigure'), align: 'left', weight: 3 },
      { header: t('plan:distribution.tableNow'), align: 'right', weight: 1.6 },
      ...(after ? [{ header: t('plan:distribution.tableAfter'), align: 'right' as const, weight: 1.6 }] : []),
    ],
    rows: distributionRows(entriesOf(current, after), map.settings, format),
  };
}

/** How it was computed, and what to keep in mind: no variability entered, parallel work, unfinished cases. */
function notes(context: PlanContext, current: SimulationFigures, after: SimulationFigures | undefined): PlanBlock[] {
  const { format, map, comparison } = context;
  const { t } = format;
  const states = after ? [map, comparison.futureState] : [map];
  const hasVariability = states.some((state) => state.steps.some((step) => (step.waitVariability ?? 0) > 0 || (step.processVariability ?? 0) > 0));
  const unfinished = current.unfinished + (after?.unfinished ?? 0);
  const blocks: PlanBlock[] = [];
  if (!hasVariability) blocks.push(paragraph(t('plan:distribution.noVariability'), { style: 'note' }));
  if (current.hasParallelBlocks || after?.hasParallelBlocks === true) blocks.push(paragraph(t('plan:distribution.parallel'), { style: 'note' }));
  if (unfinished > 0) blocks.push(paragraph(t('plan:distribution.unfinished', { count: unfinished, formatted: format.number(unfinished, 0) }), { style: 'note' }));
  blocks.push(paragraph(t('plan:distribution.method', { cases: format.number(current.cases, 0), seed: String(current.seed) }), { style: 'note' }));
  return blocks;
}
