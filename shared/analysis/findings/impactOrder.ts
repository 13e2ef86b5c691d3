/** Runs up to this length are sorted by insertion before merging. */
const RUN_LENGTH = 16;

/**
 * Positions 0…n−1 ordered by `first` descending, then `second` descending; equal pairs keep
 * their positions' order (a stable merge sort). The keys must not be NaN (NaN compares as
 * neither smaller nor larger nor equal, which no order can follow). Written out rather than
 * `Array.prototype.sort` with a comparator: that calls a function per comparison, which on
 * the 200,000 findings of a 100,000-step map cost more than the detection of most of them;
 * here each comparison is two reads of a typed array.
 */
export function orderByImpact(first: Float64Array, second: Float64Array): Int32Array {
  const count = first.length;
  let order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  for (let start = 0; start < count; start += RUN_LENGTH) insertionSort(order, first, second, start, Math.min(start + RUN_LENGTH, count));
  let buffer = new Int32Array(count);
  for (let width = RUN_LENGTH; width < count; width *= 2) {
    for (let start = 0; start < count; start += 2 * width) {
      const middle = Math.min(start + width, count);
      merge(order, buffer, first, second, start, middle, Math.min(start + 2 * width, count));
    }
    const merged = buffer;
    buffer = order;
    order = merged;
  }
  return order;
}

/** Whether position a comes before position b (strictly): larger first key, then larger second key. */
function before(first: Float64Array, second: Float64Array, a: number, b: number): boolean {
  const firstA = first[a] as number;
  const firstB = first[b] as number;
  if (firstA !== firstB) return firstA > firstB;
  return (second[a] as number) > (second[b] as number);
}

function insertionSort(order: Int32Array, first: Float64Array, second: Float64Array, start: number, end: number): void {
  for (let i = start + 1; i < end; i++) {
    const position = order[i] as number;
    let at = i;
    while (at > start && before(first, second, position, order[at - 1] as number)) {
      order[at] = order[at - 1] as number;
      at--;
    }
    order[at] = position;
  }
}

/** Merges the sorted ranges [start, middle) and [middle, end) of `from` into `into`; ties take the left range first. */
function merge(from: Int32Array, into: Int32Array, first: Float64Array, second: Float64Array, start: number, middle: number, end: number): void {
  let left = start;
  let right = middle;
  let out = start;
  while (left < middle && right < end) {
    const rightPosition = from[right] as number;
    const leftPosition = from[left] as number;
    if (before(first, second, rightPosition, leftPosition)) {
      into[out++] = rightPosition;
      right++;
    } else {
      into[out++] = leftPosition;
      left++;
    }
  }
  while (left < middle) into[out++] = from[left++] as number;
  while (right < end) into[out++] = from[right++] as number;
}
