import { describeParallelBlocks } from '../../../shared/analysis/parallelQueries';
import type { Command, EditTarget, Position } from '../../../shared/commands/types';
import { STEP_SPACING_PX, defaultStepY, laneIndexAtY, snapToGrid } from '../../../shared/layout/geometry';
import { firstFreeX } from '../../../shared/layout/placeNextStep';
import { createStep, type PaletteKind } from '../../../shared/model/elements';
import { createElementIds } from '../../../shared/model/ids';
import type { Flow, MapState, ProcessMap, Step } from '../../../shared/model/types';

/**
 * Additions that keep parallel blocks well structured (domain.md section 7):
 * - a parallel gateway from the palette is a whole block: a split, two branches with one
 *   step each and a join, so the map never holds a half-made block;
 * - Enter/Tab (or a palette click) with a split selected adds a branch: split → new → join;
 * - Enter/Tab with a join selected puts the new step between the join and its next step
 *   (a step after the join in a second flow would make the join a split too);
 * - a block added after a step with one way out goes between that step and its next step.
 * Anything else is the ordinary addition (planAddElement). Pure; the commands form one gesture.
 */

export interface GatewayTexts {
  split: string;
  join: string;
  branch: string;
  /** The name of a new step added after a join. */
  activity: string;
}

export interface GatewayAdditionRequest {
  kind: PaletteKind;
  /** Drop point or double-click (flow coordinates of the centre); null for Enter/Tab or a palette click. */
  at: Position | null;
  viewCenter: Position;
  selectedStepIds: readonly string[];
  texts: GatewayTexts;
}

export interface GatewayAddition {
  /** One gesture: dispatch inside one transaction, in this order. */
  commands: Command[];
  /** The step to select and name afterwards. */
  stepId: string;
}

interface Piece {
  steps: Step[];
  flows: Flow[];
  /** Where the piece is entered and left (the same step for a single step). */
  firstId: string;
  lastId: string;
}

function isSplit(state: MapState, step: Step): boolean {
  return step.type === 'parallel' && state.flows.filter((flow) => flow.from === step.id).length >= 2;
}

function isJoin(state: MapState, step: Step): boolean {
  return step.type === 'parallel' && state.flows.filter((flow) => flow.to === step.id).length >= 2;
}

function newFlow(id: string, from: string, to: string): Flow {
  return { id, from, to, rework: false, medium: 'other', label: '' };
}

/** The lane below `laneIndex` when there is one, else the lane above, else the same lane. */
function neighbourLane(state: MapState, laneIndex: number): number {
  if (laneIndex + 1 < state.lanes.length) return laneIndex + 1;
  return laneIndex > 0 ? laneIndex - 1 : laneIndex;
}

/** A split, two branches of one step and a join, from lane `laneIndex` at `x` to the right. */
function blockPiece(state: MapState, ids: string[], laneIndex: number, x: number, texts: GatewayTexts): Piece {
  const [splitId, firstBranchId, secondBranchId, joinId, ...flowIds] = ids as [string, string, string, string, ...string[]];
  const laneId = (index: number): string => state.lanes[index]?.id as string;
  const otherLane = neighbourLane(state, laneIndex);
  const splitX = firstFreeX(state, laneId(laneIndex), x, 'parallel');
  const firstX = firstFreeX(state, laneId(laneIndex), splitX + STEP_SPACING_PX);
  // In a map of one lane both branches share it, one after the other.
  const secondX = otherLane === laneIndex ? firstX + STEP_SPACING_PX : firstFreeX(state, laneId(otherLane), splitX + STEP_SPACING_PX);
  const joinX = firstFreeX(state, laneId(laneIndex), Math.max(firstX, secondX) + STEP_SPACING_PX, 'parallel');
  const step = (id: string, type: Step['type'], label: string, lane: number, stepX: number): Step =>
    createStep({ id, type, label, laneId: laneId(lane), position: { x: stepX, y: defaultStepY(lane) } });
  return {
    steps: [
      step(splitId, 'parallel', texts.split, laneIndex, splitX),
      step(firstBranchId, 'activity', texts.branch, laneIndex, firstX),
      step(secondBranchId, 'activity', texts.branch, otherLane, secondX),
      step(joinId, 'parallel', texts.join, laneIndex, joinX),
    ],
    flows: [
      newFlow(flowIds[0] as string, splitId, firstBranchId),
      newFlow(flowIds[1] as string, splitId, secondBranchId),
      newFlow(flowIds[2] as string, firstBranchId, joinId),
      newFlow(flowIds[3] as string, secondBranchId, joinId),
    ],
    firstId: splitId,
    lastId: joinId,
  };
}

/** The join where the branches of `split` meet, from the block structure (null when the blocks are broken). */
function joinOfSplit(state: MapState, split: Step): Step | null {
  const block = describeParallelBlocks(state).blockOfGateway(split.id);
  return block && block.splitId === split.id ? (state.steps.find((step) => step.id === block.joinId) ?? null) : null;
}

/**
 * The lanes a new branch may go to, most wanted first: below the lowest branch, above the
 * highest, then the branches' own lanes from the lowest up, then the rest.
 */
function branchLaneOrder(state: MapState, split: Step): number[] {
  const laneIndexOf = (laneId: string): number => state.lanes.findIndex((lane) => lane.id === laneId);
  const branchLanes = state.flows
    .filter((flow) => flow.from === split.id)
    .map((flow) => laneIndexOf(state.steps.find((step) => step.id === flow.to)?.laneId ?? ''))
    .filter((index) => index >= 0);
  const lowest = Math.max(laneIndexOf(split.laneId), ...branchLanes);
  const highest = Math.min(laneIndexOf(split.laneId), ...branchLanes);
  const all = state.lanes.map((_, index) => index);
  const order = [
    ...all.filter((index) => index > lowest),
    ...all.filter((index) => index < highest).reverse(),
    ...all.filter((index) => index >= highest && index <= lowest).reverse(),
  ];
  return order;
}

