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
 * the order is fully deterministic. Returns a new array.
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      sortKey(b.impactHoursPerYear) - sortKey(a.impactHoursPerYear) ||
      sortKey(b.impactMinutesPerCase) - sortKey(a.impactMinutesPerCase) ||
      compareIds(a.id, b.id),
  );
}
