import type { Analysis } from '../../analysis/types';
import { formatCurrency, formatDuration, formatNumber, formatPercent, localeOf } from '../../i18n/format';
import { getTranslator } from '../../i18n/translator';
import type { Flow, Lane, ProcessMap, Step } from '../../model/types';
import { analyseLoops } from './loops';
import type { PlaybookContext } from './types';

function groupBy(flows: readonly Flow[], key: 'from' | 'to'): Map<string, Flow[]> {
  const groups = new Map<string, Flow[]>();
  for (const flow of flows) {
    const list = groups.get(flow[key]);
    if (list) list.push(flow);
    else groups.set(flow[key], [flow]);
  }
  return groups;
}

/** The start step's lane when it has no own hourly cost: an outside party (see PlaybookContext). */
function outsideLaneOf(map: ProcessMap, lanesById: ReadonlyMap<string, Lane>): string | undefined {
  const laneId = map.steps.find((step) => step.type === 'start')?.laneId;
  return laneId !== undefined && lanesById.get(laneId)?.hourlyCost === undefined ? laneId : undefined;
}

/** Float noise away before display, as the findings do. */
const stable = (value: number): number => Math.round(value * 1e9) / 1e9;

/**
 * Lookups and formatting for the countermeasures, built once per `suggestActions` call from
 * the map's current state and its analysis (visits and effective probabilities).
 */
export function createPlaybookContext(map: ProcessMap, analysis: Analysis): PlaybookContext {
  const language = map.meta.language;
  const t = getTranslator(language);
  const stepsById = new Map<string, Step>(map.steps.map((step) => [step.id, step]));
  const lanesById = new Map<string, Lane>(map.lanes.map((lane) => [lane.id, lane]));
  const flowsById = new Map<string, Flow>(map.flows.map((flow) => [flow.id, flow]));
  const outgoingByStep = groupBy(map.flows, 'from');
  const incomingByStep = groupBy(map.flows, 'to');
  const visitsByStep = new Map(analysis.steps.map((step) => [step.id, step.expectedVisits]));
  const listFormat = new Intl.ListFormat(localeOf(language), { type: 'conjunction', style: 'long' });
  // Labels are quoted thousands of times on a big map: split the template once, not per call.
  const fixedTexts = new Map<string, string>();
  const [openQuote = '', closeQuote = ''] = t('playbook:common.quoted', { name: '\u0000' }).split('\u0000');

  const visits = (stepId: string): number => {
    const value = visitsByStep.get(stepId) ?? 0;
    return Number.isFinite(value) ? value : 0;
  };
  const probability = (flowId: string): number => (Object.hasOwn(analysis.flowProbabilities, flowId) ? (analysis.flowProbabilities[flowId] ?? 0) : 0);
  const traversals = (flow: Flow): number => visits(flow.from) * probability(flow.id);

  const context: PlaybookContext = {
    map,
    analysis,
    language,
    text: (key, params) => {
      if (params !== undefined) return t(`playbook:${key}`, params);
      // Fixed sentences ("the calculation assumes the best case") recur in every suggestion.
      let fixed = fixedTexts.get(key);
      if (fixed === undefined) {
        fixed = t(`playbook:${key}`);
        fixedTexts.set(key, fixed);
      }
      return fixed;
    },
    step: (stepId) => stepsById.get(stepId),
    lane: (laneId) => lanesById.get(laneId),
    flow: (flowId) => flowsById.get(flowId),
    outgoing: (stepId) => outgoingByStep.get(stepId) ?? [],
    incoming: (stepId) => incomingByStep.get(stepId) ?? [],
    visits,
    probability,
    traversals,
    hourlyCost: (laneId) => lanesById.get(laneId)?.hourlyCost ?? map.settings.defaultHourlyCost,
    isPaidTeam: (laneId) => (lanesById.get(laneId)?.hourlyCost ?? 0) > 0,
    outsideLaneId: outsideLaneOf(map, lanesById),
    mainPredecessor: (stepId) => {
      const candidates = (incomingByStep.get(stepId) ?? []).filter((flow) => flow.from !== stepId && traversals(flow) > 0);
      // Forward work first: a rework flow is not where the work normally comes from.
      const best = [...candidates].sort((a, b) => Number(a.rework) - Number(b.rework) || traversals(b) - traversals(a))[0];
      return best ? stepsById.get(best.from) : undefined;
    },
    loops: analyseLoops(map.steps, (stepId) => outgoingByStep.get(stepId) ?? [], (stepId) => incomingByStep.get(stepId) ?? []),
    workingDayMinutes: 60 * map.settings.hoursPerDay,
    quote: (stepId) => {
      const label = stepsById.get(stepId)?.label.trim() ?? '';
      return `${openQuote}${label === '' ? stepId : label}${closeQuote}`;
    },
    laneName: (laneId) => {
      const name = lanesById.get(laneId)?.name.trim() ?? '';
      return name === '' ? laneId : name;
    },
    duration: (minutes) => formatDuration(stable(minutes), map.settings.hoursPerDay, language),
    money: (amount) => formatCurrency(stable(amount), map.settings.currency, language),
    percent: (fraction) => formatPercent(stable(fraction), language),
    hours: (hours) => {
      const rounded = stable(hours) >= 10 ? Math.round(hours) : Math.round(hours * 10) / 10;
      return t('common:hour', { count: rounded, value: formatNumber(rounded, language) });
    },
    times: (count) => {
      const rounded = Math.round(stable(count) * 10) / 10;
      return t('playbook:common.times', { count: rounded, value: formatNumber(rounded, language) });
    },
    list: (items) => listFormat.format(items),
  };
  return context;
}
