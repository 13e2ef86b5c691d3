/**
 * Conversions behind the DurationInput: the document stores working minutes
 * (domain.md), people think in minutes, hours or working days
 * (1 working day = 60 × hoursPerDay minutes).
 */
import { minutesPerUnit } from '../../../../shared/i18n/readDuration';

export { minutesPerUnit };

export const DURATION_UNITS = ['minutes', 'hours', 'workingDays'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

/** An amount in `unit` as working minutes: 1.5 h → 90; 2 working days at 8 h/day → 960. */
export function toMinutes(amount: number, unit: DurationUnit, hoursPerDay: number): number {
  return amount * minutesPerUnit(unit, hoursPerDay);
}

/** Working minutes as an amount in `unit`: 90 min → 1.5 h. */
export function fromMinutes(minutes: number, unit: DurationUnit, hoursPerDay: number): number {
  return minutes / minutesPerUnit(unit, hoursPerDay);
}

/** Whether `amount` is a whole number of halves (1, 1.5, 2…), within float noise. */
function isWholeHalves(amount: number): boolean {
  const halves = amount * 2;
  return Math.abs(halves - Math.round(halves)) < 1e-9;
}

/**
 * The unit a stored duration reads best in: the largest unit in which it is at least 1
 * and a whole number of halves, else minutes. 960 min at 8 h/day → 2 working days;
 * 600 → 10 hours (1.25 days is harder to read); 90 → 1.5 hours; 100 → 100 minutes; 0 → minutes.
 */
export function chooseDurationUnit(minutes: number, hoursPerDay: number): DurationUnit {
  for (const unit of ['workingDays', 'hours'] as const) {
    const amount = fromMinutes(minutes, unit, hoursPerDay);
    if (amount >= 1 && isWholeHalves(amount)) return unit;
  }
  return 'minutes';
}

/**
 * Rounds an amount for display in an input without losing what a person typed:
 * up to 4 decimals, so 100 minutes in hours shows 1.6667 rather than pretending to be 1.67.
 */
export function roundForInput(amount: number): number {
  return Math.round(amount * 10_000) / 10_000;
}
