import type { Position } from '../commands/types';
import type { MapState } from '../model/types';
import { clampStepY, laneIndexAtY, laneTopPx } from './geometry';

export interface StepMove {
  stepId: string;
  position: Position;
}

/**
 * After lanes were added, reordered or deleted, the bands of some steps moved: these moves
 * keep each step at the same height inside its (new) band, so the document's positions stay
 * what the canvas shows. Only steps whose band changed are listed.
 */
export function reseatSteps(before: MapState, after: MapState): StepMove[] {
  const indexBefore = new Map(before.lanes.map((lane, index) => [lane.id, index]));
  const indexAfter = new Map(after.lanes.map((lane, index) => [lane.id, index]));
  const stepsBefore = new Map(before.steps.map((step) => [step.id, step]));
  const moves: StepMove[] = [];
  for (const step of after.steps) {
    const previous = stepsBefore.get(step.id);
    const newIndex = indexAfter.get(step.laneId);
    if (!previous || newIndex === undefined) continue;
    const oldIndex = indexBefore.get(previous.laneId) ?? laneIndexAtY(previous.position.y, before.lanes.length);
    if (oldIndex === newIndex) continue;
    const offsetInBand = clampStepY(previous.position.y, oldIndex) - laneTopPx(oldIndex);
    const y = clampStepY(laneTopPx(newIndex) + offsetInBand, newIndex);
    if (y !== step.position.y) moves.push({ stepId: step.id, position: { x: step.position.x, y } });
  }
  return moves;
}
