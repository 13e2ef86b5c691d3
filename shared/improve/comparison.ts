import { analyseState } from '../analysis/analyseMap';
import { buildAnalysisContext } from '../analysis/buildContext';
import { METRIC_KEYS } from '../analysis/metrics';
import type { Analysis, Metrics } from '../analysis/types';
import type { Action, MapState, ProcessMap } from '../model/types';
import type { ActionStatus, Effort } from '../model/vocabulary';
import { applyEffects, type SkippedEffect } from './effects';
import { computeFutureState, currentStateOf, type SkippedActionEffect } from './futureState';
import { largestSavings, payoffOf, pickQuadrant, type PickQuadrant } from './pick';

/** Per-lane figures of both states; a lane only one state has gets 0 in the other. */
export interface LaneComparison {
  id: string;
  /** The future name when the lane exists there, else the current one. */
  name: string;
  currentHours: number;
  futureHours: number;
  currentCost: number;
  futureCost: number;
}

/**
 * What one action saves on its own: the metrics of the current state minus those of the
 * current state with only this action's effects applied. Positive is better (fewer hours,
 * lower cost, a shorter lead time, fewer handoffs); a negative value means the action adds.
 * Computed for every action whatever its status, so proposed actions show their potential.
 * Savings of several actions do not simply add up (removing a step and shortening its wait
 * overlap): the total is `Comparison.totalSaving`, from the whole future state.
 */
export interface ActionSaving {
  actionId: string;
  status: ActionStatus;
  effort: Effort;
  /** Person-hours of work per year: Δ annualEffortHours. */
  hoursPerYear: number;
  /** Cost of that work per year: Δ annualCost, in the map's currency. */
  costPerYear: number;
  /** Lead time per case: Δ leadTimeMinutes (working minutes). */
  leadTimeMinutes: number;
  /** The same in working days (60 · hoursPerDay minutes). */
  leadTimeWorkingDays: number;
  handoffsPerCase: number;
  /**
   * Payoff 0..1 among the actions that are not rejected (domain.md section 5, `payoffOf`): the
   * larger of its share of the largest hours saving and of the largest lead-time saving.
   */
  payoff: number;
  /** PICK quadrant from the payoff and the effort (see `pickQuadrant`). */
  quadrant: PickQuadrant;
  /** Effects that could not be applied to the current state. */
  skipped: SkippedEffect[];
  /** false when the state with this action cannot be analysed (then every saving is 0). */
  computable: boolean;
}

export interface Saving {
  hoursPerYear: number;
  costPerYear: number;
  leadTimeMinutes: number;
  leadTimeWorkingDays: number;
  handoffsPerCase: number;
}

export interface Comparison {
  current: Analysis;
  future: Analysis;
  futureState: MapState;
  futureSource: 'actions' | 'edited';
  /** Effects of applied actions that could not be applied (warnings for the future tab). */
  futureSkipped: SkippedActionEffect[];
  /** future − current for every metric of domain.md section 3; null when either has no metrics. */
  metricsDelta: Record<keyof Metrics, number> | null;
  lanes: LaneComparison[];
  actionSavings: ActionSaving[];
  /** current − future (positive is better); null when either state has no metrics. */
  totalSaving: Saving | null;
}

/** Metrics − other, per key. */
function subtractMetrics(metrics: Metrics, other: Metrics): Record<keyof Metrics, number> {
  const delta = {} as Record<keyof Metrics, number>;
  for (const key of METRIC_KEYS) delta[key] = metrics[key] - other[key];
  return delta;
}

/** The saving going from `before` to `after`: before − after. */
export function savingBetween(before: Metrics, after: Metrics, hoursPerDay: number): Saving {
  const leadTimeMinutes = before.leadTimeMinutes - after.leadTimeMinutes;
  return {
    hoursPerYear: before.annualEffortHours - after.annualEffortHours,
    costPerYear: before.annualCost - after.annualCost,
    leadTimeMinutes,
    leadTimeWorkingDays: leadTimeMinutes / (60 * hoursPerDay),
    handoffsPerCase: before.handoffsPerCase - after.handoffsPerCase,
  };
}

