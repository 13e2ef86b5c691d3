/**
 * Where the labels of a histogram's percentile lines go. Each label sits in one of a few rows
 * above the plot, beside its line: to the right of it ('start') or ending at it ('end'). A
 * line runs from just under its label down to the plot, so a label must not cross another
 * line that starts in a row above it, and a line must not run through a label below its start.
 * Three markers (50, 85 and 95 %) have at most 6³ placements: all are tried, and the one with
 * the labels highest and most often right of their lines wins.
 */

/** One line to label: where it is and how wide its label is, in pixels. */
export interface MarkerToPlace {
  x: number;
  widthPx: number;
}

export interface PlacedMarkerLabel {
  /** 0 is the top row. */
  row: number;
  anchor: 'start' | 'end';
  /** Left and right end of the label's text. */
  left: number;
  right: number;
}

/** Space between a line and its label, and the least space kept around another line or label. */
const GAP_PX = 4;
const CLEARANCE_PX = 3;
/** Beyond this many markers the exhaustive search would be slow: labels then go row by row, left to right. */
const MAX_SEARCHED = 5;

function placementOf(marker: MarkerToPlace, row: number, anchor: 'start' | 'end'): PlacedMarkerLabel {
  const left = anchor === 'start' ? marker.x + GAP_PX : marker.x - GAP_PX - marker.widthPx;
  return { row, anchor, left, right: left + marker.widthPx };
}

/** Whether `label` (of the line at `x`) clashes with `other` (of the line at `otherX`). */
function clashes(label: PlacedMarkerLabel, x: number, other: PlacedMarkerLabel, otherX: number): boolean {
  const overlaps = (a: PlacedMarkerLabel, b: PlacedMarkerLabel): boolean => a.left < b.right + 2 * CLEARANCE_PX && b.left < a.right + 2 * CLEARANCE_PX;
  const crossesLine = (text: PlacedMarkerLabel, lineX: number, lineRow: number): boolean =>
    lineRow < text.row && text.left - CLEARANCE_PX < lineX && lineX < text.right + CLEARANCE_PX;
  if (label.row === other.row && overlaps(label, other)) return true;
  return crossesLine(label, otherX, other.row) || crossesLine(other, x, label.row);
}

/** Lower is better: higher rows first, then labels right of their lines (they read more easily). */
function costOf(placements: readonly PlacedMarkerLabel[]): number {
  return placements.reduce((sum, placement) => sum + placement.row * 2 + (placement.anchor === 'end' ? 1 : 0), 0);
}

/**
 * A row and side for each marker's label (in the order given) within [minX, maxX], none
 * crossing another's line or label. When no such placement exists, the one with the fewest
 * clashes; labels too wide for either side keep the side with more room.
 */
export function placeMarkerLabels(markers: readonly MarkerToPlace[], rowCount: number, minX: number, maxX: number): PlacedMarkerLabel[] {
  const choicesOf = (marker: MarkerToPlace): PlacedMarkerLabel[] => {
    const sides = (['start', 'end'] as const).filter((anchor) => {
      const placement = placementOf(marker, 0, anchor);
      return placement.left >= minX && placement.right <= maxX;
    });
    const fallbackSide: 'start' | 'end' = maxX - marker.x >= marker.x - minX ? 'start' : 'end';
    const usable = sides.length > 0 ? sides : [fallbackSide];
    return Array.from({ length: rowCount }, (_, row) => usable.map((anchor) => placementOf(marker, row, anchor))).flat();
  };
  if (markers.length > MAX_SEARCHED) return placeRowByRow(markers, choicesOf);

  const choices = markers.map(choicesOf);
  let best: PlacedMarkerLabel[] = [];
  let bestScore = Infinity;
  const chosen: PlacedMarkerLabel[] = [];
  const search = (index: number, clashCount: number): void => {
    if (index === markers.length) {
      // A clash outweighs any difference in rows or sides.
      const score = clashCount * 1000 + costOf(chosen);
      if (score < bestScore) {
        bestScore = score;
        best = [...chosen];
      }
      return;
    }
    for (const choice of choices[index] as PlacedMarkerLabel[]) {
      let added = 0;
      for (let other = 0; other < index; other++) {
        if (clashes(choice, (markers[index] as MarkerToPlace).x, chosen[other] as PlacedMarkerLabel, (markers[other] as MarkerToPlace).x)) added++;
      }
      chosen.push(choice);
      search(index + 1, clashCount + added);
      chosen.pop();
    }
  };
  search(0, 0);
  return best;
}

/** Each label in the first row where it clashes with nothing placed before it, else the last row. */
function placeRowByRow(markers: readonly MarkerToPlace[], choicesOf: (marker: MarkerToPlace) => PlacedMarkerLabel[]): PlacedMarkerLabel[] {
  const placed: PlacedMarkerLabel[] = [];
  markers.forEach((marker, index) => {
    const choices = choicesOf(marker);
    const free = choices.find((choice) => placed.every((other, o) => !clashes(choice, marker.x, other, (markers[o] as MarkerToPlace).x)));
    placed[index] = free ?? (choices[choices.length - 1] as PlacedMarkerLabel);
  });
  return placed;
}
