import { describe, expect, it } from 'vitest';
import { fitLines, wholeWordsFontPt } from './deckText';

describe('wholeWordsFontPt', () => {
  // A key-figure tile of the process slide: a fifth of the 12.33-inch content width, less its margin.
  const tileWidthInches = 12.33 / 5 - 0.2;

  it('keeps the largest size for a figure that fits', () => {
    expect(wholeWordsFontPt('€ 75.871', tileWidthInches, [18, 16, 14, 12], 2, true)).toBe(18);
  });

  it('makes a long amount smaller rather than break it inside the number', () => {
    const amount = '€\u00a015.796.714';
    // At 18 pt the number does not fit on a line and is broken inside ("€ 15.796." / "714").
    expect(fitLines(amount, tileWidthInches, 18, 2, true)).toHaveLength(2);
    const fontPt = wholeWordsFontPt(amount, tileWidthInches, [18, 16, 14, 12], 2, true);
    expect(fontPt).toBeLessThan(18);
    expect(fitLines(amount, tileWidthInches, fontPt, 2, true)).toEqual([amount]);
  });

  it('lets words wrap between them: "228,1 werkdagen" on two lines keeps 18 pt', () => {
    expect(wholeWordsFontPt('228,1 werkdagen', tileWidthInches, [18, 16, 14, 12], 2, true)).toBe(18);
  });
});
