import type { Finding } from '../types';
import { compareIds } from './findingId';
import { orderRangeById } from './idOrder';
import { orderByImpact } from './impactOrder';

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
 * 100,000-step map has over 200,000 findings. They are ordered by a merge sort over typed
 * arrays (`orderByImpact`), and only findings with equal impacts are compared by id.
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const count = findings.length;
  const hoursKeys = new Float64Array(count);
  const minutesKeys = new Float64Array(count);
  const ids = new Array<string>(count);
  let hasNaN = false;
  for (let i = 0; i < count; i++) {
    const finding = findings[i] as Finding;
    const hours = sortKey(finding.impactHoursPerYear);
    const minutes = sortKey(finding.impactMinutesPerCase);
    hoursKeys[i] = hours;
    minutesKeys[i] = minutes;
    ids[i] = finding.id;
    if (hours !== hours || minutes !== minutes) hasNaN = true;
  }
  const order = hasNaN ? orderWithNaN(hoursKeys, minutesKeys, ids) : orderByImpactThenId(hoursKeys, minutesKeys, ids);
  const sorted = new Array<Finding>(count);
  for (let i = 0; i < count; i++) sorted[i] = findings[order[i] as number] as Finding;
  return sorted;
}

/**
 * Positions ordered by impact (`orderByImpact`, which leaves equal impacts in position order),
 * then within each run of equal impacts by id, equal ids by position.
 */
function orderByImpactThenId(hoursKeys: Float64Array, minutesKeys: Float64Array, ids: readonly string[]): Int32Array {
  const order = orderByImpact(hoursKeys, minutesKeys);
  const count = order.length;
  const buffer = new Int32Array(count);
  let start = 0;
  while (start < count) {
    const first = order[start] as number;
    let end = start + 1;
    while (end < count && hoursKeys[order[end] as number] === hoursKeys[first] && minutesKeys[order[end] as number] === minutesKeys[first]) end++;
    if (end - start > 1) orderRangeById(order, buffer, start, end, ids);
    start = end;
  }
  return order;
}

/**
 * The order of the comparison of section 4 as it was always computed, for keys with NaN (an
 * unvalidated state): a NaN difference counts as a tie there, which is no consistent order,
 * so only the same comparison in the same sort gives the same result.
 */
function orderWithNaN(hoursKeys: Float64Array, minutesKeys: Float64Array, ids: readonly string[]): number[] {
  const order = Array.from({ length: ids.length }, (_, i) => i);
  return order.sort(
    (a, b) =>
      (hoursKeys[b] as number) - (hoursKeys[a] as number) ||
      (minutesKeys[b] as number) - (minutesKeys[a] as number) ||
      compareIds(ids[a] as string, ids[b] as string) ||
      a - b,
  );
}
