import type { ActionSaving } from '../../../../shared/improve/comparison';
import { HIGH_PAYOFF_SHARE, pickQuadrant, type PickQuadrant } from '../../../../shared/improve/pick';
import type { Action } from '../../../../shared/model/types';
import { EFFORTS, type Effort } from '../../../../shared/model/vocabulary';

/** The chart's drawing area in viewBox units when every column fits (the SVG scales to its box). */
export const CHART = { width: 900, height: 560, left: 44, right: 880, top: 12, bottom: 510 } as const;

const COLUMN_WIDTH = (CHART.right - CHART.left) / EFFORTS.length;
/** Vertical distance between the centres of two labels in one column (13 px text plus air). */
export const LABEL_LINE = 24;
/** Room under a quadrant's top edge for its name (18 px, baseline 24 below the edge) and a dot's radius. */
const NAME_ROOM = 44;
/** Room above a quadrant's lower edge for a dot's radius. */
const EDGE_ROOM = 14;
/** Below the chart: the effort names and the axis title. */
const AXIS_ROOM = CHART.height - CHART.bottom;
/** A dot's circle radius, the gap to its label, and the label's text height. */
export const DOT_RADIUS = 11;
const LABEL_OFFSET = 16;
const LABEL_HEIGHT = 16;
/**
 * Width of one character of a 13 px label, a little above the average of a sans-serif face
 * (≈ 0.55 em), so an estimated label is never narrower than the drawn one.
 */
const CHARACTER_WIDTH = 7.8;
/** A dot sits this far right of its column's left edge; its label may use the rest of the column. */
const DOT_INSET = 20;
const LABEL_MAX_CHARACTERS = Math.floor((COLUMN_WIDTH - DOT_INSET - LABEL_OFFSET - 8) / CHARACTER_WIDTH);

export function columnCenterX(effort: Effort): number {
  return CHART.left + COLUMN_WIDTH * (EFFORTS.indexOf(effort) + 0.5);
}

/** The effort column under a chart x (dropping a dragged dot); outside the chart: the nearest column. */
export function effortAtX(x: number): Effort {
  const index = Math.floor((x - CHART.left) / COLUMN_WIDTH);
  return EFFORTS[Math.max(0, Math.min(EFFORTS.length - 1, index))] ?? 'medium';
}

export interface PickDot {
  actionId: string;
  /** 1, 2, 3…: the action's place in the map's list, drawn in the dot. */
  number: number;
  title: string;
  /** The title cut to fit its column. */
  shortTitle: string;
  effort: Effort;
  quadrant: PickQuadrant;
  hoursPerYear: number;
  leadTimeMinutes: number;
  /** 0..1, see `payoffOf`. */
  payoff: number;
  x: number;
  y: number;
}

/** The chart with its dots; the height grows when a quadrant's column holds more labels than fit. */
export interface PickLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** The line between high payoff (above) and low payoff (below). */
  splitY: number;
  dots: PickDot[];
}

/** The box a dot's label takes (estimated from its characters), in viewBox units. */
export function labelBox(dot: PickDot): { left: number; right: number; top: number; bottom: number } {
  const left = dot.x + LABEL_OFFSET;
  return { left, right: left + [...dot.shortTitle].length * CHARACTER_WIDTH, top: dot.y - LABEL_HEIGHT / 2, bottom: dot.y + LABEL_HEIGHT / 2 };
}

function shorten(title: string): string {
  const characters = [...title.replace(/\s+/g, ' ').trim()];
  return characters.length <= LABEL_MAX_CHARACTERS ? characters.join('') : `${characters.slice(0, LABEL_MAX_CHARACTERS - 1).join('').trimEnd()}…`;
}

const isHighQuadrant = (quadrant: PickQuadrant): boolean => quadrant === 'implement' || quadrant === 'challenge';

/**
 * Moves the dots of one column and band apart, in place: each at least {@link LABEL_LINE} below
 * the one above, as close to where its payoff puts it as possible, within [minY, maxY]. Sorted
 * by wished y then by number, pushed down from the top, then, when the last one passes maxY,
 * pushed up from the bottom; the band is made tall enough beforehand, so both fit.
 */
