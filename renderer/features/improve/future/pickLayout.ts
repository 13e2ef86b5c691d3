import type { ActionSaving } from '../../../../shared/improve/comparison';
import type { PickQuadrant } from '../../../../shared/improve/pick';
import type { Action } from '../../../../shared/model/types';
import { EFFORTS, type Effort } from '../../../../shared/model/vocabulary';

/** The chart's drawing area in viewBox units (the SVG scales to its box). */
export const CHART = { width: 900, height: 560, left: 44, right: 880, top: 12, bottom: 510 } as const;

const COLUMN_WIDTH = (CHART.right - CHART.left) / EFFORTS.length;
const LABEL_MAX_CHARACTERS = 34;

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
  shortTitle: string;
  effort: Effort;
  quadrant: PickQuadrant;
  hoursPerYear: number;
  x: number;
  y: number;
}

function shorten(title: string): string {
  return title.length <= LABEL_MAX_CHARACTERS ? title : `${title.slice(0, LABEL_MAX_CHARACTERS - 1).trimEnd()}…`;
}

/**
 * Dots for the actions that are not rejected: y from the impact relative to the largest (a saving
 * of 0 or less sits on the bottom line), x in the effort's column. Dots of one column that would
 * overlap are moved down in steps, so every label stays readable.
 */
export function placeDots(actions: readonly Action[], savings: readonly ActionSaving[]): PickDot[] {
  const savingById = new Map(savings.map((saving) => [saving.actionId, saving]));
  const shown = actions.map((action, index) => ({ action, number: index + 1, saving: savingById.get(action.id) })).filter((entry) => entry.action.status !== 'rejected');
  const largest = Math.max(0, ...shown.map((entry) => entry.saving?.hoursPerYear ?? 0));
  // Room at the top for the quadrant names, at the bottom for actions that save nothing.
  const usableHeight = CHART.bottom - CHART.top - 70;
  const dots: PickDot[] = shown.map(({ action, number, saving }) => {
    const hoursPerYear = saving?.hoursPerYear ?? 0;
    const share = largest > 0 ? Math.max(0, hoursPerYear) / largest : 0;
    return {
      actionId: action.id,
      number,
      title: action.title,
      shortTitle: shorten(action.title),
      effort: action.effort,
      quadrant: saving?.quadrant ?? 'possible',
      hoursPerYear,
      x: columnCenterX(action.effort) - COLUMN_WIDTH / 2 + 20,
      y: CHART.bottom - 20 - share * usableHeight,
    };
  });
  const placed: PickDot[] = [];
  for (const dot of [...dots].sort((a, b) => a.y - b.y)) {
    let y = dot.y;
    while (placed.some((other) => other.effort === dot.effort && Math.abs(other.y - y) < 26)) y += 26;
    placed.push({ ...dot, y: Math.min(y, CHART.bottom - 12) });
  }
  const byId = new Map(placed.map((dot) => [dot.actionId, dot]));
  return dots.map((dot) => byId.get(dot.actionId) ?? dot);
}
