import type { Effort } from '../model/vocabulary';

/**
 * PICK chart (domain.md section 5): Possible (low payoff, low effort), Implement (high, low),
 * Challenge (high, high), Kill (low, high).
 */
export const PICK_QUADRANTS = ['possible', 'implement', 'challenge', 'kill'] as const;
export type PickQuadrant = (typeof PICK_QUADRANTS)[number];

/**
 * An action has a high payoff from this share of the largest saving among the actions on the
 * chart on: relative, so every map has its "big ones", whatever its size.
 */
export const HIGH_PAYOFF_SHARE = 0.5;

/** Float tolerance for the share comparison (savings are differences of analyses). */
const TOLERANCE = 1e-9;

/** What an action saves on its own, as far as its payoff goes. */
export interface PayoffSaving {
  /** Person-hours of work per year. */
  hoursPerYear: number;
  /** Lead time per case, working minutes. */
  leadTimeMinutes: number;
}

/** The largest saving of work and of lead time among the actions (0 when none saves any). */
export function largestSavings(savings: readonly PayoffSaving[]): PayoffSaving {
  let hoursPerYear = 0;
  let leadTimeMinutes = 0;
  for (const saving of savings) {
    hoursPerYear = Math.max(hoursPerYear, saving.hoursPerYear);
    leadTimeMinutes = Math.max(leadTimeMinutes, saving.leadTimeMinutes);
  }
  return { hoursPerYear, leadTimeMinutes };
}

/** `part / whole` for a positive saving of a positive largest one, else 0. */
function shareOf(part: number, whole: number): number {
  return whole > 0 && part > 0 ? Math.min(1, part / whole) : 0;
}

/**
 * The payoff of an action, 0..1 (domain.md section 5): the larger of its share of the largest
 * person-hours-per-year saving and its share of the largest lead-time saving among the actions.
 * An action that only cuts waiting (no work) can so be as big as the one that saves the most
 * hours. E.g. 40 h of 200 h and 300 of 600 minutes → max(0.2, 0.5) = 0.5. Savings of 0 or less count 0.
 */
export function payoffOf(saving: PayoffSaving, largest: PayoffSaving): number {
  return Math.max(shareOf(saving.hoursPerYear, largest.hoursPerYear), shareOf(saving.leadTimeMinutes, largest.leadTimeMinutes));
}

/**
 * Low effort is only 'low': an action of medium effort needs planning, people or money, and
 * "just do it" is kept for what a team can start on Monday. So medium counts as high effort.
 */
export function isLowEffort(effort: Effort): boolean {
  return effort === 'low';
}

/** High payoff: at least {@link HIGH_PAYOFF_SHARE} of the largest saving (float noise on the boundary does not flip it). */
export function isHighPayoff(payoff: number): boolean {
  return payoff > 0 && payoff >= HIGH_PAYOFF_SHARE - TOLERANCE;
}

/** The PICK quadrant of an action from its payoff (see {@link payoffOf}) and its effort. */
export function pickQuadrant(payoff: number, effort: Effort): PickQuadrant {
  const high = isHighPayoff(payoff);
  if (isLowEffort(effort)) return high ? 'implement' : 'possible';
  return high ? 'challenge' : 'kill';
}
