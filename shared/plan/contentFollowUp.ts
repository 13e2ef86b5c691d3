import type { GoalMetric } from '../model/vocabulary';
import { paragraph, type PlanContext } from './contentContext';
import { measuredFollowUpBlocks } from './contentMeasuredFollowUp';
import { dueDateKey } from './planFormat';
import { stepsInProcessOrder } from './stepOrder';
import type { PlanBlock, PlanRun, PlanSection } from './types';

const DAYS_AFTER_DUE_DATE = 28;
const FIRST_CHECK_DAYS = 42;
const FINAL_CHECK_DAYS = 91;

function isoDay(timeMs: number): string {
  return new Date(timeMs).toISOString().slice(0, 10);
}

/** What to measure (each key figure now and its target) and when to check. */
export function followUpLists(context: PlanContext): { measure: string[]; when: string[] } {
  const { map, comparison, format, options } = context;
  const { t } = format;
  const current = comparison.current.metrics;
  const future = comparison.future.metrics;
  // The team's own target where the goal sets one, else what the accepted actions reach.
  const targetOf = (metric: GoalMetric): number => (future ? (map.goal?.targets.find((target) => target.metric === metric)?.value ?? future[metric]) : 0);
  const measure =
    current && future
      ? [
          t('plan:followUp.measureLeadTime', { before: format.workingDays(current.leadTimeMinutes), after: format.workingDays(targetOf('leadTimeMinutes')) }),
          t('plan:followUp.measureRight', { before: format.percent(current.rolledCompleteAccurate), after: format.percent(targetOf('rolledCompleteAccurate')) }),
          t('plan:followUp.measureHandoffs', { before: format.number(current.handoffsPerCase), after: format.number(targetOf('handoffsPerCase')) }),
          t('plan:followUp.measureHours', { before: format.hours(current.annualEffortHours), after: format.hours(targetOf('annualEffortHours')) }),
        ]
      : [];
  const dueTimes = map.actions
    .filter((action) => action.status === 'accepted' || action.status === 'done')
    .map((action) => dueDateKey(action.dueDate))
    .filter((time): time is number => time !== null)
    .sort((a, b) => a - b);
  const when: string[] = [];
  const firstDue = dueTimes[0];
  const lastDue = dueTimes[dueTimes.length - 1];
  if (firstDue !== undefined && lastDue !== undefined) {
    when.push(t('plan:followUp.firstCheck', { date: format.dateAfterDays(isoDay(firstDue), DAYS_AFTER_DUE_DATE) }));
    if (lastDue !== firstDue) when.push(t('plan:followUp.finalCheck', { date: format.dateAfterDays(isoDay(lastDue), DAYS_AFTER_DUE_DATE) }));
  } else {
    const first = format.dateAfterDays(options.generatedAt, FIRST_CHECK_DAYS);
    const final = format.dateAfterDays(options.generatedAt, FINAL_CHECK_DAYS);
    if (first) when.push(t('plan:followUp.firstCheckNoDates', { date: first }));
    if (final) when.push(t('plan:followUp.finalCheckNoDates', { date: final }));
  }
  when.push(t('plan:followUp.quarterly'));
  return { measure, when };
}

/**
 * Follow-up: what to measure (each key figure now and its target: the future state's
 * value), when to check (four weeks after the first and the last due date of the applied
 * actions, or six weeks and three months after the plan when they have no dates), and the
 * PDCA cycle made concrete.
 */
export function followUpSection(context: PlanContext): PlanSection {
  const { format } = context;
  const { t } = format;
  const blocks: PlanBlock[] = [];
  const { measure, when } = followUpLists(context);
  if (measure.length > 0) {
    blocks.push(
      { kind: 'heading', level: 2, text: t('plan:followUp.measureHeading') },
      { kind: 'list', ordered: false, items: measure.map((text): PlanRun[] => [{ text }]) },
    );
  }

  blocks.push(...measuredFollowUpBlocks(context));

  blocks.push(
    { kind: 'heading', level: 2, text: t('plan:followUp.whenHeading') },
    { kind: 'list', ordered: false, items: when.map((text): PlanRun[] => [{ text }]) },
    { kind: 'heading', level: 2, text: t('plan:followUp.pdcaHeading') },
    {
      kind: 'list',
      ordered: true,
      items: (['plan', 'do', 'check', 'act'] as const).map((phase): PlanRun[] => [
        { text: `${t(`plan:followUp.phase.${phase}`)}: `, bold: true },
        { text: t(`plan:followUp.${phase}`) },
      ]),
    },
  );
  return { id: 'follow-up', title: t('plan:section.followUp'), blocks };
}

/** Table cells longer than this are cut: a 400-character label would make each row a page. */
const MAX_LABEL_CHARACTERS = 120;
const MAX_NAME_CHARACTERS = 60;

function shorten(text: string, maxCharacters: number): string {
  const characters = [...text.replace(/\s+/g, ' ').trim()];
  return characters.length <= maxCharacters ? characters.join('') : `${characters.slice(0, maxCharacters - 1).join('').trimEnd()}…`;
}

/** Every step of the current state with its data, in process order with the end last (long labels cut). */
export function appendixSection(context: PlanContext): PlanSection {
  const { map, comparison, format } = context;
  const { t } = format;
  const laneNames = new Map(map.lanes.map((lane) => [lane.id, lane.name.trim() || lane.id]));
  const visits = new Map(comparison.current.steps.map((step) => [step.id, step.expectedVisits]));
  const { flowProbabilities } = comparison.current;
  const probability = (flowId: string): number => (Object.hasOwn(flowProbabilities, flowId) ? (flowProbabilities[flowId] ?? 0) : 0);
  const rows = stepsInProcessOrder(map.steps, map.flows, probability).map((step) => [
    shorten(step.label, MAX_LABEL_CHARACTERS),
    shorten(laneNames.get(step.laneId) ?? step.laneId, MAX_NAME_CHARACTERS),
    t(`plan:stepType.${step.type}`),
    format.duration(step.processTime),
    format.duration(step.waitTime),
    format.percent(step.completeAccurate),
    format.number(visits.get(step.id) ?? 0, 2),
    t(`plan:valueType.${step.valueType}`),
    t(`plan:activity.${step.activity}`),
    shorten(step.system, MAX_NAME_CHARACTERS),
  ]);
  return {
    id: 'appendix',
    title: t('plan:section.appendix'),
    blocks: [
      paragraph(t('plan:appendix.intro', { count: map.steps.length }), { wide: true }),
      {
        kind: 'table',
        columns: [
          { header: t('plan:appendix.step'), align: 'left', weight: 3.2 },
          { header: t('plan:appendix.lane'), align: 'left', weight: 1.5 },
          { header: t('plan:appendix.type'), align: 'left', weight: 1 },
          { header: t('plan:appendix.processTime'), align: 'right', weight: 1.1 },
          { header: t('plan:appendix.waitTime'), align: 'right', weight: 1.2 },
          { header: t('plan:appendix.completeAccurate'), align: 'right', weight: 0.8 },
          { header: t('plan:appendix.visits'), align: 'right', weight: 0.8 },
          { header: t('plan:appendix.valueType'), align: 'left', weight: 1.4 },
          { header: t('plan:appendix.activity'), align: 'left', weight: 1.1 },
          { header: t('plan:appendix.system'), align: 'left', weight: 1.1 },
        ],
        rows,
        wide: true,
      },
    ],
  };
}
