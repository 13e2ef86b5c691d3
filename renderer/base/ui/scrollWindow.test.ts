import { describe, expect, it } from 'vitest';
import { offsetsOf, visibleRange } from './scrollWindow';

describe('visibleRange: the items of a long list in view', () => {
  // Sizes 100, 20, 100, 100, 100 → offsets 0, 100, 120, 220, 320, 420.
  const offsets = offsetsOf([100, 20, 100, 100, 100]);

  it('sums the sizes into start offsets with the end last', () => {
    expect(offsets).toEqual([0, 100, 120, 220, 320, 420]);
  });

  it('takes the items overlapping [scroll, scroll + viewport]', () => {
    // View 110..250: item 1 (100–120), item 2 (120–220), item 3 (220–320).
    expect(visibleRange(offsets, 110, 140, 0)).toEqual({ first: 1, last: 3 });
    // View 0..100: item 0 only (item 1 starts at 100, exactly where the view ends).
    expect(visibleRange(offsets, 0, 100, 0)).toEqual({ first: 0, last: 0 });
  });

  it('widens the window by the overscan on both sides and clamps to the list', () => {
    // View 220..320 widened by 50 → 170..370: items 2, 3, 4.
    expect(visibleRange(offsets, 220, 100, 50)).toEqual({ first: 2, last: 4 });
    expect(visibleRange(offsets, 0, 10_000, 500)).toEqual({ first: 0, last: 4 });
    // Scrolled past the end (a shrunk list): the last item, not nothing.
    expect(visibleRange(offsets, 5_000, 100, 0)).toEqual({ first: 4, last: 4 });
  });

  it('is empty without items', () => {
    expect(visibleRange(offsetsOf([]), 0, 100, 10)).toEqual({ first: 0, last: -1 });
  });
});
