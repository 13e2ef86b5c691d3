import { isApplied } from '../../../../shared/improve/futureState';
import type { Action, Effect, MapState } from '../../../../shared/model/types';
import { clampStepY, STEP_WIDTH_PX } from '../../../../shared/layout/geometry';

/** Size of one burst in flow pixels, and the room between bursts on one step. */
export const BURST_SIZE_PX = 40;
const BURST_SPACING_PX = BURST_SIZE_PX + 4;

export interface KaizenMarker {
  actionId: string;
  /** The action's place in the map's list (1, 2, 3…), drawn in the burst. */
  number: number;
  title: string;
  stepId: string;
  /** Top-left corner in flow coordinates. */
  x: number;
  y: number;
}

/** The steps an effect acts on: its step(s), or for a flow effect the step the flow leaves. */
function touchedStepIds(effect: Effect, state: MapState): string[] {
  switch (effect.type) {
    case 'merge-steps':
      return effect.stepIds;
    case 'set-medium':
    case 'remove-flow':
    case 'set-probability': {
      const flow = state.flows.find((candidate) => candidate.id === effect.flowId);
      return flow ? [flow.from] : [];
    }
    default:
      return [effect.stepId];
  }
}

/**
 * Kaizen bursts for the accepted (and done) actions, next to the steps their effects touch
 * (value-stream mapping's convention: the burst marks where an improvement acts). A projection
 * of the actions onto the shown state, never stored. `effectsState` is the state the effects
 * name (the current state); a step that is not in the shown state (removed in the future) gets
 * no burst there. Several actions on one step line up along its top edge.
 */
export function kaizenMarkers(actions: readonly Action[], shown: MapState, effectsState: MapState): KaizenMarker[] {
  const laneIndex = new Map(shown.lanes.map((lane, index) => [lane.id, index]));
  const stepsById = new Map(shown.steps.map((step) => [step.id, step]));
  const countOnStep = new Map<string, number>();
  const markers: KaizenMarker[] = [];
  actions.forEach((action, index) => {
    if (!isApplied(action)) return;
    const stepIds = new Set(action.effects.flatMap((effect) => touchedStepIds(effect, effectsState)));
    for (const stepId of stepIds) {
      const step = stepsById.get(stepId);
      if (!step) continue;
      const slot = countOnStep.get(stepId) ?? 0;
      countOnStep.set(stepId, slot + 1);
      const top = clampStepY(step.position.y, laneIndex.get(step.laneId) ?? 0);
      markers.push({
        actionId: action.id,
        number: index + 1,
        title: action.title,
        stepId,
        x: step.position.x + STEP_WIDTH_PX[step.type] - BURST_SIZE_PX / 2 - slot * BURST_SPACING_PX,
        y: top - BURST_SIZE_PX / 2 - 4,
      });
    }
  });
  return markers;
}
