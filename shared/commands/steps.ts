import { parseRecord } from '../model/parseRecord';
import { stepSchema } from '../model/schema';
import type { Step } from '../model/types';
import { graphOf, hasLane, type GraphDraft } from './graph';
import { idsOfState } from '../model/ids';
import { assignChangedFields, isValidPatch, sameValue, structuredCloneJson } from './patching';
import type { CommandHandlers } from './registry';
import type { StepPatch } from './types';

const OPTIONAL_STEP_KEYS: ReadonlySet<string> = new Set(['batchInterval', 'wastes', 'note']);
const positionSchema = stepSchema.shape.position;

/**
 * Whether a step may change its type without breaking domain.md 1.1: exactly one start,
 * at least one end, and no outgoing flows from an end.
 */
function isTypeChangeAllowed(graph: GraphDraft, step: Step, newType: Step['type']): boolean {
  if (newType === step.type) return true;
  if (step.type === 'start') return false;
  if (newType === 'start') return !graph.steps.some((other) => other.type === 'start');
  if (step.type === 'end' && graph.steps.filter((other) => other.type === 'end').length === 1) return false;
  if (newType === 'end') return !graph.flows.some((flow) => flow.from === step.id);
  return true;
}

function isValidStepPatch(graph: GraphDraft, step: Step, patch: StepPatch): boolean {
  if (!isValidPatch(patch, stepSchema.shape, OPTIONAL_STEP_KEYS)) return false;
  if (patch.laneId !== undefined && !hasLane(graph, patch.laneId)) return false;
  return patch.type === undefined || isTypeChangeAllowed(graph, step, patch.type);
}

/** Step commands: add (optionally connected from an existing step), update, move (a drag). */
export const stepHandlers: CommandHandlers<'step/add' | 'step/update' | 'step/move'> = {
  'step/add': (draft, { target, step, connectFrom }) => {
    const graph = graphOf(draft, target);
    const parsed = parseRecord(stepSchema, step);
    if (!graph || !parsed || !hasLane(graph, parsed.laneId)) return;
    const usedIds = idsOfState(graph);
    if (usedIds.has(step.id)) return;
    if (step.type === 'start' && graph.steps.some((other) => other.type === 'start')) return;
    if (connectFrom) {
      const source = graph.steps.find((candidate) => candidate.id === connectFrom.stepId);
      if (!source || source.type === 'end') return;
      if (usedIds.has(connectFrom.flowId) || connectFrom.flowId === step.id) return;
    }
    graph.steps.push(structuredCloneJson(parsed));
    if (connectFrom) {
      graph.flows.push({
        id: connectFrom.flowId,
        from: connectFrom.stepId,
        to: step.id,
        rework: false,
        medium: 'other',
        label: '',
      });
    }
  },

  'step/update': (draft, { target, stepId, patch }) => {
    const graph = graphOf(draft, target);
    const step = graph?.steps.find((candidate) => candidate.id === stepId);
    if (!graph || !step || !isValidStepPatch(graph, step, patch)) return;
    assignChangedFields(step, patch);
  },

  'step/move': (draft, { target, moves }) => {
    const graph = graphOf(draft, target);
    if (!graph) return;
    const stepsById = new Map(graph.steps.map((step) => [step.id, step]));
    const applicable = moves.every(
      (move) =>
        stepsById.has(move.stepId) &&
        positionSchema.safeParse(move.position).success &&
        (move.laneId === undefined || hasLane(graph, move.laneId)),
    );
    if (!applicable) return;
    for (const move of moves) {
      const step = stepsById.get(move.stepId);
      if (!step) continue;
      if (!sameValue(step.position, move.position)) step.position = { x: move.position.x, y: move.position.y };
      if (move.laneId !== undefined && step.laneId !== move.laneId) step.laneId = move.laneId;
    }
  },
};
