import type { Command, EditTarget } from '../../../shared/commands/types';
import type { MapState } from '../../../shared/model/types';
import { shownStateOf } from '../../base/session/shownState';
import { historyLabelKeyOf } from '../../base/store/commandLabels';
import type { DocumentStore } from '../../base/store/documentStore';
import { annotationIdOfNode } from './flowTypes';
import { STEP_HEIGHT_PX, clampStepY, laneIndexAtY, snapToGrid } from '../../../shared/layout/geometry';
import { reseatSteps } from '../../../shared/layout/reseatSteps';

/**
 * Canvas gestures as commands (every edit goes through `dispatch`). A gesture that needs
 * more than one command is one transaction: one undo step and one analysis run.
 */

/** Dispatches the commands of one gesture (a drag of steps and notes) as one undo step; returns whether anything changed. */
export function dispatchGesture(documents: DocumentStore, commands: readonly Command[]): boolean {
  const [first] = commands;
  if (!first) return false;
  return documents.transact(historyLabelKeyOf(first), () => commands.reduce((changed, command) => documents.dispatch(command) || changed, false));
}

/**
 * A lane command (add, move, delete) plus the step moves that keep every step at its height
 * inside its band when bands shift (see reseatSteps), as one undo step.
 */
export function dispatchLaneChange(documents: DocumentStore, command: Command & { target: EditTarget }): boolean {
  const { target } = command;
  return documents.transact(historyLabelKeyOf(command), () => {
    const before = shownStateOf(documents.getState().map, target);
    if (!documents.dispatch(command)) return false;
    const moves = reseatSteps(before, shownStateOf(documents.getState().map, target));
    if (moves.length > 0) documents.dispatch({ type: 'step/move', target, moves });
    return true;
  });
}

export interface DroppedNode {
  id: string;
  /** Top-left of the node where the gesture left it (flow coordinates). */
  position: { x: number; y: number };
}

/**
 * The commands for nodes dropped after a drag (or moved with the arrow keys): a step lands in
 * the lane band under its centre, its y clamped into that band; annotations move freely.
 */
export function commandsForDroppedNodes(state: MapState, target: EditTarget, dropped: readonly DroppedNode[]): Command[] {
  const stepsById = new Map(state.steps.map((step) => [step.id, step]));
  const moves: Extract<Command, { type: 'step/move' }>['moves'] = [];
  const commands: Command[] = [];
  for (const node of dropped) {
    const annotationId = annotationIdOfNode(node.id);
    const x = snapToGrid(node.position.x);
    if (annotationId !== null) {
      commands.push({ type: 'annotation/move', target, annotationId, position: { x, y: snapToGrid(node.position.y) } });
      continue;
    }
    const step = stepsById.get(node.id);
    if (!step || state.lanes.length === 0) continue;
    const laneIndex = laneIndexAtY(node.position.y + STEP_HEIGHT_PX / 2, state.lanes.length);
    const laneId = state.lanes[laneIndex]?.id ?? step.laneId;
    const y = clampStepY(snapToGrid(node.position.y), laneIndex);
    moves.push(laneId === step.laneId ? { stepId: step.id, position: { x, y } } : { stepId: step.id, position: { x, y }, laneId });
  }
  if (moves.length > 0) commands.unshift({ type: 'step/move', target, moves });
  return commands;
}
