/** Runs up to this length are sorted by insertion before merging. */
const RUN_LENGTH = 12;

/**
 * Sorts `order[start…end)` (positions of findings) by `ids` in code-unit order, equal ids
 * keeping their order: a merge sort with the string comparison written inline, which takes
 * about half the time of `Array.prototype.sort` with a comparator on the long runs of
 * findings with equal impacts (thousands of system switches of 1 minute each on a
 * 10,000-step map). `buffer` is scratch space at least as long as `order`.
 * It has the shape of `orderByImpact`'s sort on purpose: one merge sort taking the comparison
 * as a function was a third slower on the bench maps' findings (10k and 100k steps), as the
 * comparison is then a call instead of two reads.
 */
export function orderRangeById(order: Int32Array, buffer: Int32Array, start: number, end: number, ids: readonly string[]): void {
  for (let run = start; run < end; run += RUN_LENGTH) insertionSort(order, ids, run, Math.min(run + RUN_LENGTH, end));
  let from = order;
  let into = buffer;
  for (let width = RUN_LENGTH; width < end - start; width *= 2) {
    for (let left = start; left < end; left += 2 * width) merge(from, into, ids, left, Math.min(left + width, end), Math.min(left + 2 * width, end));
    const merged = into;
    into = from;
    from = merged;
  }
  if (from !== order) order.set(from.subarray(start, end), start);
}

function insertionSort(order: Int32Array, ids: readonly string[], start: number, end: number): void {
  for (let i = start + 1; i < end; i++) {
    const position = order[i] as number;
    const id = ids[position] as string;
    let at = i;
    while (at > start && id < (ids[order[at - 1] as number] as string)) {
      order[at] = order[at - 1] as number;
      at--;
    }
    order[at] = position;
  }
}

/** Merges the sorted ranges [start, middle) and [middle, end) of `from` into `into`; equal ids take the left range first. */
function merge(from: Int32Array, into: Int32Array, ids: readonly string[], start: number, middle: number, end: number): void {
  let left = start;
  let right = middle;
  let out = start;
  while (left < middle && right < end) {
    const rightPosition = from[right] as number;
    const leftPosition = from[left] as number;
    if ((ids[rightPosition] as string) < (ids[leftPosition] as string)) {
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
