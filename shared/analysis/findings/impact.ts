import type { Finding } from '../types';
import type { DetectorScope } from './scope';

/** The impact fields of a finding. */
export type Impact = Pick<Finding, 'impactMinutesPerCase' | 'impactHoursPerYear' | 'impactKind' | 'impactCost'>;

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

/** `workImpact` of work in one lane, with the same arithmetic (so the same figures) and no list. */
export function laneWorkImpact(scope: DetectorScope, laneId: string, minutesPerCase: number): Impact {
  const { casesPerYear } = scope;
  // 0 + x as in the sum above: it turns -0 into 0.
  const minutes = 0 + minutesPerCase;
  const cost = 0 + ((casesPerYear * minutesPerCase) / 60) * scope.context.hourlyCostOf(laneId);
  return { impactMinutesPerCase: minutes, impactHoursPerYear: (casesPerYear * minutes) / 60, impactKind: 'person-hours', impactCost: cost };
}

/**
 * Impact of paid work given as totals: minutes per case and Σ minutes × hourly cost per case
 * (work spread over lanes, e.g. what a rework loop adds). hours/year = casesPerYear · minutes / 60;
 * cost/year = casesPerYear · costMinutes / 60.
 */
export function costedWorkImpact(scope: DetectorScope, minutesPerCase: number, costMinutesPerCase: number): Impact {
  const { casesPerYear } = scope;
  const minutes = 0 + minutesPerCase;
  return { impactMinutesPerCase: minutes, impactHoursPerYear: (casesPerYear * minutes) / 60, impactKind: 'person-hours', impactCost: 0 + (casesPerYear * costMinutesPerCase) / 60 };
}

/**
 * Impact of delay (impactKind 'case-hours'): hours/year = casesPerYear · minutes / 60 is the
 * time cases together lie idle, not paid work. Its cost is 0: waiting costs no wages, and
 * what a late case costs the organisation is not in the map.
 */
export function delayImpact(scope: DetectorScope, minutesPerCase: number): Impact {
  const { casesPerYear } = scope;
  return { impactMinutesPerCase: minutesPerCase, impactHoursPerYear: (casesPerYear * minutesPerCase) / 60, impactKind: 'case-hours', impactCost: 0 };
}
