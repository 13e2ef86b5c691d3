import type { Finding } from '../types';
import type { DetectorScope } from './scope';

/** The impact fields of a finding. */
export type Impact = Pick<Finding, 'impactMinutesPerCase' | 'impactHoursPerYear' | 'impactKind' | 'impactCost'>;

/**
 * The figures the single-step and single-flow impacts below return: one object, rewritten by
 * each call, because `buildStepFinding` and `buildFlowFinding` copy them into the finding at
 * once: an object per finding (and a box per fractional number in it) only made garbage to
 * collect, on over 20,000 findings of a 10,000-step map. So a caller passes the result straight
 * on and never keeps it.
 */
const FIGURES: Impact = { impactMinutesPerCase: 0, impactHoursPerYear: 0, impactKind: 'person-hours', impactCost: 0 };

function figures(minutes: number, hours: number, kind: Impact['impactKind'], cost: number): Impact {
  FIGURES.impactMinutesPerCase = minutes;
  FIGURES.impactHoursPerYear = hours;
  FIGURES.impactKind = kind;
  FIGURES.impactCost = cost;
  return FIGURES;
}

/** Minutes of paid work per case done in one lane. */
export interface LaneWork {
  laneId: string;
  minutesPerCase: number;
}

/**
 * Impact of paid work (impactKind 'person-hours'):
 * minutes = Σ minutesPerCase; hours/year = casesPerYear · minutes / 60;
 * cost/year = Σ_lanes casesPerYear · minutes_lane / 60 · hourlyCost(lane).
 */
export function workImpact(scope: DetectorScope, work: readonly LaneWork[]): Impact {
  const { casesPerYear, context } = scope;
  let minutes = 0;
  let cost = 0;
  for (const part of work) {
    minutes += part.minutesPerCase;
    cost += ((casesPerYear * part.minutesPerCase) / 60) * context.hourlyCostOf(part.laneId);
  }
  return { impactMinutesPerCase: minutes, impactHoursPerYear: (casesPerYear * minutes) / 60, impactKind: 'person-hours', impactCost: cost };
}

/**
 * `workImpact` of work in one lane, with the same arithmetic (so the same figures) and no list.
 * The object is reused by the next call (see FIGURES).
 */
export function laneWorkImpact(scope: DetectorScope, laneId: string, minutesPerCase: number): Impact {
  const { casesPerYear } = scope;
  // 0 + x as in the sum above: it turns -0 into 0.
  const minutes = 0 + minutesPerCase;
  const cost = 0 + ((casesPerYear * minutesPerCase) / 60) * scope.context.hourlyCostOf(laneId);
  return figures(minutes, (casesPerYear * minutes) / 60, 'person-hours', cost);
}

/**
 * Impact of paid work given as totals: minutes per case and Σ minutes × hourly cost per case
 * (work spread over lanes, e.g. what a rework loop adds). hours/year = casesPerYear · minutes / 60;
 * cost/year = casesPerYear · costMinutes / 60. The object is reused by the next call (see FIGURES).
 */
export function costedWorkImpact(scope: DetectorScope, minutesPerCase: number, costMinutesPerCase: number): Impact {
  const { casesPerYear } = scope;
  const minutes = 0 + minutesPerCase;
  return figures(minutes, (casesPerYear * minutes) / 60, 'person-hours', 0 + (casesPerYear * costMinutesPerCase) / 60);
}

/**
 * Impact of delay (impactKind 'case-hours'): hours/year = casesPerYear · minutes / 60 is the
 * time cases together lie idle, not paid work. Its cost is 0: waiting costs no wages, and
 * what a late case costs the organisation is not in the map. The object is reused by the next
 * call (see FIGURES).
 */
export function delayImpact(scope: DetectorScope, minutesPerCase: number): Impact {
  const { casesPerYear } = scope;
  return figures(minutesPerCase, (casesPerYear * minutesPerCase) / 60, 'case-hours', 0);
}
