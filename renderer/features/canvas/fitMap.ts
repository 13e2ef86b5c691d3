import type { Viewport } from '@xyflow/react';
import type { Command } from '../../../shared/commands/types';
import type { MapState } from '../../../shared/model/types';
import { ANNOTATION_SIZE_PX, LANE_HEIGHT_PX, STEP_HEIGHT_PX, STEP_WIDTH_PX } from '../../../shared/layout/geometry';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FitPadding {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Room for the pinned lane headers on the left; a little air elsewhere. */
export const FIT_PADDING: FitPadding = { left: 192, right: 32, top: 28, bottom: 28 };
export const MIN_ZOOM = 0.1;
export const MAX_FIT_ZOOM = 1;

/**
 * What a fitted view must show: every step and annotation, and the lane bands from the top
 * of the first to the bottom of the last (bands have no horizontal end of their own).
 */
export function contentBounds(state: Pick<MapState, 'lanes' | 'steps' | 'annotations'>): Box {
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let top = 0;
  let bottom = state.lanes.length * LANE_HEIGHT_PX;
  const include = (x: number, y: number, width: number, height: number): void => {
    left = Math.min(left, x);
    right = Math.max(right, x + width);
    top = Math.min(top, y);
    bottom = Math.max(bottom, y + height);
  };
  for (const step of state.steps) include(step.position.x, step.position.y, STEP_WIDTH_PX[step.type], STEP_HEIGHT_PX);
  for (const annotation of state.annotations) {
    const size = ANNOTATION_SIZE_PX[annotation.kind];
    include(annotation.position.x, annotation.position.y, size.width, size.height);
  }
  if (!Number.isFinite(left)) {
    left = 0;
    right = 600;
  }
  return { x: left, y: top, width: right - left, height: Math.max(bottom - top, LANE_HEIGHT_PX) };
}

/**
 * The viewport that shows `bounds` as large as possible (up to MAX_FIT_ZOOM) inside a canvas
 * of `view` pixels, anchored at the top left: a process reads from its start on the left,
 * and the lanes begin under the top edge instead of floating in the middle.
 */
export function fitViewport(bounds: Box, view: { width: number; height: number }, padding: FitPadding = FIT_PADDING): Viewport {
  const availableWidth = Math.max(1, view.width - padding.left - padding.right);
  const availableHeight = Math.max(1, view.height - padding.top - padding.bottom);
  const zoom = Math.min(MAX_FIT_ZOOM, Math.max(MIN_ZOOM, Math.min(availableWidth / bounds.width, availableHeight / bounds.height)));
  return { x: padding.left - bounds.x * zoom, y: padding.top - bounds.y * zoom, zoom };
}

/** The box an add command puts on the canvas (flow coordinates), or null for other commands. */
export function addedBox(command: Command): Box | null {
  if (command.type === 'step/add') {
    return { x: command.step.position.x, y: command.step.position.y, width: STEP_WIDTH_PX[command.step.type], height: STEP_HEIGHT_PX };
  }
  if (command.type === 'annotation/add') {
    const size = ANNOTATION_SIZE_PX[command.annotation.kind];
    return { x: command.annotation.position.x, y: command.annotation.position.y, ...size };
  }
  return null;
}

/**
 * The viewport, panned as little as needed (zoom unchanged) so that `box` is inside the
 * visible canvas; the same viewport object when it already is.
 */
export function revealBox(box: Box, viewport: Viewport, view: { width: number; height: number }, padding: FitPadding = FIT_PADDING): Viewport {
  const { zoom } = viewport;
  const left = box.x * zoom + viewport.x;
  const top = box.y * zoom + viewport.y;
  const right = left + box.width * zoom;
  const bottom = top + box.height * zoom;
  let dx = 0;
  let dy = 0;
  if (right > view.width - padding.right) dx = view.width - padding.right - right;
  if (left + dx < padding.left) dx = padding.left - left;
  if (bottom > view.height - padding.bottom) dy = view.height - padding.bottom - bottom;
  if (top + dy < padding.top) dy = padding.top - top;
  return dx === 0 && dy === 0 ? viewport : { x: viewport.x + dx, y: viewport.y + dy, zoom };
}
