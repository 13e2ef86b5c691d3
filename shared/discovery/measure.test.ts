import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { medianBySelection, medianInPlace, SORTED_MEDIAN_LIMIT } from './measure';

describe('medianInPlace', () => {
  it('equals the median of the sorted values', () => {
    expect(medianInPlace(Float64Array.from([5, 1, 3]))).toBe(3);
    expect(medianInPlace(Float64Array.from([4, 1, 3, 2]))).toBe(2.5);
    expect(medianInPlace(new Float64Array(0))).toBe(0);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 60 }), (values) => {
        const sorted = [...values].sort((a, b) => a - b);
        const middle = sorted.length >> 1;
        const expected = sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
        expect(medianInPlace(Float64Array.from(values))).toBe(expected);
      }),
      { seed: 5 },
    );
  });

  it('takes the same median by sorting (small arrays) as by quickselect (the path for big ones)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 40 }), (values) => {
        expect(medianInPlace(Float64Array.from(values))).toBe(medianBySelection(Float64Array.from(values)));
      }),
      { seed: 9 },
    );
    // One array past the limit takes quickselect: 0, 1, …, n − 1 shuffled, n even → (n/2 − 1 + n/2) / 2.
    const n = SORTED_MEDIAN_LIMIT + 2;
    const values = new Float64Array(n);
    for (let index = 0; index < n; index += 1) values[index] = (index * 7919) % n;
    expect(medianInPlace(values)).toBe((n - 1) / 2);
  });
});
