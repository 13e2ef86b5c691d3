import type { Metrics } from '../analysis/types';
import type { GoalTarget } from '../model/types';
import type { GoalMetric } from '../model/vocabulary';
import { paragraph, type PlanContext } from './contentContext';
import type { PlanFormat } from './planFormat';
import type { PlanBlock, PlanRun, PlanSection } from './types';

/** The glossary entry naming each goal metric (also the app's goal panel). */
export const METRIC_TERMS: Readonly<Record<GoalMetric, string>> = {
  leadTimeMinutes: 'leadTime',
  processTimeMinutes: 'processTime',
  handoffsPerCase: 'handoffs',
  rolledCompleteAccurate: 'rightFirstTime',
  annualEffortHours: 'annualHours',
  annualCost: 'annualCost',
};

/**
 * A metric's value as the plan writes it: `from` may leave the unit to `to` when both share it
 * ("van 10,1 naar 5 werkdagen"). Values are in the file's units (minutes, fractions, hours, money).
 */
function formatMetric(metric: GoalMetric, value: number, format: PlanFormat, withUnit: boolean): string {
  switch (metric) {
    case 'leadTimeMinutes':
      return withUnit ? format.workingDays(value) : format.number(value / format.minutesPerWorkingDay, 1);
    case 'processTimeMinutes':
      return format.duration(value);
    case 'handoffsPerCase':
      return format.number(value, 1);
    case 'rolledCompleteAccurate':
      return format.percent(value);
    case 'annualEffortHours':
      return withUnit ? format.hours(value) : format.number(value, 0);
    case 'annualCost':
      return format.money(value);
  }
}

/**
 * One target as a sentence: "Doorlooptijd van 10,1 naar 5 werkdagen vóór 1 maart 2027 (met de
 * aangenomen acties: 4,6 werkdagen)". Today's figure from the current state, the figure the
 * accepted actions reach from the future state; the date left out when none is given.
 */
function targetSentence(target: GoalTarget, current: Metrics | null, future: Metrics | null, format: PlanFormat): string {
  const { t } = format;
  const metric = t(`glossary:${METRIC_TERMS[target.metric]}.name`);
  const to = formatMetric(target.metric, target.value, format, true);
  const from = current ? formatMetric(target.metric, current[target.metric], format, false) : null;
  const dated = target.dueDate.trim() !== '';
  const change = from === null ? t('plan:goal.targetOnly', { metric, to }) : t('plan:goal.target', { metric, from, to });
  const date = dated ? ` ${t('plan:goal.byDate', { date: format.date(target.dueDate) })}` : '';
  const reached = future ? ` ${t('plan:goal.reached', { value: formatMetric(target.metric, future[target.metric], format, true) })}` : '';
  return `${change}${date}${reached}`;
}

/** The goal (A3: "target condition"): the team's words and its targets; left out when the map has no goal. */
export function goalSection(context: PlanContext): PlanSection | null {
  const { map, comparison, format } = context;
  const goal = map.goal;
  if (!goal || (goal.text.trim() === '' && goal.targets.length === 0)) return null;
  const blocks: PlanBlock[] = [];
  if (goal.text.trim() !== '') blocks.push(paragraph(goal.text.trim(), { style: 'lead' }));
  if (goal.targets.length > 0) {
    blocks.push({
      kind: 'list',
      ordered: false,
      items: goal.targets.map((target): PlanRun[] => [{ text: targetSentence(target, comparison.current.metrics, comparison.future.metrics, format) }]),
    });
  }
  return { id: 'goal', title: format.t('plan:section.goal'), blocks };
}

/**
 * The causes behind the findings: per finding with "why?" answers, the chain in order and the
 * last answer as its root cause; findings in the order of the findings section (largest impact
 * first), then those no longer in the map. Left out when no cause is noted.
 */
export function causesSection(context: PlanContext): PlanSection | null {
  const { map, comparison, format } = context;
  const { t } = format;
  const noted = map.rootCauses
    .map((entry) => ({ findingId: entry.findingId, whys: entry.whys.map((why) => why.trim()).filter((why) => why !== '') }))
    .filter((entry) => entry.whys.length > 0);
  if (noted.length === 0) return null;
  const order = new Map(comparison.current.findings.map((finding, index) => [finding.id, index]));
  const titles = new Map(comparison.current.findings.map((finding) => [finding.id, finding.title]));
  noted.sort((a, b) => (order.get(a.findingId) ?? Infinity) - (order.get(b.findingId) ?? Infinity));
  const blocks: PlanBlock[] = [paragraph(t('plan:causes.intro'))];
  for (const entry of noted) {
    blocks.push({ kind: 'heading', level: 2, text: titles.get(entry.findingId) ?? t('plan:causes.findingGone') });
    blocks.push({
      kind: 'list',
      ordered: true,
      items: entry.whys.map((why): PlanRun[] => [{ text: `${t('glossary:rootCause.why')} `, bold: true }, { text: why }]),
    });
    blocks.push({ kind: 'paragraph', runs: [{ text: `${t('glossary:rootCause.name')}: `, bold: true }, { text: entry.whys[entry.whys.length - 1] ?? '' }] });
  }
  return { id: 'causes', title: t('plan:section.causes'), blocks };
}