/**
 * A branch of the selected split: one new step at the leftmost free spot right of the split
 * over all lanes (ties go to the lane below the lowest branch, then above the highest), so it
 * lies between the split and the join where there is room, and never past the end of the map
 * in the split's own lane (issue 14: a third branch landed behind the join and the end step).
 */
function branchAddition(map: ProcessMap, target: EditTarget, state: MapState, split: Step, texts: GatewayTexts): GatewayAddition | null {
  const join = joinOfSplit(state, split);
  if (!join) return null;
  const fromX = split.position.x + STEP_SPACING_PX;
  let best: { laneIndex: number; x: number } | null = null;
  for (const laneIndex of branchLaneOrder(state, split)) {
    const x = firstFreeX(state, state.lanes[laneIndex]?.id as string, fromX);
    if (best === null || x < best.x) best = { laneIndex, x };
  }
  if (best === null) return null;
  const laneId = state.lanes[best.laneIndex]?.id as string;
  const [stepId, inId, outId] = createElementIds(map, ['s', 'f', 'f']) as [string, string, string];
  const step = createStep({
    id: stepId,
    type: 'activity',
    label: texts.branch,
    laneId,
    position: { x: best.x, y: defaultStepY(best.laneIndex) },
  });
  const flows = [newFlow(inId, split.id, stepId), newFlow(outId, stepId, join.id)];
  return { commands: [{ type: 'elements/paste', target, steps: [step], flows, annotations: [] }], stepId };
}

/**
 * `piece` after `selected`: between it and its next step when it has exactly one way out (the
 * piece is pasted leading to that next step, then the flow is turned to the piece, so no
 * intermediate state makes the selected step a split or a decision), else connected from it.
 */
function attachAfter(target: EditTarget, state: MapState, selected: Step, piece: Piece, connectFlowIds: [string, string]): Command[] {
  const outgoing = state.flows.filter((flow) => flow.from === selected.id);
  const only = outgoing.length === 1 ? outgoing[0] : undefined;
  if (only && !only.rework) {
    return [
      { type: 'elements/paste', target, steps: piece.steps, flows: [...piece.flows, newFlow(connectFlowIds[1], piece.lastId, only.to)], annotations: [] },
      { type: 'flow/update', target, flowId: only.id, patch: { to: piece.firstId } },
    ];
  }
  return [{ type: 'elements/paste', target, steps: piece.steps, flows: [newFlow(connectFlowIds[0], selected.id, piece.firstId), ...piece.flows], annotations: [] }];
}

/** The gesture for an addition that involves a parallel gateway (see the module comment), or null for an ordinary one. */
export function planGatewayAddition(map: ProcessMap, target: EditTarget, state: MapState, request: GatewayAdditionRequest): GatewayAddition | null {
  const { kind, at, texts } = request;
  if (state.lanes.length === 0 || (kind !== 'parallel' && kind !== 'activity')) return null;
  const selected = !at && request.selectedStepIds.length === 1 ? state.steps.find((step) => step.id === request.selectedStepIds[0]) : undefined;

  if (kind === 'activity') {
    if (!selected || selected.type !== 'parallel') return null;
    if (isSplit(state, selected)) return branchAddition(map, target, state, selected, texts);
    const outgoing = state.flows.filter((flow) => flow.from === selected.id);
    if (!isJoin(state, selected) || outgoing.length !== 1) return null;
    const [stepId, flowId] = createElementIds(map, ['s', 'f']) as [string, string];
    const laneIndex = state.lanes.findIndex((lane) => lane.id === selected.laneId);
    const step = createStep({
      id: stepId,
      type: 'activity',
      label: texts.activity,
      laneId: selected.laneId,
      position: { x: firstFreeX(state, selected.laneId, selected.position.x + STEP_SPACING_PX), y: defaultStepY(Math.max(0, laneIndex)) },
    });
    return { commands: attachAfter(target, state, selected, { steps: [step], flows: [], firstId: stepId, lastId: stepId }, [flowId, flowId]), stepId };
  }

  const ids = createElementIds(map, ['s', 's', 's', 's', 'f', 'f', 'f', 'f', 'f', 'f']);
  const connectFlowIds = [ids[8], ids[9]] as [string, string];
  if (selected && selected.type !== 'end') {
    const laneIndex = Math.max(0, state.lanes.findIndex((lane) => lane.id === selected.laneId));
    const piece = blockPiece(state, ids, laneIndex, selected.position.x + STEP_SPACING_PX, texts);
    const firstBranchId = ids[1] as string;
    if (isSplit(state, selected)) {
      // A block as a new branch of the selected split.
      const join = joinOfSplit(state, selected);
      if (!join) return null;
      const flows = [newFlow(connectFlowIds[0], selected.id, piece.firstId), ...piece.flows, newFlow(connectFlowIds[1], piece.lastId, join.id)];
      return { commands: [{ type: 'elements/paste', target, steps: piece.steps, flows, annotations: [] }], stepId: firstBranchId };
    }
    return { commands: attachAfter(target, state, selected, piece, connectFlowIds), stepId: firstBranchId };
  }
  const centre = at ?? request.viewCenter;
  const laneIndex = laneIndexAtY(centre.y, state.lanes.length);
  const piece = blockPiece(state, ids, laneIndex, snapToGrid(centre.x - 50), texts);
  return { commands: [{ type: 'elements/paste', target, steps: piece.steps, flows: piece.flows, annotations: [] }], stepId: ids[1] as string };
}
