import { STEP_HEIGHT_PX, STEP_SPACING_PX, STEP_WIDTH_PX } from '../../model/layout';
import type { MapState, Step } from '../../model/types';

export { STEP_HEIGHT_PX, STEP_WIDTH_PX };

/**
 * Where the print drawing puts each step. The canvas convention is kept where it reads
 * well on paper: x comes from the step's `position` (so the map looks like the one the
 * user drew), each lane is one horizontal band in lane order and a step is drawn in the
 * band of its `laneId`. Within a band all steps share one centre line (on paper there is
 * no reason to keep a step's small vertical offset), and the bands are lower than on the
 * canvas so that a map of five lanes fits one landscape page.
 */
export const LANE_HEIGHT_PX = 150;
/** Room above the steps of a band for rework arcs. */
export const ARC_SPACE_PX = 38;
export const PILL_HEIGHT_PX = 56;
/** Free space left of a step for its inventory triangle. */
export const INVENTORY_GAP_PX = 80;
/** Column distance of the automatic layout (as the canvas templates space their steps). */
const AUTO_COLUMN_PX = STEP_SPACING_PX;
/** Above this share of overlapping steps the user's positions are not usable on paper. */
const MAX_OVERLAP_SHARE = 0.2;


export interface StepBox {
  step: Step;
  laneIndex: number;
  /** Left edge in drawing coordinates (0 = left edge of the leftmost step). */
  x: number;
  /** Top of the step's 100 px box. */
  y: number;
  width: number;
  height: number;
}

export interface MapLayout {
  boxes: Map<string, StepBox>;
  /** Boxes sorted by x, then lane. */
  ordered: StepBox[];
  laneCount: number;
  /** Right edge of the rightmost step. */
  contentWidthPx: number;
  /** true when the positions in the file overlapped too much and a column layout was used. */
  autoLayout: boolean;
}

function laneIndexById(state: MapState): Map<string, number> {
  const indexById = new Map<string, number>();
  state.lanes.forEach((lane, index) => {
    if (!indexById.has(lane.id)) indexById.set(lane.id, index);
  });
  return indexById;
}

/** Steps whose boxes overlap another step's box in the same lane, as a share of all steps. */
function overlapShare(steps: readonly Step[], laneOf: (step: Step) => number): number {
  if (steps.length === 0) return 0;
  const byLane = new Map<number, Step[]>();
  for (const step of steps) {
    const lane = laneOf(step);
    byLane.set(lane, [...(byLane.get(lane) ?? []), step]);
  }
  let overlapping = 0;
  for (const laneSteps of byLane.values()) {
    const sorted = [...laneSteps].sort((a, b) => a.position.x - b.position.x);
    let previousRight = Number.NEGATIVE_INFINITY;
    for (const step of sorted) {
      if (step.position.x < previousRight) overlapping += 1;
      previousRight = Math.max(previousRight, step.position.x + STEP_WIDTH_PX[step.type]);
    }
  }
  return overlapping / steps.length;
}

/**
 * Columns for a map without usable positions: the breadth-first distance from the start
 * over forward (non-rework) flows, pushed right where a lane already has a step in that
 * column. Unreachable steps follow at the end in document order. O(steps + flows).
 */
