import type { Command, EditTarget, Position } from '../../../shared/commands/types';
import type { MapState, ProcessMap } from '../../../shared/model/types';
import { annotationNodeId } from './flowTypes';
import { ANNOTATION_SIZE_PX, STEP_HEIGHT_PX, STEP_WIDTH_PX, clampStepY, defaultStepY, laneIndexAtY, snapToGrid } from '../../../shared/layout/geometry';
import { createAnnotation, createStep, isAnnotationKind, type PaletteKind } from '../../../shared/model/elements';
import { createElementIds } from '../../../shared/model/ids';
import { firstFreeX, placeBetween, placeNextStep } from '../../../shared/layout/placeNextStep';

export interface AddElementRequest {
  kind: PaletteKind;
  /** Where the user put it (drop point, double-click), flow coordinates of its centre; null for a click on the palette. */
  at: Position | null;
  /** Centre of the visible part of the canvas, used when there is no `at` and no selected step. */
  viewCenter: Position;
  selectedStepIds: readonly string[];
  /** Default text of the new element, in the UI language. */
  text: string;
}

export interface PlannedAddition {
  command: Command;
  /** Commands that complete the addition in the same undo step (inserting between two steps). */
  followUps: Command[];
  /** The node to select and edit afterwards. */
  nodeId: string;
  elementId: string;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const ANNOTATION_GAP_PX = 20;

function freeSpotToTheRight(state: MapState, wanted: Position, size: { width: number; height: number }): Position {
  const taken: Box[] = [
    ...state.steps.map((step) => ({ ...step.position, width: STEP_WIDTH_PX[step.type], height: STEP_HEIGHT_PX })),
    ...state.annotations.map((annotation) => ({ ...annotation.position, ...ANNOTATION_SIZE_PX[annotation.kind] })),
  ];
  let candidate = { ...wanted, ...size };
  // Bounded: every stride passes at least one taken box.
  for (let attempt = 0; attempt <= taken.length && taken.some((box) => overlaps(box, candidate)); attempt += 1) {
    candidate = { ...candidate, x: candidate.x + size.width + ANNOTATION_GAP_PX };
  }
  return { x: candidate.x, y: candidate.y };
}

/**
 * The command that adds a palette element (pure):
 * - a note or kaizen burst is centred on `at`, or near the view centre where it hides nothing;
 * - a step dropped or double-clicked at `at` goes in the lane band under that point;
 * - a step added by clicking the palette while one step is selected goes after it, in the
 *   same lane, connected from it (like Enter in the editor); when the selected step has one
 *   plain successor (an activity, not a decision) the new step goes between them (its flow now leads to the new step, a new
 *   flow on to the successor, steps to the right move over when there is no room);
 * - otherwise it goes in the lane at the view centre, at the first free spot there.
 * null when a step cannot be added (no lanes).
 */
export function planAddElement(map: ProcessMap, target: EditTarget, state: MapState, request: AddElementRequest): PlannedAddition | null {
  const { kind, at, viewCenter } = request;
  if (isAnnotationKind(kind)) {
    const [id] = createElementIds(map, ['a']) as [string];
    const size = ANNOTATION_SIZE_PX[kind];
    const centre = at ?? viewCenter;
    const wanted = { x: snapToGrid(centre.x - size.width / 2), y: snapToGrid(centre.y - size.height / 2) };
    // Dropped: exactly there. Clicked: the nearest free spot to the right, so a second note
    // does not hide under the first.
    const position = at ? wanted : freeSpotToTheRight(state, wanted, size);
    return {
      command: { type: 'annotation/add', target, annotation: createAnnotation({ id, kind, text: request.text, position }) },
      nodeId: annotationNodeId(id),
      elementId: id,
      followUps: [],
    };
  }
  if (state.lanes.length === 0) return null;
  const [stepId, flowId] = createElementIds(map, ['s', 'f']) as [string, string];
  const width = STEP_WIDTH_PX[kind];
  const make = (laneId: string, position: Position) => createStep({ id: stepId, type: kind, label: request.text, laneId, position });

  if (at) {
    const laneIndex = laneIndexAtY(at.y, state.lanes.length);
    const laneId = state.lanes[laneIndex]?.id as string;
    const position = { x: snapToGrid(at.x - width / 2), y: clampStepY(snapToGrid(at.y - STEP_HEIGHT_PX / 2), laneIndex) };
    return { command: { type: 'step/add', target, step: make(laneId, position) }, followUps: [], nodeId: stepId, elementId: stepId };
  }

  const selected = request.selectedStepIds.length === 1 ? state.steps.find((step) => step.id === request.selectedStepIds[0]) : undefined;
  // A step with one plain successor gets the new step between: A → B becomes A → new → B. A
  // decision (and a parallel split) gets another way out instead: that is what Enter there means.
  const exits = selected ? state.flows.filter((flow) => flow.from === selected.id && flow.to !== selected.id) : [];
  const [onlyExit] = exits;
  if (selected && selected.type === 'activity' && exits.length === 1 && onlyExit && !onlyExit.rework) {
    const placement = placeBetween(state, selected.id, kind);
    if (placement) {
      const followUps: Command[] = [];
      if (placement.shifted.length > 0) followUps.push({ type: 'step/move', target, moves: placement.shifted });
      followUps.push(
        { type: 'flow/update', target, flowId: onlyExit.id, patch: { to: stepId } },
        { type: 'flow/add', target, flow: { id: flowId, from: stepId, to: onlyExit.to, rework: false, medium: onlyExit.medium, label: '' } },
      );
      return { command: { type: 'step/add', target, step: make(placement.laneId, placement.position) }, followUps, nodeId: stepId, elementId: stepId };
    }
  }
  if (selected && selected.type !== 'end') {
    const placement = placeNextStep(state, selected.id, kind);
    if (placement) {
      return {
        command: { type: 'step/add', target, step: make(placement.laneId, placement.position), connectFrom: { stepId: selected.id, flowId } },
        followUps: [],
        nodeId: stepId,
        elementId: stepId,
      };
    }
  }
  const laneIndex = laneIndexAtY(viewCenter.y, state.lanes.length);
  const laneId = state.lanes[laneIndex]?.id as string;
  const x = firstFreeX(state, laneId, viewCenter.x - width / 2, kind);
  return { command: { type: 'step/add', target, step: make(laneId, { x, y: defaultStepY(laneIndex) }) }, followUps: [], nodeId: stepId, elementId: stepId };
}
