import type { ElkNode } from 'elkjs/lib/elk-api';
import { STEP_GAP_PX } from './geometry';
import type { ElkRunner } from './laneLayout';

/**
 * A stand-in for ELK on large maps (an imported BPMN file or step list of thousands of
 * steps): ELK takes many seconds there and recurses deeper than the stack allows on long
 * chains. Each node's x is its longest-path layer from the sources (Kahn's order over the
 * graph's edges, which are the forward flows), one column per layer; positionsFromElk then
 * seats every step in its lane as it does after ELK. Linear in nodes and edges.
 */
export function createLayeredRunner(): ElkRunner {
  return (graph: ElkNode) => {
    const children = graph.children ?? [];
    const indexOf = new Map(children.map((child, index) => [child.id, index]));
    const incoming = new Array<number>(children.length).fill(0);
    const outgoing: number[][] = children.map(() => []);
    for (const edge of graph.edges ?? []) {
      const from = indexOf.get(edge.sources[0] ?? '');
      const to = indexOf.get(edge.targets[0] ?? '');
      if (from === undefined || to === undefined || from === to) continue;
      outgoing[from]?.push(to);
      incoming[to] = (incoming[to] ?? 0) + 1;
    }
    const layer = new Array<number>(children.length).fill(0);
    const queue: number[] = [];
    incoming.forEach((count, index) => {
      if (count === 0) queue.push(index);
    });
    for (let head = 0; head < queue.length; head += 1) {
      const index = queue[head] as number;
      for (const next of outgoing[index] ?? []) {
        layer[next] = Math.max(layer[next] ?? 0, (layer[index] ?? 0) + 1);
        incoming[next] = (incoming[next] ?? 0) - 1;
        if (incoming[next] === 0) queue.push(next);
      }
    }
    const columnWidth = Math.max(0, ...children.map((child) => child.width ?? 0)) + STEP_GAP_PX;
    return Promise.resolve({ ...graph, children: children.map((child, index) => ({ ...child, x: (layer[index] ?? 0) * columnWidth, y: 0 })) });
  };
}

/** Above this many steps an import lays out with createLayeredRunner instead of ELK. */
export const LAYERED_LAYOUT_FROM_STEPS = 300;
