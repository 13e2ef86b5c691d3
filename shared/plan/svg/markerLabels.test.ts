import { describe, expect, it } from 'vitest';
import { placeMarkerLabels } from './markerLabels';

const rowsAndSides = (placements: ReturnType<typeof placeMarkerLabels>) => placements.map(({ row, anchor }) => `${row}${anchor}`);

describe('placing the labels of percentile lines', () => {
  it('keeps labels in the top row, right of their lines, when there is room', () => {
    const placements = placeMarkerLabels([{ x: 100, widthPx: 50 }, { x: 300, widthPx: 50 }, { x: 500, widthPx: 50 }], 3, 4, 756);
    expect(rowsAndSides(placements)).toEqual(['0start', '0start', '0start']);
    expect(placements[1]).toMatchObject({ left: 304, right: 354 });
  });

  it('moves a label that would overlap the one before it a row down, and ends one at its line near the right edge', () => {
    // Widths 120 in [4, 396]: 50 % at 100 → text 104–224 (left of it would start at −24).
    // 85 % at 200: right (204–324) or left (76–196) both overlap the 50 % label in row 0; row 1
    // right of its line crosses nothing. 95 % at 380 only fits left (256–376), in row 0 clear of 224.
    const placements = placeMarkerLabels([{ x: 100, widthPx: 120 }, { x: 200, widthPx: 120 }, { x: 380, widthPx: 120 }], 3, 4, 396);
    expect(rowsAndSides(placements)).toEqual(['0start', '1start', '0end']);
  });

  it('never lets a label run across another line (the narrow panel: 95 % ending at its line across the 50 % line)', () => {
    // 95 % at 300 fits only left of its line: 96–296, across the lines at 150 and 170. Lines start
    // under their own label, so those two labels must sit lower than it: 95 % in row 0, and 50 %
    // (left, 86–146) and 85 % (right, 174–234) side by side in row 1, where neither crosses the
    // other's line. Cost 1 + 3 + 2 = 6; every other clash-free placement costs more.
    const placements = placeMarkerLabels([{ x: 150, widthPx: 60 }, { x: 170, widthPx: 60 }, { x: 300, widthPx: 200 }], 3, 4, 316);
    expect(rowsAndSides(placements)).toEqual(['1end', '1start', '0end']);
  });

  it('places many markers row by row without searching every combination', () => {
    const markers = Array.from({ length: 7 }, (_, index) => ({ x: 40 + index * 100, widthPx: 60 }));
    expect(rowsAndSides(placeMarkerLabels(markers, 3, 4, 756))).toEqual(Array(7).fill('0start'));
  });
});
