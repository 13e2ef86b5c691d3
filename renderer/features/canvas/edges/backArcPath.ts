/** How far above the higher of its two ends a backward arc runs. */
export const ARC_RISE_PX = 28;
const CORNER_RADIUS_PX = 12;

export interface ArcPath {
  path: string;
  labelX: number;
  labelY: number;
}

/**
 * The path of a backward flow (rework, or any flow to a step further left): up out of the
 * top of the source, back along a line above both steps, and down into the top of the
 * target, with rounded corners. In the lane convention this line runs through the free
 * upper part of the band, so the arc does not cross the boxes it passes. A flow from a
 * step to itself becomes a small loop over its top.
 */
export function backArcPath(sourceX: number, sourceY: number, targetX: number, targetY: number): ArcPath {
  const topY = Math.min(sourceY, targetY) - ARC_RISE_PX;
  const horizontal = targetX - sourceX;
  if (Math.abs(horizontal) < 1) {
    const loopWidth = 36;
    return {
      path: `M ${sourceX} ${sourceY} C ${sourceX + loopWidth} ${topY}, ${targetX - loopWidth} ${topY}, ${targetX} ${targetY}`,
      labelX: sourceX,
      labelY: topY,
    };
  }
  const direction = Math.sign(horizontal);
  const radius = Math.min(CORNER_RADIUS_PX, Math.abs(horizontal) / 2, Math.max(0, sourceY - topY), Math.max(0, targetY - topY));
  const path = [
    `M ${sourceX} ${sourceY}`,
    `L ${sourceX} ${topY + radius}`,
    `Q ${sourceX} ${topY} ${sourceX + direction * radius} ${topY}`,
    `L ${targetX - direction * radius} ${topY}`,
    `Q ${targetX} ${topY} ${targetX} ${topY + radius}`,
    `L ${targetX} ${targetY}`,
  ].join(' ');
  return { path, labelX: (sourceX + targetX) / 2, labelY: topY };
}
