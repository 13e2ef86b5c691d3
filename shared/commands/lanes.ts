import { parseRecord } from '../model/parseRecord';
import { laneSchema } from '../model/schema';
import { graphOf, removableSteps, removeStepsAndTheirFlows } from './graph';
import { idsOfState } from '../model/ids';
import { assignChangedFields, isValidPatch, structuredCloneJson } from './patching';
import type { CommandHandlers } from './registry';

const OPTIONAL_LANE_KEYS: ReadonlySet<string> = new Set(['hourlyCost']);

function clampIndex(index: number, length: number): number {
  if (!Number.isFinite(index)) return length;
  return Math.min(Math.max(Math.trunc(index), 0), length);
}

/** Swimlane commands: add, rename/re-cost, reorder, delete (with its steps or moving them). */
export const laneHandlers: CommandHandlers<'lane/add' | 'lane/update' | 'lane/move' | 'lane/delete'> = {
  'lane/add': (draft, { target, lane, index }) => {
    const graph = graphOf(draft, target);
    const parsed = parseRecord(laneSchema, lane);
    if (!graph || !parsed || idsOfState(graph).has(parsed.id)) return;
    graph.lanes.splice(clampIndex(index ?? graph.lanes.length, graph.lanes.length), 0, structuredCloneJson(parsed));
  },

  'lane/update': (draft, { target, laneId, patch }) => {
    const lane = graphOf(draft, target)?.lanes.find((candidate) => candidate.id === laneId);
    if (!lane) return;
    // The contract lets `hourlyCost: null` mean "use the map's default rate": remove the field.
    const normalised: Record<string, unknown> = { ...patch };
    if (normalised.hourlyCost === null) normalised.hourlyCost = undefined;
    if (!isValidPatch(normalised, laneSchema.shape, OPTIONAL_LANE_KEYS)) return;
    assignChangedFields(lane, normalised);
  },

  'lane/move': (draft, { target, laneId, toIndex }) => {
    const graph = graphOf(draft, target);
    if (!graph) return;
    const fromIndex = graph.lanes.findIndex((lane) => lane.id === laneId);
    if (fromIndex < 0) return;
    const destination = clampIndex(toIndex, graph.lanes.length - 1);
    if (destination === fromIndex) return;
    const [lane] = graph.lanes.splice(fromIndex, 1);
    if (lane) graph.lanes.splice(destination, 0, lane);
  },

  'lane/delete': (draft, { target, laneId, deletion }) => {
    const graph = graphOf(draft, target);
    if (!graph || !graph.lanes.some((lane) => lane.id === laneId)) return;
    const stepsInLane = graph.steps.filter((step) => step.laneId === laneId);
    if (deletion.mode === 'move-steps') {
      if (deletion.toLaneId === laneId || !graph.lanes.some((lane) => lane.id === deletion.toLaneId)) return;
      for (const step of stepsInLane) step.laneId = deletion.toLaneId;
    } else {
      const requested = new Set(stepsInLane.map((step) => step.id));
      const removable = removableSteps(graph, requested);
      // The start (or the last end) cannot go, so the lane that holds it cannot go either.
      if (removable.size < requested.size) return;
      removeStepsAndTheirFlows(graph, removable);
    }
    graph.lanes = graph.lanes.filter((lane) => lane.id !== laneId);
  },
};