function autoColumns(state: MapState, laneOf: (step: Step) => number): Map<string, number> {
  const successors = new Map<string, string[]>();
  for (const flow of state.flows) {
    if (flow.rework) continue;
    successors.set(flow.from, [...(successors.get(flow.from) ?? []), flow.to]);
  }
  const depth = new Map<string, number>();
  const start = state.steps.find((step) => step.type === 'start');
  const queue: string[] = start ? [start.id] : [];
  if (start) depth.set(start.id, 0);
  for (let head = 0; head < queue.length; head += 1) {
    const id = queue[head] ?? '';
    for (const next of successors.get(id) ?? []) {
      if (depth.has(next)) continue;
      depth.set(next, (depth.get(id) ?? 0) + 1);
      queue.push(next);
    }
  }
  let maxDepth = 0;
  for (const value of depth.values()) maxDepth = Math.max(maxDepth, value);
  for (const step of state.steps) if (!depth.has(step.id)) depth.set(step.id, (maxDepth += 1));

  const ordered = [...state.steps].sort((a, b) => (depth.get(a.id) ?? 0) - (depth.get(b.id) ?? 0));
  const lastColumnOfLane = new Map<number, number>();
  const columns = new Map<string, number>();
  for (const step of ordered) {
    const lane = laneOf(step);
    const column = Math.max(depth.get(step.id) ?? 0, (lastColumnOfLane.get(lane) ?? -1) + 1);
    lastColumnOfLane.set(lane, column);
    columns.set(step.id, column);
  }
  return columns;
}

/** The print layout of a state: one box per step (see the constants above). */
export function layoutMap(state: MapState): MapLayout {
  const indexById = laneIndexById(state);
  // A step naming an unknown lane (an unfinished import) is drawn in the first band.
  const laneOf = (step: Step): number => indexById.get(step.laneId) ?? 0;
  const autoLayout = overlapShare(state.steps, laneOf) > MAX_OVERLAP_SHARE;
  const columns = autoLayout ? autoColumns(state, laneOf) : null;
  const rawX = (step: Step): number => (columns ? (columns.get(step.id) ?? 0) * AUTO_COLUMN_PX : step.position.x);
  const minX = state.steps.reduce((min, step) => Math.min(min, rawX(step)), state.steps.length === 0 ? 0 : Number.POSITIVE_INFINITY);

  const boxes = new Map<string, StepBox>();
  for (const step of state.steps) {
    if (boxes.has(step.id)) continue;
    const laneIndex = laneOf(step);
    boxes.set(step.id, {
      step,
      laneIndex,
      // Room for the first step's inventory triangle.
      x: rawX(step) - minX + INVENTORY_GAP_PX,
      y: laneIndex * LANE_HEIGHT_PX + ARC_SPACE_PX,
      width: STEP_WIDTH_PX[step.type],
      height: STEP_HEIGHT_PX,
    });
  }
  const ordered = [...boxes.values()].sort((a, b) => a.x - b.x || a.laneIndex - b.laneIndex);
  const contentWidthPx = ordered.reduce((max, box) => Math.max(max, box.x + box.width), INVENTORY_GAP_PX);
  return { boxes, ordered, laneCount: Math.max(1, state.lanes.length), contentWidthPx, autoLayout };
}

/**
 * Horizontal slices of at most `maxWidthPx` for pages: boxes whose x ranges overlap stay
 * in one slice, each slice starts with room for its first step's inventory triangle, so no step is ever cut. A single cluster wider
 * than the maximum gets a slice of its own. Returns [start, end) ranges in drawing x.
 */
export function sliceLayout(layout: MapLayout, maxWidthPx: number): { startPx: number; endPx: number }[] {
  // Clusters: runs of boxes whose x ranges overlap (steps above each other in other lanes).
  const clusters: { startPx: number; endPx: number }[] = [];
  for (const box of layout.ordered) {
    const last = clusters[clusters.length - 1];
    if (last && box.x < last.endPx) last.endPx = Math.max(last.endPx, box.x + box.width);
    else clusters.push({ startPx: box.x - INVENTORY_GAP_PX, endPx: box.x + box.width });
  }
  if (clusters.length === 0) return [{ startPx: 0, endPx: layout.contentWidthPx }];
  const slices: { startPx: number; endPx: number }[] = [];
  for (const cluster of clusters) {
    const last = slices[slices.length - 1];
    if (last && cluster.endPx - last.startPx <= maxWidthPx) last.endPx = cluster.endPx;
    else slices.push({ startPx: cluster.startPx, endPx: cluster.endPx });
  }
  return slices;
}
