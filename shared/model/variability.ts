import { MAX_COEFFICIENT_OF_VARIATION } from './schema';

/**
 * How much a step's waiting or work varies, in plain words, and the coefficient of variation
 * (standard deviation / mean, domain.md section 8) each word stands for. The file stores the
 * number; the editor shows the word, or the number itself when it is none of these.
 * - fixed ("vast"): every case the same, c = 0;
 * - varying ("wisselend"): usually within about half the mean either way, c = 0.5;
 * - strongly varying ("sterk wisselend"): as often much shorter as much longer, c = 1
 *   (the spread of waiting in a queue: the exponential distribution);
 * - highly varying ("zeer wisselend"): mostly short, now and then very long, c = 1.5.
 */
export const VARIABILITY_LEVELS = ['fixed', 'varying', 'strongly-varying', 'highly-varying'] as const;
export type VariabilityLevel = (typeof VARIABILITY_LEVELS)[number];

export const VARIABILITY_COEFFICIENTS: Readonly<Record<VariabilityLevel, number>> = {
  fixed: 0,
  varying: 0.5,
  'strongly-varying': 1,
  'highly-varying': 1.5,
};

export { MAX_COEFFICIENT_OF_VARIATION };

/** The word for a stored coefficient (absent means 0: fixed), or 'custom' for any other number. */
export function variabilityLevelOf(coefficient: number | undefined): VariabilityLevel | 'custom' {
  const value = coefficient ?? 0;
  return VARIABILITY_LEVELS.find((level) => VARIABILITY_COEFFICIENTS[level] === value) ?? 'custom';
}

/** What a level stores: 0 is left out of the file (absent means 0). */
export function coefficientOfLevel(level: VariabilityLevel): number | undefined {
  const coefficient = VARIABILITY_COEFFICIENTS[level];
  return coefficient === 0 ? undefined : coefficient;
}
