import type { Finding } from '../types';
import { compareIds } from './findingId';

/**
 * Impacts are compared after rounding to 1e-6, so that float noise from a different
 * summation order (e.g. steps reordered in the file) cannot swap two equal findings.
 */
function sortKey(value: number): number {
  return Math.round(value * 1e6);
}

/**
 * Sorts findings (domain.md section 4): impactHoursPerYear descending (person-hours and
 * case-hours of delay alike), then impactMinutesPerCase descending, then id ascending so
 * the order is fully deterministic (equal findings keep their order). Returns a new array.
 * The keys are rounded and read once per finding rather than once per comparison: a
 * 100,000-step map has over 200,000 findings.
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const count = findings.length;
  const hoursKeys = new Float64Array(count);
  const minutesKeys = new Float64Array(count);
  const ids = new Array<string>(count);
  const order = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    const finding = findings[i] as Finding;
    hoursKeys[i] = sortKey(finding.impactHoursPerYear);
    minutesKeys[i] = sortKey(finding.impactMinutesPerCase);
    ids[i] = finding.id;
    order[i] = i;
  }
  order.sort(
    (a, b) =>
      (hoursKeys[b] as number) - (hoursKeys[a] as number) ||
      (minutesKeys[b] as number) - (minutesKeys[a] as number) ||
      compareIds(ids[a] as string, ids[b] as string) ||
      a - b,
  );
  const sorted = new Array<Finding>(count);
  for (let i = 0; i < count; i++) sorted[i] = findings[order[i] as number] as Finding;
  return sorted;
}
