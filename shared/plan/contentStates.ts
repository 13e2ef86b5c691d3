import { paragraph, type PlanContext } from './contentContext';
import { keyFigureRows } from './planFormat';
import { stateFigureBlocks } from './planImages';
import type { PlanBlock, PlanSection } from './types';

/** Work and cost per role of the current state, with the map's rates and a total row. */
function rolesTable(context: PlanContext): PlanBlock {
  const { map, comparison, format } = context;
  const { t } = format;
  const figuresById = new Map(comparison.current.lanes.map((lane) => [lane.id, lane]));
  const rows = map.lanes.map((lane) => {
    const figures = figuresById.get(lane.id);
    return [
      lane.name.trim() || lane.id,
      format.money(lane.hourlyCost ?? map.settings.defaultHourlyCost),
      format.hours(figures?.annualEffortHours ?? 0),
      format.money(figures?.annualCost ?? 0),
    ];
  });
  const metrics = comparison.current.metrics;
  rows.push([t('plan:current.total'), '', format.hours(metrics?.annualEffortHours ?? 0), format.money(metrics?.annualCost ?? 0)]);
  return {
    kind: 'table',
    columns: [
      { header: t('plan:current.role'), align: 'left', weight: 3 },
      { header: t('plan:current.rate'), align: 'right', weight: 1 },
      { header: t('plan:current.hoursPerYear'), align: 'right', weight: 1.4 },
      { header: t('plan:current.costPerYear'), align: 'right', weight: 1.4 },
    ],
    rows,
    totalRow: true,
  };
}

/** The current state: the map, its timeline, work and cost per role, and warnings about the map. */
export function currentStateSection(context: PlanContext): PlanSection {
  const { map, comparison, format, options } = context;
  const { t } = format;
  const figures = stateFigureBlocks('current', map, comparison.current, options.images?.currentMap, format, map.settings.hoursPerDay);
  const blocks: PlanBlock[] = [
    ...figures.map,
    { kind: 'heading', level: 2, text: t('plan:current.timelineHeading'), wide: true },
    ...figures.timeline,
  ];
  if (comparison.current.metrics) blocks.push({ kind: 'heading', level: 2, text: t('plan:current.rolesHeading') }, rolesTable(context));
  if (comparison.current.diagnostics.length > 0) {
    blocks.push(
      { kind: 'heading', level: 2, text: t('plan:current.diagnosticsHeading') },
      { kind: 'list', ordered: false, items: comparison.current.diagnostics.map((diagnostic) => [{ text: diagnostic.message }]) },
    );
  }
  return { id: 'current-state', title: t('plan:section.currentState'), blocks };
}

/** The future state: how it came about, its map and timeline, the figures before and after, per role. */
export function futureStateSection(context: PlanContext): PlanSection {
  const { map, comparison, format, options } = context;
  const { t } = format;
  const appliedCount = map.actions.filter((action) => action.status === 'accepted' || action.status === 'done').length;
  const intro =
    comparison.futureSource === 'edited'
      ? t('plan:future.ownMap')
      : appliedCount === 0
        ? t('plan:future.noActions')
        : t('plan:future.intro', { count: appliedCount });
  const figures = stateFigureBlocks('future', comparison.futureState, comparison.future, options.images?.futureMap, format, map.settings.hoursPerDay);
  const blocks: PlanBlock[] = [
    paragraph(intro, { wide: true }),
    ...figures.map,
    { kind: 'heading', level: 2, text: t('plan:current.timelineHeading'), wide: true },
    ...figures.timeline,
  ];
  const current = comparison.current.metrics;
  const future = comparison.future.metrics;
  if (current && future) {
    blocks.push(
      { kind: 'heading', level: 2, text: t('plan:future.figuresHeading') },
      {
        kind: 'keyFigures',
        caption: t('plan:summary.keyFiguresCaption'),
        header: { figure: t('plan:figures.figure'), before: t('plan:figures.before'), after: t('plan:figures.after'), change: t('plan:figures.change') },
        rows: keyFigureRows(current, future, format),
      },
      { kind: 'heading', level: 2, text: t('plan:future.rolesHeading') },
      {
        kind: 'table',
        columns: [
          { header: t('plan:current.role'), align: 'left', weight: 3 },
          { header: t('plan:future.hoursBefore'), align: 'right', weight: 1.2 },
          { header: t('plan:future.hoursAfter'), align: 'right', weight: 1.2 },
          { header: t('plan:future.costBefore'), align: 'right', weight: 1.3 },
          { header: t('plan:future.costAfter'), align: 'right', weight: 1.3 },
        ],
        rows: [
          ...comparison.lanes.map((lane) => [
            lane.name.trim() || lane.id,
            format.hours(lane.currentHours),
            format.hours(lane.futureHours),
            format.money(lane.currentCost),
            format.money(lane.futureCost),
          ]),
          [
            t('plan:current.total'),
            format.hours(current.annualEffortHours),
            format.hours(future.annualEffortHours),
            format.money(current.annualCost),
            format.money(future.annualCost),
          ],
        ],
        totalRow: true,
      },
    );
  } else {
    blocks.push(paragraph(t('plan:figures.noMetrics'), { style: 'note' }));
  }
  return { id: 'future-state', title: t('plan:section.futureState'), blocks };
}
