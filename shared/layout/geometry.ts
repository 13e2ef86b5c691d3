import type { AnnotationKind } from '../model/vocabulary';
import { DEFAULT_STEP_OFFSET_PX, LANE_HEIGHT_PX, STEP_HEIGHT_PX } from '../model/layout';

export { DEFAULT_STEP_OFFSET_PX, LANE_COLORS, LANE_HEIGHT_PX, STEP_HEIGHT_PX, STEP_SPACING_PX, STEP_WIDTH_PX, laneColor } from '../model/layout';

/**
 * The canvas coordinate convention (flow coordinates = document `position` values):
 *
 * - Lane `i` (in lane order) is the horizontal band `y ∈ [i·LANE_HEIGHT_PX, (i+1)·LANE_HEIGHT_PX)`.
 *   The height is fixed, so a lane's band never depends on what is in it and the
 *   bundled templates (which place steps at `y = laneIndex·180 + 50`) land in their bands.
 * - A step's `position` is the top-left corner of its node box. Every step type has the same
 *   height (STEP_HEIGHT_PX), so all steps of a lane share one centre line and flows between
 *   them run straight. The box is drawn in the band of its `laneId`: its y is clamped into
 *   `[bandTop + STEP_MARGIN_PX, bandBottom − STEP_HEIGHT_PX − STEP_MARGIN_PX]`. A stale y in the
 *   file (a step moved to another lane by the inspector) is only corrected in the picture,
 *   until the step is dragged.
 * - The upper part of each band (above the steps, DEFAULT_STEP_OFFSET_PX high) is where
 *   rework flows arc back, so they do not cross the boxes of their own lane.
 * - Annotations (notes, kaizen bursts) are free: their position is used as is.
 */
export const STEP_MARGIN_PX = 8;
/** Minimum free space between two boxes placed next to each other (room for the inventory triangle). */
export const STEP_GAP_PX = 70;
export const SNAP_GRID_PX = 10;
export const ANNOTATION_SIZE_PX: Record<AnnotationKind, { width: number; height: number }> = {
  note: { width: 180, height: 110 },
  kaizen: { width: 210, height: 130 },
};

export function laneTopPx(laneIndex: number): number {
  return laneIndex * LANE_HEIGHT_PX;
}

/** The lane index whose band contains `y`, clamped to the existing lanes (0 when there are none). */
export function laneIndexAtY(y: number, laneCount: number): number {
  if (laneCount <= 0) return 0;
  const index = Math.floor(y / LANE_HEIGHT_PX);
  return Math.min(Math.max(index, 0), laneCount - 1);
}

/** A step's y clamped into the band of lane `laneIndex` (see the convention above). */
export function clampStepY(y: number, laneIndex: number): number {
  const top = laneTopPx(laneIndex) + STEP_MARGIN_PX;
  const bottom = laneTopPx(laneIndex) + LANE_HEIGHT_PX - STEP_HEIGHT_PX - STEP_MARGIN_PX;
  return Math.min(Math.max(y, top), bottom);
}

/** The y of a step placed in lane `laneIndex` without a preference. */
export function defaultStepY(laneIndex: number): number {
  return laneTopPx(laneIndex) + DEFAULT_STEP_OFFSET_PX;
}

export function snapToGrid(value: number): number {
  return Math.round(value / SNAP_GRID_PX) * SNAP_GRID_PX;
}
