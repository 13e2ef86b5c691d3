import type { Position } from '../commands/types';
import type { MapState } from '../model/types';
import type { StepType } from '../model/vocabulary';
import { STEP_GAP_PX, STEP_SPACING_PX, STEP_WIDTH_PX, clampStepY, defaultStepY, snapToGrid } from './geometry';

export interface StepPlacement {
  laneId: string;
  position: Position;
}

/**
 * Whether a box of `width` at `x` keeps STEP_GAP_PX free to every step of the lane.
 * Steps of one lane share a band, so only their horizontal extent matters.
 */
function isFreeInLane(state: MapState, laneId: string, x: number, width: number): boolean {
  return state.steps.every((step) => {
    if (step.laneId !== laneId) return true;
    const right = step.position.x + STEP_WIDTH_PX[step.type];
    return x + width + STEP_GAP_PX <= step.position.x || right + STEP_GAP_PX <= x;
  });
}

/** The first x at or right of `fromX` (in STEP_SPACING_PX strides) where a new box fits in the lane. */
export function firstFreeX(state: MapState, laneId: string, fromX: number, stepType: StepType = 'activity'): number {
  const width = STEP_WIDTH_PX[stepType];
  let x = snapToGrid(fromX);
  // Bounded: every stride passes at least one step, so it ends after at most steps+1 tries.
  for (let attempt = 0; attempt <= state.steps.length; attempt += 1) {
    if (isFreeInLane(state, laneId, x, width)) return x;
    x += STEP_SPACING_PX;
  }
  return x;
}

/**
 * Where a step added "after" the selected step goes (Enter/Tab in the editor): to the right
 * of it, in the same lane, at the first spot that does not overlap another step of that
 * lane. null when the step does not exist in `state`.
 */
export function placeNextStep(state: MapState, selectedStepId: string, stepType: StepType = 'activity'): StepPlacement | null {
  const selected = state.steps.find((step) => step.id === selectedStepId);
  if (!selected) return null;
  const laneIndex = state.lanes.findIndex((lane) => lane.id === selected.laneId);
  const y = laneIndex >= 0 ? clampStepY(selected.position.y, laneIndex) : selected.position.y;
  const x = firstFreeX(state, selected.laneId, selected.position.x + STEP_SPACING_PX, stepType);
  return { laneId: selected.laneId, position: { x, y: snapToGrid(y) } };
}

/** Where a step goes when it is added to a lane without a spot (palette click on an empty map). */
export function placeInLane(state: MapState, laneId: string, stepType: StepType = 'activity'): StepPlacement | null {
  const laneIndex = state.lanes.findIndex((lane) => lane.id === laneId);
  if (laneIndex < 0) return null;
  const inLane = state.steps.filter((step) => step.laneId === laneId);
  const fromX = inLane.length === 0 ? 0 : Math.max(...inLane.map((step) => step.position.x)) + STEP_SPACING_PX;
  return { laneId, position: { x: firstFreeX(state, laneId, fromX, stepType), y: defaultStepY(laneIndex) } };
}

export interface BetweenPlacement extends StepPlacement {
  /** Steps moved one stride right to make room (empty when the spot was free). */
  shifted: { stepId: string; position: Position }[];
}

/**
 * Where a step inserted right after `selectedStepId` goes when it comes before the step's
 * successor: one stride right of it in its lane. When that spot is taken, every step to the
 * right of the selected one (in any lane) moves one stride right, so the order of the process
 * left to right stays as it was and the new step sits between. null when the step does not exist.
 */
export function placeBetween(state: MapState, selectedStepId: string, stepType: StepType = 'activity'): BetweenPlacement | null {
  const selected = state.steps.find((step) => step.id === selectedStepId);
  const next = placeNextStep(state, selectedStepId, stepType);
  if (!selected || !next) return null;
  const x = snapToGrid(selected.position.x + STEP_SPACING_PX);
  if (next.position.x === x) return { ...next, shifted: [] };
  const shifted = state.steps
    .filter((step) => step.id !== selected.id && step.position.x > selected.position.x)
    .map((step) => ({ stepId: step.id, position: { x: step.position.x + STEP_SPACING_PX, y: step.position.y } }));
  return { laneId: next.laneId, position: { x, y: next.position.y }, shifted };
}

/**
 * Where a step goes when it is moved to another lane (the inspector's role field): in that
 * lane's band, at the first spot at or right of where it stands that no step of the lane
 * takes, so it never lands on top of another step. null when the step or lane does not exist.
 */
export function placeInOtherLane(state: MapState, stepId: string, laneId: string): StepPlacement | null {
  const step = state.steps.find((candidate) => candidate.id === stepId);
  const laneIndex = state.lanes.findIndex((lane) => lane.id === laneId);
  if (!step || laneIndex < 0) return null;
  const others: MapState = { ...state, steps: state.steps.filter((candidate) => candidate.id !== stepId) };
  return { laneId, position: { x: firstFreeX(others, laneId, step.position.x, step.type), y: defaultStepY(laneIndex) } };
}