const NO_SAVING: Saving = { hoursPerYear: 0, costPerYear: 0, leadTimeMinutes: 0, leadTimeWorkingDays: 0, handoffsPerCase: 0 };

/**
 * The saving of one action on its own (see {@link ActionSaving}), before its PICK quadrant is
 * known. `currentMetrics` are the current state's (passed in so a list of actions analyses the
 * current state once). Only the metrics are computed, not the findings.
 */
export function computeActionSaving(map: ProcessMap, action: Action, currentMetrics: Metrics | null): Omit<ActionSaving, 'quadrant' | 'payoff'> {
  const result = applyEffects(currentStateOf(map), action.effects);
  const metrics = buildAnalysisContext({ state: result.state, settings: map.settings, language: map.meta.language }).metrics;
  const computable = currentMetrics !== null && metrics !== null;
  const saving = computable ? savingBetween(currentMetrics, metrics, map.settings.hoursPerDay) : NO_SAVING;
  return { actionId: action.id, status: action.status, effort: action.effort, ...saving, skipped: result.skipped, computable };
}

/**
 * The savings of all actions with their payoff and PICK quadrant: the payoff relative to the
 * largest hours and lead-time savings among the actions that are not rejected (a rejected
 * action still gets a payoff and a quadrant).
 */
export function computeActionSavings(map: ProcessMap, currentMetrics: Metrics | null): ActionSaving[] {
  const savings = map.actions.map((action) => computeActionSaving(map, action, currentMetrics));
  const largest = largestSavings(savings.filter((saving) => saving.status !== 'rejected'));
  return savings.map((saving) => {
    const payoff = payoffOf(saving, largest);
    return { ...saving, payoff, quadrant: pickQuadrant(payoff, saving.effort) };
  });
}

function compareLanes(map: ProcessMap, futureState: MapState, current: Analysis, future: Analysis): LaneComparison[] {
  const currentById = new Map(current.lanes.map((lane) => [lane.id, lane]));
  const futureById = new Map(future.lanes.map((lane) => [lane.id, lane]));
  const namesById = new Map([...map.lanes, ...futureState.lanes].map((lane) => [lane.id, lane.name]));
  const laneIds = [...new Set([...map.lanes, ...futureState.lanes].map((lane) => lane.id))];
  return laneIds.map((id) => ({
    id,
    name: namesById.get(id) ?? id,
    currentHours: currentById.get(id)?.annualEffortHours ?? 0,
    futureHours: futureById.get(id)?.annualEffortHours ?? 0,
    currentCost: currentById.get(id)?.annualCost ?? 0,
    futureCost: futureById.get(id)?.annualCost ?? 0,
  }));
}

/**
 * Current and future state side by side: both full analyses (metrics of domain.md
 * section 3, findings, diagnostics), the change of every metric, hours and cost per lane, the
 * saving of each action on its own and the total saving of the future state. The future is
 * `computeFutureState(map)`: derived from the applied actions, or the stored (hand-edited) one.
 * Cost: two full analyses plus one metrics-only analysis per action.
 */
export function compareStates(map: ProcessMap): Comparison {
  const settings = map.settings;
  const language = map.meta.language;
  const current = analyseState({ state: currentStateOf(map), settings, language });
  const futureResult = computeFutureState(map);
  const future = analyseState({ state: futureResult.state, settings, language });
  return {
    current,
    future,
    futureState: futureResult.state,
    futureSource: futureResult.source,
    futureSkipped: futureResult.skipped,
    metricsDelta: current.metrics && future.metrics ? subtractMetrics(future.metrics, current.metrics) : null,
    lanes: compareLanes(map, futureResult.state, current, future),
    actionSavings: computeActionSavings(map, current.metrics),
    totalSaving: current.metrics && future.metrics ? savingBetween(current.metrics, future.metrics, settings.hoursPerDay) : null,
  };
}
