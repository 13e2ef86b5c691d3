import type { EditTarget } from '../../../shared/commands/types';
import type { ProcessMap } from '../../../shared/model/types';
import { shownStateOf } from './shownState';

/** What is selected in the shown state (session state: never in the file or the history). */
export interface Selection {
  stepIds: readonly string[];
  flowIds: readonly string[];
  annotationIds: readonly string[];
  laneIds: readonly string[];
}

export const EMPTY_SELECTION: Selection = Object.freeze({
  stepIds: Object.freeze([]),
  flowIds: Object.freeze([]),
  annotationIds: Object.freeze([]),
  laneIds: Object.freeze([]),
});

export function isSelectionEmpty(selection: Selection): boolean {
  return (
    selection.stepIds.length === 0 &&
    selection.flowIds.length === 0 &&
    selection.annotationIds.length === 0 &&
    selection.laneIds.length === 0
  );
}

function sameIds(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((id, index) => id === right[index]);
}

export function isSameSelection(left: Selection, right: Selection): boolean {
  return (
    sameIds(left.stepIds, right.stepIds) &&
    sameIds(left.flowIds, right.flowIds) &&
    sameIds(left.annotationIds, right.annotationIds) &&
    sameIds(left.laneIds, right.laneIds)
  );
}

/** The selection without ids that no longer exist in the shown state (after delete, undo…). */
export function pruneSelection(selection: Selection, map: ProcessMap, target: EditTarget): Selection {
  if (isSelectionEmpty(selection)) return selection;
  const graph = shownStateOf(map, target);
  const keep = (ids: readonly string[], items: readonly { id: string }[]) => {
    const existing = new Set(items.map((item) => item.id));
    const kept = ids.filter((id) => existing.has(id));
    return kept.length === ids.length ? ids : kept;
  };
  const pruned: Selection = {
    stepIds: keep(selection.stepIds, graph.steps),
    flowIds: keep(selection.flowIds, graph.flows),
    annotationIds: keep(selection.annotationIds, graph.annotations),
    laneIds: keep(selection.laneIds, graph.lanes),
  };
  return isSameSelection(pruned, selection) ? selection : pruned;
}
