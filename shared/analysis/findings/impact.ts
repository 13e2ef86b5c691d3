import type { Flow, Step } from '../../model/types';
import type { AnalysisContext } from '../context';
import type { Finding } from '../types';
import { compareIds } from './findingId';

/** The impact fields of a finding. */
export type Impact = Pick<Finding, 'impactMinutesPerCase' | 'impactHoursPerYear' | 'impactKind' | 'impactCost'>;

/** Minutes of paid work per case done in one lane. */
export interface LaneWork {
  laneId: string;
  minutesPerCase: number;
}

/** Visits below this count as "never visited" (unreachable steps get exactly 0). */
const VISIT_EPSILON = 1e-12;

/** Expected visits v(s) per case; 0 for unknown or unreachable steps. */
export function visitsOf(context: AnalysisContext, stepId: string): number {
  return context.visits.get(stepId) ?? 0;
}

/** Whether a case ever reaches the step: findings never point at unreachable steps. */
export function isVisited(context: AnalysisContext, stepId: string): boolean {
  return visitsOf(context, stepId) > VISIT_EPSILON;
}

/** Expected traversals of a flow per case: v(from)·p(flow). */
export function traversalsOf(context: AnalysisContext, flow: Flow): number {
  return visitsOf(context, flow.from) * (context.probability.get(flow.id) ?? 0);
}

/** Visited steps, sorted by id so every detector walks them in the same order. */
export function visitedSteps(context: AnalysisContext): Step[] {
  return [...context.stepsById.values()].filter((step) => isVisited(context, step.id)).sort((a, b) => compareIds(a.id, b.id));
}

/**
 * Flows a case actually takes (v(from)·p > 0) whose two ends exist, sorted by id.
 * A flow with probability 0 or from an unreachable step yields no finding.
 */
export function traversedFlows(context: AnalysisContext): Flow[] {
  const flows: Flow[] = [];
  for (const list of context.outgoing.values()) {
    for (const flow of list) {
      if (context.stepsById.has(flow.from) && context.stepsById.has(flow.to) && traversalsOf(context, flow) > VISIT_EPSILON) {
        flows.push(flow);
      }
    }
  }
  return flows.sort((a, b) => compareIds(a.id, b.id));
}

/** The lane of a step (the step must exist). */
export function laneOf(context: AnalysisContext, stepId: string): string {
  return context.stepsById.get(stepId)?.laneId ?? '';
}

/**
 * Impact of paid work (impactKind 'person-hours'):
 * minutes = Σ minutesPerCase; hours/year = casesPerYear · minutes / 60;
 * cost/year = Σ_lanes casesPerYear · minutes_lane / 60 · hourlyCost(lane).
 */
export function workImpact(context: AnalysisContext, work: readonly LaneWork[]): Impact {
  const casesPerYear = context.input.settings.casesPerYear;
  let minutes = 0;
  let cost = 0;
  for (const part of work) {
    minutes += part.minutesPerCase;
    cost += ((casesPerYear * part.minutesPerCase) / 60) * context.hourlyCostOf(part.laneId);
  }
  return { impactMinutesPerCase: minutes, impactHoursPerYear: (casesPerYear * minutes) / 60, impactKind: 'person-hours', impactCost: cost };
}

/**
 * Impact of delay (impactKind 'case-hours'): hours/year = casesPerYear · minutes / 60 is the
 * time cases together lie idle, not paid work. Its cost is 0: waiting costs no wages, and
 * what a late case costs the organisation is not in the map.
 */
export function delayImpact(context: AnalysisContext, minutesPerCase: number): Impact {
  const casesPerYear = context.input.settings.casesPerYear;
  return { impactMinutesPerCase: minutesPerCase, impactHoursPerYear: (casesPerYear * minutesPerCase) / 60, impactKind: 'case-hours', impactCost: 0 };
}
