import { Position as HandleSide, type NodeHandle } from '@xyflow/react';
import { STEP_HEIGHT_PX, STEP_WIDTH_PX } from '../../../shared/model/layout';
import type { StepType } from '../../../shared/model/vocabulary';

/** Below this zoom level nodes are drawn as simple boxes (level of detail). */
export const LOW_DETAIL_ZOOM = 0.45;

/** Width of a pill (start/end) inside its node box; its height is TERMINAL_PILL_HEIGHT_PX. */
export const TERMINAL_PILL_HEIGHT_PX = 56;
const HANDLE_SIZE_PX = 10;

/**
 * Handle ids. Flows run out of the right side and into the left; a flow to a step further
 * left arcs over the top (top-out → top-in); a flow to a step straight above or below
 * leaves through the top or bottom and enters through the bottom or top.
 */
export const HANDLE_IDS = {
  in: 'in',
  out: 'out',
  topIn: 'top-in',
  topOut: 'top-out',
  bottomIn: 'bottom-in',
  bottomOut: 'bottom-out',
} as const;

/** Top of the visible shape of a step (pills are shorter than their node box). */
export function shapeTopPx(stepType: StepType): number {
  return stepType === 'start' || stepType === 'end' ? (STEP_HEIGHT_PX - TERMINAL_PILL_HEIGHT_PX) / 2 : 0;
}

export function shapeBottomPx(stepType: StepType): number {
  return STEP_HEIGHT_PX - shapeTopPx(stepType);
}

/**
 * The handles of a step node, declared up front (with the node's size) so React Flow can
 * draw edges without measuring thousands of nodes first. The StepHandles component puts
 * the DOM handles (used to start and end a connection) at the same places. The left and
 * right handles are declared flush with the box, so arrows touch its border.
 */
export function stepHandles(stepType: StepType): NodeHandle[] {
  const width = STEP_WIDTH_PX[stepType];
  const size = HANDLE_SIZE_PX;
  const half = size / 2;
  const middleY = STEP_HEIGHT_PX / 2 - half;
  const topY = shapeTopPx(stepType);
  const bottomY = shapeBottomPx(stepType);
  const handle = (id: string, type: 'source' | 'target', position: HandleSide, x: number, y: number): NodeHandle => ({
    id,
    type,
    position,
    x,
    y,
    width: size,
    height: size,
  });
  const handles: NodeHandle[] = [];
  if (stepType !== 'start') {
    handles.push(handle(HANDLE_IDS.in, 'target', HandleSide.Left, 0, middleY));
    handles.push(handle(HANDLE_IDS.topIn, 'target', HandleSide.Top, width / 2 - half, topY));
    handles.push(handle(HANDLE_IDS.bottomIn, 'target', HandleSide.Bottom, width / 2 - half, bottomY - size));
  }
  if (stepType !== 'end') {
    handles.push(handle(HANDLE_IDS.out, 'source', HandleSide.Right, width - size, middleY));
    handles.push(handle(HANDLE_IDS.topOut, 'source', HandleSide.Top, width / 2 - half, topY));
    handles.push(handle(HANDLE_IDS.bottomOut, 'source', HandleSide.Bottom, width / 2 - half, bottomY - size));
  }
  return handles;
}
