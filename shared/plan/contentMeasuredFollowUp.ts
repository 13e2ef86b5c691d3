import { compareFollowUp, type FollowUpFigure } from '../discovery/followUp';
import { paragraph, type PlanContext } from './contentContext';
import type { PlanBlock, PlanRun } from './types';

/** A follow-up figure in its unit: lead time in working days, work in the natural unit, handoffs, cases per year. */
function formatFigure(figure: FollowUpFigure, value: number, context: PlanContext): string {
  const { format } = context;
  if (figure.key === 'leadTime') return format.workingDays(value);
  if (figure.key === 'processTime') return format.duration(value);
  if (figure.key === 'handoffs') return format.number(value, 1);
  return format.number(value, 0);
}

/**
 * The measured follow-up in the plan (domain.md section 11, point 8), when the map carries
 * one (`map.followUp`, a second log measured after the changes): per figure the expected
 * value (the future state), the measured one with the number of cases, and the value before
 * (the first log) when the map was discovered: "Doorlooptijd — verwacht: 5 werkdagen,
 * gemeten: 6,2 werkdagen over 312 zaken (vóór de verandering: 9,1 werkdagen)".
 */
export function measuredFollowUpBlocks(context: PlanContext): PlanBlock[] {
  const { map, format } = context;
  const { t } = format;
  if (!map.followUp) return [];
  const comparison = compareFollowUp(map, map.followUp.measured, context.comparison.future.metrics);
  const items = comparison.figures.map((figure): PlanRun[] => {
    const measured = formatFigure(figure, figure.measured, context);
    const expected = figure.expected === null ? t('plan:followUp.measured.unknown') : formatFigure(figure, figure.expected, context);
    const before = figure.before === null ? '' : t('plan:followUp.measured.before', { value: formatFigure(figure, figure.before, context) });
    return [
      { text: `${t(`plan:followUp.measured.figure.${figure.key}`)} — `, bold: true },
      { text: t('plan:followUp.measured.line', { expected, measured, count: comparison.cases, cases: format.number(comparison.cases, 0) }) + before },
    ];
  });
  return [
    { kind: 'heading', level: 2, text: t('plan:followUp.measured.heading') },
    paragraph(t('plan:followUp.measured.intro', { file: map.followUp.file, from: format.date(comparison.from), to: format.date(comparison.to) })),
    { kind: 'list', ordered: false, items },
  ];
}
