import { layOutState, type ElkRunner } from '../layout/laneLayout';
import type { ProcessMap } from '../model/types';

/**
 * The discovered map laid out by the app's automatic layout in lanes (shared/layout): the
 * simple process-order placement of buildMap.ts is only the starting point (and what stays
 * when ELK fails, so a map is never lost over its drawing). `runElk` says where ELK runs:
 * in the discovery worker, or in this thread on the command line.
 */
export async function layOutDiscoveredMap(map: ProcessMap, runElk: ElkRunner): Promise<ProcessMap> {
  try {
    const positions = await layOutState(map, runElk);
    return { ...map, steps: map.steps.map((step) => {
      const position = positions[step.id];
      return position ? { ...step, position: { x: position.x, y: position.y } } : step;
    }) };
  } catch {
    return map;
  }
}
