import { DEFAULT_STEP_OFFSET_PX, LANE_HEIGHT_PX, STEP_SPACING_PX } from '../model/layout';

/**
 * A simple deterministic placement for a discovered map: steps left to right in process
 * order (one column each, so boxes never overlap and every forward flow points right), each
 * in the band of its lane (model/layout.ts). The app's automatic layout can tighten it later.
 */
export function placeInProcessOrder(
  steps: readonly { id: string; laneId: string }[],
  laneOrder: readonly string[],
): Map<string, { x: number; y: number }> {
  const laneIndex = new Map(laneOrder.map((laneId, index) => [laneId, index]));
  const positions = new Map<string, { x: number; y: number }>();
  steps.forEach((step, column) => {
    positions.set(step.id, {
      x: DEFAULT_STEP_OFFSET_PX + column * STEP_SPACING_PX,
      y: (laneIndex.get(step.laneId) ?? 0) * LANE_HEIGHT_PX + DEFAULT_STEP_OFFSET_PX,
    });
  });
  return positions;
}
