import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { medianInPlace } from './measure';

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
});