function spreadColumn(dots: PickDot[], minY: number, maxY: number): void {
  dots.sort((a, b) => a.y - b.y || a.number - b.number);
  let previous = -Infinity;
  for (const dot of dots) {
    dot.y = Math.max(dot.y, previous + LABEL_LINE, minY);
    previous = dot.y;
  }
  let next = Infinity;
  for (let index = dots.length - 1; index >= 0; index--) {
    const dot = dots[index] as PickDot;
    dot.y = Math.min(dot.y, next - LABEL_LINE, maxY);
    next = dot.y;
  }
}

/**
 * The PICK chart's dots for the actions that are not rejected (domain.md section 5): x in the
 * effort's column, y by payoff (high payoff above the middle line, low below it; within a band
 * the largest payoff highest), labels cut to their column. Labels never overlap, whatever the
 * savings: dots of one column and band are spread at least a label line apart
 * (`spreadColumn`), and a band too short for its dots makes the chart taller. Deterministic:
 * the same actions and savings give the same picture.
 */
export function layoutPick(actions: readonly Action[], savings: readonly ActionSaving[]): PickLayout {
  const savingById = new Map(savings.map((saving) => [saving.actionId, saving]));
  const shown = actions
    .map((action, index) => ({ action, number: index + 1, saving: savingById.get(action.id) }))
    .filter((entry) => entry.action.status !== 'rejected');
  const dots: PickDot[] = shown.map(({ action, number, saving }) => {
    const payoff = saving?.payoff ?? 0;
    return {
      actionId: action.id,
      number,
      title: action.title,
      shortTitle: shorten(action.title),
      effort: action.effort,
      quadrant: saving?.quadrant ?? pickQuadrant(payoff, action.effort),
      hoursPerYear: saving?.hoursPerYear ?? 0,
      leadTimeMinutes: saving?.leadTimeMinutes ?? 0,
      payoff,
      x: CHART.left + COLUMN_WIDTH * EFFORTS.indexOf(action.effort) + DOT_INSET,
      y: 0,
    };
  });

  const groups = new Map<string, PickDot[]>();
  for (const dot of dots) {
    const key = `${dot.effort}|${isHighQuadrant(dot.quadrant) ? 'high' : 'low'}`;
    groups.set(key, [...(groups.get(key) ?? []), dot]);
  }
  const largestGroup = (band: 'high' | 'low'): number =>
    Math.max(0, ...[...groups.entries()].filter(([key]) => key.endsWith(band)).map(([, group]) => group.length));
  const baseBand = (CHART.bottom - CHART.top) * HIGH_PAYOFF_SHARE;
  const bandHeight = (count: number): number => Math.max(baseBand, NAME_ROOM + EDGE_ROOM + Math.max(0, count - 1) * LABEL_LINE);
  const top = CHART.top;
  const splitY = top + bandHeight(largestGroup('high'));
  const bottom = splitY + bandHeight(largestGroup('low'));

  const bands = {
    high: { minY: top + NAME_ROOM, maxY: splitY - EDGE_ROOM, from: HIGH_PAYOFF_SHARE, to: 1 },
    low: { minY: splitY + NAME_ROOM, maxY: bottom - EDGE_ROOM, from: 0, to: HIGH_PAYOFF_SHARE },
  };
  for (const [key, group] of groups) {
    const band = key.endsWith('high') ? bands.high : bands.low;
    for (const dot of group) {
      // Within the band: its lowest payoff at the bottom, its highest at the top.
      const share = Math.min(1, Math.max(0, (dot.payoff - band.from) / (band.to - band.from)));
      dot.y = band.maxY - share * (band.maxY - band.minY);
    }
    spreadColumn(group, band.minY, band.maxY);
  }
  return { width: CHART.width, height: bottom + AXIS_ROOM, left: CHART.left, right: CHART.right, top, bottom, splitY, dots };
}
