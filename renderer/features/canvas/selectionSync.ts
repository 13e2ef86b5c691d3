import type { Selection } from '../../base/session/selection';
import { annotationIdOfNode } from './flowTypes';

export interface SelectionChange {
  id: string;
  selected: boolean;
}

type ElementSelection = Pick<Selection, 'stepIds' | 'flowIds' | 'annotationIds'>;

function toggled(ids: readonly string[], changes: Map<string, boolean>): string[] {
  const result = ids.filter((id) => changes.get(id) !== false);
  for (const [id, selected] of changes) if (selected && !result.includes(id)) result.push(id);
  return result;
}

/**
 * The store selection after React Flow's selection changes: node changes apply to steps or
 * annotations (by node id), edge changes to flows. A lane selection is dropped, since the
 * user picked elements instead.
 */
export function selectionAfterChanges(
  current: ElementSelection,
  nodeChanges: readonly SelectionChange[],
  edgeChanges: readonly SelectionChange[],
): ElementSelection {
  const steps = new Map<string, boolean>();
  const annotations = new Map<string, boolean>();
  for (const change of nodeChanges) {
    const annotationId = annotationIdOfNode(change.id);
    if (annotationId === null) steps.set(change.id, change.selected);
    else annotations.set(annotationId, change.selected);
  }
  const flows = new Map(edgeChanges.map((change) => [change.id, change.selected]));
  return {
    stepIds: toggled(current.stepIds, steps),
    flowIds: toggled(current.flowIds, flows),
    annotationIds: toggled(current.annotationIds, annotations),
  };
}
