import type { Bounds } from './diPositions';

export interface Point {
  x: number;
  y: number;
}

/**
 * The waypoints of one flow's edge in the exported diagram, between the shapes of its steps:
 * forward (target to the right) from the right side of the source to the left side of the
 * target with one vertical jog halfway; backward (rework, loops) out of the top of the
 * source, along `backRouteY` (the upper part of the lanes, above the steps) and into the top
 * of the target. The export routes with the shared flow router (shared/layout/flowRouter.ts);
 * this is only for what it does not route: a flow from a step to itself.
 */
export function flowWaypoints(source: Bounds, target: Bounds, backRouteY: number): Point[] {
  const sourceMiddleY = source.y + source.height / 2;
  const targetMiddleY = target.y + target.height / 2;
  const sourceRight = source.x + source.width;
  if (target.x >= sourceRight) {
    if (Math.abs(sourceMiddleY - targetMiddleY) < 1) return [{ x: sourceRight, y: sourceMiddleY }, { x: target.x, y: sourceMiddleY }];
    const middleX = (sourceRight + target.x) / 2;
    return [
      { x: sourceRight, y: sourceMiddleY },
      { x: middleX, y: sourceMiddleY },
      { x: middleX, y: targetMiddleY },
      { x: target.x, y: targetMiddleY },
    ];
  }
  const sourceCentreX = source.x + source.width / 2;
  const targetCentreX = target.x + target.width / 2;
  const y = Math.min(backRouteY, source.y - 10, target.y - 10);
  return [
    { x: sourceCentreX, y: source.y },
    { x: sourceCentreX, y },
    { x: targetCentreX, y },
    { x: targetCentreX, y: target.y },
  ];
}
