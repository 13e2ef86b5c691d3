import type { Command, EditTarget } from '../../../shared/commands/types';
import type { MapState } from '../../../shared/model/types';
import type { EditorState, EditorStore } from '../../base/store/editorStoreTypes';
import { annotationIdOfNode } from './flowTypes';
import { STEP_HEIGHT_PX, clampStepY, laneIndexAtY, snapToGrid } from '../../../shared/layout/geometry';
import { reseatSteps } from '../../../shared/layout/reseatSteps';

/**
 * Canvas gestures as commands (every edit goes through `dispatch`). Gestures that need
 * more than one command are recorded as one history entry by giving the dispatches one
 * coalescing key and closing the group afterwards.
 */
export function activeGraph(state: EditorState): MapState {
  return state.target === 'future' && state.map.future ? state.map.future : state.map;
}

let groupCounter = 0;

/** Dispatches commands as one undo step; returns whether anything changed. */
export function dispatchAsOneStep(store: EditorStore, commands: readonly Command[]): boolean {
  if (commands.length === 1) return store.dispatch(commands[0] as Command);
  const coalesceKey = `canvas-gesture-${(groupCounter += 1)}`;
  store.closeHistoryGroup();
  let changed = false;
  for (const command of commands) changed = store.dispatch(command, { coalesceKey }) || changed;
  store.closeHistoryGroup();
  return changed;
}

/**
 * A lane command (add, move, delete) plus the step moves that keep every step at its height
 * inside its band when bands shift (see reseatSteps), as one undo step.
 */
export function dispatchLaneChange(store: EditorStore, command: Command & { target?: EditTarget }): boolean {
  const before = activeGraph(store.getState());
  const coalesceKey = `canvas-lanes-${(groupCounter += 1)}`;
  store.closeHistoryGroup();
  if (!store.dispatch(command, { coalesceKey })) return false;
  const moves = reseatSteps(before, activeGraph(store.getState()));
  if (moves.length > 0) store.dispatch({ type: 'step/move', target: command.target ?? 'current', moves }, { coalesceKey });
  store.closeHistoryGroup();
  return true;
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
