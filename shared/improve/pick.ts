import type { Effort } from '../model/vocabulary';

/**
 * PICK chart (domain.md section 5): Possible (low impact, low effort), Implement (high, low),
 * Challenge (high, high), Kill (low, high).
 */
export const PICK_QUADRANTS = ['possible', 'implement', 'challenge', 'kill'] as const;
export type PickQuadrant = (typeof PICK_QUADRANTS)[number];

/**
 * An action has high impact from this share of the largest impact among the actions on the
 * chart on: relative, so every map has its "big ones", whatever its size.
 */
export const HIGH_IMPACT_SHARE = 0.5;

/** Float tolerance for the share comparison (savings are differences of analyses). */
const TOLERANCE = 1e-9;

/**
 * Low effort is only 'low': an action of medium effort needs planning, people or money, and
 * "just do it" is kept for what a team can start on Monday. So medium counts as high effort.
 */
export function isLowEffort(effort: Effort): boolean {
  return effort === 'low';
}

/**
 * High impact: a positive saving of at least {@link HIGH_IMPACT_SHARE} of the largest saving.
 * An action that saves nothing (or adds hours) is never high impact, also when every action
 * saves nothing.
 */
export function isHighImpact(impactHoursPerYear: number, largestImpactHoursPerYear: number): boolean {
  if (!(largestImpactHoursPerYear > 0) || !(impactHoursPerYear > 0)) return false;
  return impactHoursPerYear >= HIGH_IMPACT_SHARE * largestImpactHoursPerYear - TOLERANCE * largestImpactHoursPerYear;
}

/**
 * The PICK quadrant of an action from its impact (person-hours per year it saves, domain.md
 * section 5; see comparison.ts for how that is computed) relative to the largest impact of
 * the actions on the chart, and its effort.
 */
export function pickQuadrant(impactHoursPerYear: number, largestImpactHoursPerYear: number, effort: Effort): PickQuadrant {
  const high = isHighImpact(impactHoursPerYear, largestImpactHoursPerYear);
  if (isLowEffort(effort)) return high ? 'implement' : 'possible';
  return high ? 'challenge' : 'kill';
}
