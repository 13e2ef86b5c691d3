import type { StepType } from './vocabulary';

/**
 * The layout convention of a map's `position` values, shared by everything that places or
 * draws steps: the canvas, new maps, improvement effects, the plan's drawings and the
 * templates. Lane `i` (in lane order) is the horizontal band `y ∈ [i·LANE_HEIGHT_PX,
 * (i+1)·LANE_HEIGHT_PX)`; a step's `position` is the top-left corner of its box, placed
 * DEFAULT_STEP_OFFSET_PX below the top of its band; consecutive steps are STEP_SPACING_PX apart.
 */
export const LANE_HEIGHT_PX = 180;
/** Where a new step is placed inside its band, and where the templates put them. */
export const DEFAULT_STEP_OFFSET_PX = 50;
/** Horizontal distance between the left edges of consecutive steps (as in the templates). */
export const STEP_SPACING_PX = 220;
/** Every step type has this height, so the steps of a lane share one centre line. */
export const STEP_HEIGHT_PX = 100;

export const STEP_WIDTH_PX: Readonly<Record<StepType, number>> = {
  start: 130,
  activity: 150,
  decision: 100,
  end: 130,
  /** A parallel gateway: the decision's diamond, with a plus. */
  parallel: 100,
};

/** Soft lane accents, by lane order; they repeat after eight lanes. */
export const LANE_COLORS = ['#2f6fde', '#8a4fd1', '#0f8f84', '#c8641b', '#55851e', '#c23f7a', '#2a86b8', '#9c7a12'] as const;

/** The accent colour of the lane at `laneIndex` (any integer). */
export function laneColor(laneIndex: number): string {
  return LANE_COLORS[((laneIndex % LANE_COLORS.length) + LANE_COLORS.length) % LANE_COLORS.length] ?? LANE_COLORS[0];
}
