import type { Finding } from '../types';
import { compareIds } from './findingId';

/**
 * Impacts are compared after rounding to 1e-6, so that float noise from a different
 * summation order (e.g. steps reordered in the file) cannot swap two equal findings.
 * `+ 0` turns -0 into 0, which the comparison treats as equal anyway.
 */
function sortKey(value: number): number {
  return Math.round(value * 1e6) + 0;
}

/**
 * Sorts findings (domain.md section 4): impactHoursPerYear descending (person-hours and
 * case-hours of delay alike), then impactMinutesPerCase descending, then id ascending so
 * the order is fully deterministic (equal findings keep their order). Returns a new array.
 * The keys are rounded and read once per finding rather than once per comparison: a
 * 100,000-step map has over 200,000 findings. With finite keys (always, on a valid map) the
 * hours decide through a typed-array sort without a comparison function, and only findings
 * with equal hours are compared further (see `sortByHoursNatively`).
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const count = findings.length;
  const hoursKeys = new Float64Array(count);
  const minutesKeys = new Float64Array(count);
  const ids = new Array<string>(count);
  let finite = true;
  for (let i = 0; i < count; i++) {
    const finding = findings[i] as Finding;
    const hours = sortKey(finding.impactHoursPerYear);
    const minutes = sortKey(finding.impactMinutesPerCase);
    hoursKeys[i] = hours;
    minutesKeys[i] = minutes;
    ids[i] = finding.id;
    // Infinity - Infinity and NaN make the comparison inconsistent: the comparison sort then
    // decides alone, as it always did.
    if (finite && !(Number.isFinite(hours) && Number.isFinite(minutes))) finite = false;
  }
  /** The comparison of section 4 between findings a and b (indices). */
  const compare = (a: number, b: number): number =>
    (hoursKeys[b] as number) - (hoursKeys[a] as number) ||
    (minutesKeys[b] as number) - (minutesKeys[a] as number) ||
    compareIds(ids[a] as string, ids[b] as string) ||
    a - b;
  let order: ArrayLike<number>;
  if (finite && count * count < Number.MAX_SAFE_INTEGER) order = sortByHoursNatively(hoursKeys, compare);
  else {
    const indices = new Array<number>(count);
    for (let i = 0; i < count; i++) indices[i] = i;
    order = indices.sort(compare);
  }
  const sorted = new Array<Finding>(count);
  for (let i = 0; i < count; i++) sorted[i] = findings[order[i] as number] as Finding;
  return sorted;
}

/**
 * The order of `compare` over indices 0…n−1 whose first criterion is `hoursKeys` descending
 * (finite): each index is packed with the rank of its hours into one number, rank·n + index,
 * which a Float64Array sorts natively (no call per comparison, and no two numbers are equal);
 * then every run of equal hours (usually short; the findings of zero impact form the longest)
 * is sorted by `compare`, which decides by the other criteria within it.
 */
function sortByHoursNatively(hoursKeys: Float64Array, compare: (a: number, b: number) => number): Int32Array {
  const count = hoursKeys.length;
  // The distinct hours, largest first: the rank of a key is its place here.
  const ascending = hoursKeys.slice().sort();
  let distinctCount = 0;
  for (let i = 0; i < count; i++) {
    if (distinctCount === 0 || ascending[distinctCount - 1] !== ascending[i]) ascending[distinctCount++] = ascending[i] as number;
  }
  const packed = new Float64Array(count);
  for (let i = 0; i < count; i++) packed[i] = (distinctCount - 1 - placeOf(ascending, distinctCount, hoursKeys[i] as number)) * count + i;
  packed.sort();
  const order = new Int32Array(count);
  const ranks = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const value = packed[k] as number;
    const rank = Math.floor(value / count);
    ranks[k] = rank;
    order[k] = value - rank * count;
  }
  for (let start = 0; start < count; ) {
    let end = start + 1;
    while (end < count && ranks[end] === ranks[start]) end++;
    if (end - start > SHORT_RUN) order.subarray(start, end).sort(compare);
    else if (end - start > 1) insertionSort(order, start, end, compare);
    start = end;
  }
  return order;
}

/**
 * Runs up to this long are sorted in place by insertion: most runs of equal hours are pairs
 * or a handful, where a typed-array view and a library sort per run cost more than the sorting.
 */
const SHORT_RUN = 12;

/** Sorts order[start…end) by `compare`, in place. */
function insertionSort(order: Int32Array, start: number, end: number, compare: (a: number, b: number) => number): void {
  for (let i = start + 1; i < end; i++) {
    const value = order[i] as number;
    let at = i;
    while (at > start && compare(order[at - 1] as number, value) > 0) {
      order[at] = order[at - 1] as number;
      at--;
    }
    order[at] = value;
  }
}

/** The place of `key` among the first `length` values of the ascending `values`, which hold it. */
function placeOf(values: Float64Array, length: number, key: number): number {
  let low = 0;
  let high = length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] as number) < key) low = middle + 1;
    else high = middle;
  }
  return low;
}
