import type { Analysis } from '../../shared/analysis/types';
import type { MapState } from '../../shared/model/types';
import type { CanvasNode, FlowEdge } from './flowTypes';
import { toFlow, type CanvasSession, type FlowProjection } from './toFlow';

/**
 * `toFlow` with stable identities: a node or edge whose projection did not change keeps
 * the object of the previous projection, so React Flow skips it (its node wrappers compare
 * by reference) and a 3,000-step map re-renders only what an edit touched.
 */
function sameValue(left: unknown, right: unknown): boolean {
  if (Object.is(left, right)) return true;
  if (Array.isArray(left) && Array.isArray(right)) {
    return left.length === right.length && left.every((item, index) => sameValue(item, right[index]));
  }
  if (left && right && typeof left === 'object' && typeof right === 'object') {
    const leftKeys = Object.keys(left);
    const rightRecord = right as Record<string, unknown>;
    return (
      leftKeys.length === Object.keys(right).length &&
      leftKeys.every((key) => sameValue((left as Record<string, unknown>)[key], rightRecord[key]))
    );
  }
  return false;
}

function reuse<Item extends CanvasNode | FlowEdge>(next: Item[], previousById: Map<string, Item>): Item[] {
  return next.map((item) => {
    const previous = previousById.get(item.id);
    return previous && sameValue(previous, item) ? previous : item;
  });
}

export type FlowProjector = (state: MapState, session: CanvasSession, analysis: Analysis | null) => FlowProjection;

export function createFlowProjector(): FlowProjector {
  let previousNodes = new Map<string, CanvasNode>();
  let previousEdges = new Map<string, FlowEdge>();
  return (state, session, analysis) => {
    const projection = toFlow(state, session, analysis);
    const nodes = reuse(projection.nodes, previousNodes);
    const edges = reuse(projection.edges, previousEdges);
    previousNodes = new Map(nodes.map((node) => [node.id, node]));
    previousEdges = new Map(edges.map((edge) => [edge.id, edge]));
    return { nodes, edges };
  };
}
