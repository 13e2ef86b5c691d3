import type { Command, EditTarget } from '../commands/types';
import { STEP_SPACING_PX, defaultStepY, snapToGrid } from '../layout/geometry';
import { firstFreeX } from '../layout/placeNextStep';
import { createLane, createStep } from '../model/elements';
import { createElementIds } from '../model/ids';
import type { MapState, ProcessMap, Step } from '../model/types';
import type { CaptureLine } from './readCaptureLine';

/**
 * What one typed line of the quick entry does to the map, as commands that the renderer
 * runs as one undo entry:
 * - the lane: the role's lane (names compared without case), a new lane at the bottom
 *   for a new role; without a role the lane of the step before, else the first lane, else a
 *   new lane named `defaultLaneName`;
 * - the step: after `previousStepId`, connected from it. When that step leads on to exactly
 *   one other (Start → Klaar in a new map), the new step goes between them, so typing a
 *   list into a new map grows Start → 1 → 2 → … → Klaar; steps to the right move over one
 *   stride when there is no room. Without a step before, it goes at the end of its lane.
 */

export interface CapturePlan {
  commands: Command[];
  stepId: string;
  laneId: string;
  /** Whether the line made a new lane (a role not seen before). */
  newLane: boolean;
}

export interface CapturePlanInput {
  map: ProcessMap;
  target: EditTarget;
  /** The state the line goes into (the shown one: current, or the future when editing it). */
  state: MapState;
  line: CaptureLine;
  previousStepId: string | null;
  /** The name of the lane made when the map has none and the line names no role. */
  defaultLaneName: string;
}

function sameName(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'accent' }) === 0;
}

/**
 * The step the first typed line follows: the one selected step (not an end); else the step
 * that leads into an end step, rightmost first (Start in a new map); else the rightmost
 * step that is no end; null in a map without steps.
 */
export function captureAnchor(state: MapState, selectedStepIds: readonly string[]): string | null {
  const byId = new Map(state.steps.map((step) => [step.id, step]));
  const selected = selectedStepIds.length === 1 ? byId.get(selectedStepIds[0] as string) : undefined;
  if (selected && selected.type !== 'end') return selected.id;
  const rightmost = (steps: Step[]): Step | undefined => steps.reduce<Step | undefined>((best, step) => (!best || step.position.x > best.position.x ? step : best), undefined);
  const intoEnd = state.flows
    .filter((flow) => !flow.rework && byId.get(flow.to)?.type === 'end')
    .map((flow) => byId.get(flow.from))
    .filter((step): step is Step => step !== undefined && step.type !== 'end');
  return (rightmost(intoEnd) ?? rightmost(state.steps.filter((step) => step.type !== 'end')))?.id ?? null;
}

export function planCaptureLine(input: CapturePlanInput): CapturePlan {
  const { map, target, state, line } = input;
  const [stepId, flowId, laneIdCandidate] = createElementIds(map, ['s', 'f', 'lane']) as [string, string, string];
  const previous = state.steps.find((step) => step.id === input.previousStepId && step.type !== 'end');
  const commands: Command[] = [];

  const laneName = line.role ?? (previous ? null : (state.lanes[0]?.name ?? input.defaultLaneName));
  let laneIndex = laneName === null ? state.lanes.findIndex((lane) => lane.id === previous?.laneId) : state.lanes.findIndex((lane) => sameName(lane.name, laneName));
  let laneId: string;
  const newLane = laneIndex < 0;
  if (newLane) {
    laneId = laneIdCandidate;
    laneIndex = state.lanes.length;
    commands.push({ type: 'lane/add', target, lane: createLane({ id: laneId, name: laneName ?? input.defaultLaneName }) });
  } else {
    laneId = (state.lanes[laneIndex] as { id: string }).id;
  }

  const make = (x: number): Step => ({
    ...createStep({ id: stepId, type: 'activity', label: line.label, laneId, position: { x, y: defaultStepY(laneIndex) } }),
    ...(line.processTimeMinutes === null ? {} : { processTime: line.processTimeMinutes }),
    ...(line.waitTimeMinutes === null ? {} : { waitTime: line.waitTimeMinutes }),
  });

  if (!previous) {
    const inLane = state.steps.filter((step) => step.laneId === laneId);
    const fromX = inLane.length === 0 ? 0 : Math.max(...inLane.map((step) => step.position.x)) + STEP_SPACING_PX;
    commands.push({ type: 'step/add', target, step: make(firstFreeX(state, laneId, fromX)) });
    return { commands, stepId, laneId, newLane };
  }

  const exits = state.flows.filter((flow) => flow.from === previous.id && flow.to !== previous.id);
  const [onlyExit] = exits;
  const wantedX = snapToGrid(previous.position.x + STEP_SPACING_PX);
  if (exits.length === 1 && onlyExit && !onlyExit.rework && previous.type !== 'decision' && previous.type !== 'parallel') {
    // Between the step before and its successor: make room when the spot or the successor is in the way.
    const successor = state.steps.find((step) => step.id === onlyExit.to);
    const blocked = firstFreeX(state, laneId, wantedX) !== wantedX || (successor !== undefined && successor.position.x < wantedX + STEP_SPACING_PX);
    if (blocked) {
      const moves = state.steps
        .filter((step) => step.id !== previous.id && step.position.x > previous.position.x)
        .map((step) => ({ stepId: step.id, position: { x: step.position.x + STEP_SPACING_PX, y: step.position.y } }));
      if (moves.length > 0) commands.push({ type: 'step/move', target, moves });
    }
    commands.push(
      { type: 'step/add', target, step: make(wantedX), connectFrom: { stepId: previous.id, flowId } },
      { type: 'flow/update', target, flowId: onlyExit.id, patch: { from: stepId } },
    );
    return { commands, stepId, laneId, newLane };
  }
  commands.push({ type: 'step/add', target, step: make(firstFreeX(state, laneId, wantedX)), connectFrom: { stepId: previous.id, flowId } });
  return { commands, stepId, laneId, newLane };
}
