import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Position } from '../commands/types';
import type { Flow, MapState, Step } from '../model/types';
import { STEP_GAP_PX, STEP_HEIGHT_PX, STEP_SPACING_PX, STEP_WIDTH_PX, SNAP_GRID_PX, defaultStepY } from './geometry';

/**
 * Auto-layout that keeps every step in its lane. ELK's layered algorithm (direction RIGHT)
 * only decides the left-to-right order; lanes decide y:
 * 1. Rework flows are dropped, and so are the remaining flows that close a cycle (found by a
 *    depth-first search from the start): ELK is fast on a DAG but can take minutes on graphs
 *    with many long back edges (stack-notes pitfall 10). Dropped flows are drawn as arcs.
 * 2. ELK lays the DAG out in layers; its x gives each step a column.
 * 3. Steps are then placed in topological order of the kept flows (ties by ELK's x): y is the
 *    default row of the step's lane band, x the furthest of ELK's x, the right edge of every
 *    predecessor plus a gap, and the right edge of the previous step in the same lane plus a
 *    gap — so boxes never overlap within a lane and x increases along every kept flow.
 *    Steps that no kept flow reaches hang on the start (layoutLinks), so the start is leftmost.
 * 4. Ends are moved right of every other step, and the map's left edge to x = 0 (alignEnds).
 */
export const LAYOUT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  // Order within a layer is irrelevant (lanes fix y), so skip the expensive phase.
  'elk.layered.crossingMinimization.strategy': 'NONE',
  'elk.layered.nodePlacement.strategy': 'SIMPLE',
  // Edge routes and component packing are not used either (edges are drawn by the canvas):
  // the cheapest settings roughly halve the run time of a 1,000-step map.
  'elk.edgeRouting': 'POLYLINE',
  'elk.layered.thoroughness': '1',
  'elk.separateConnectedComponents': 'false',
  'elk.layered.spacing.nodeNodeBetweenLayers': String(STEP_SPACING_PX - STEP_WIDTH_PX.activity),
  'elk.spacing.nodeNode': '30',
};

/** The flows the layout follows: no rework flows and no flow that closes a cycle. */
export function forwardFlows(state: Pick<MapState, 'steps' | 'flows'>): Flow[] {
  const stepIds = new Set(state.steps.map((step) => step.id));
  const outgoing = new Map<string, Flow[]>();
  for (const flow of state.flows) {
    if (flow.rework || !stepIds.has(flow.from) || !stepIds.has(flow.to)) continue;
    const list = outgoing.get(flow.from) ?? [];
    list.push(flow);
    outgoing.set(flow.from, list);
  }
  const visited = new Set<string>();
  const onStack = new Set<string>();
  const closesCycle = new Set<string>();
  const roots = [...state.steps.filter((step) => step.type === 'start'), ...state.steps];
  for (const root of roots) {
    if (visited.has(root.id)) continue;
    // Iterative depth-first search: maps with thousands of steps would overflow recursion.
    const stack: { stepId: string; next: number }[] = [{ stepId: root.id, next: 0 }];
    visited.add(root.id);
    onStack.add(root.id);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as { stepId: string; next: number };
      const flows = outgoing.get(frame.stepId) ?? [];
      const flow = flows[frame.next];
      if (!flow) {
        onStack.delete(frame.stepId);
        stack.pop();
        continue;
      }
      frame.next += 1;
      if (onStack.has(flow.to)) {
        closesCycle.add(flow.id);
      } else if (!visited.has(flow.to)) {
        visited.add(flow.to);
        onStack.add(flow.to);
        stack.push({ stepId: flow.to, next: 0 });
      }
    }
  }
  return state.flows.filter(
    (flow) => !flow.rework && stepIds.has(flow.from) && stepIds.has(flow.to) && !closesCycle.has(flow.id),
  );
}

/**
 * The links the layout follows: the forward flows, plus a link from the start to every other
 * step that no forward flow reaches (a correction step only a rework flow leads to, a step
 * not yet connected). Without those links such a step is a source like the start and ELK
 * puts it in the first column, left of the start. Only when nothing leads into the start,
 * so the added links close no cycle.
 */
export function layoutLinks(state: Pick<MapState, 'steps' | 'flows'>): { id: string; from: string; to: string }[] {
  const links: { id: string; from: string; to: string }[] = forwardFlows(state);
  const start = state.steps.find((step) => step.type === 'start');
  const reached = new Set(links.map((link) => link.to));
  if (!start || reached.has(start.id)) return links;
  const seen = new Set<string>([start.id]);
  for (const step of state.steps) {
    if (reached.has(step.id) || seen.has(step.id)) continue;
    seen.add(step.id);
    links.push({ id: `layout-after-start:${step.id}`, from: start.id, to: step.id });
  }
  return links;
}

/** The ELK input graph: one node per step (its drawn size), one edge per layout link. */
export function buildElkGraph(state: Pick<MapState, 'steps' | 'flows'>): ElkNode {
  return {
    id: 'root',
    layoutOptions: LAYOUT_OPTIONS,
    children: state.steps.map((step) => ({ id: step.id, width: STEP_WIDTH_PX[step.type], height: STEP_HEIGHT_PX })),
    edges: layoutLinks(state).map((link) => ({ id: link.id, sources: [link.from], targets: [link.to] })),
  };
}

/** Inserts `item` into `sorted` keeping it ordered by `key` (stable for equal keys). */
function insertSorted<Item>(sorted: Item[], item: Item, key: (item: Item) => number): void {
  let low = 0;
  let high = sorted.length;
  const value = key(item);
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (key(sorted[middle] as Item) <= value) low = middle + 1;
    else high = middle;
  }
  sorted.splice(low, 0, item);
}

/**
 * Positions of every step from ELK's result (see the module comment, step 3). Steps ELK did
 * not return keep their x as ordering key. Positions are on the canvas grid.
 */
export function positionsFromElk(state: MapState, laidOut: ElkNode): Record<string, Position> {
  const elkX = new Map<string, number>();
  for (const child of laidOut.children ?? []) elkX.set(child.id, child.x ?? 0);
  const laneIndexById = new Map(state.lanes.map((lane, index) => [lane.id, index]));
  const stepById = new Map(state.steps.map((step) => [step.id, step]));
  const documentOrder = new Map(state.steps.map((step, index) => [step.id, index]));
  const orderKey = (step: Step): number => (elkX.get(step.id) ?? step.position.x) * 1e6 + (documentOrder.get(step.id) ?? 0);

  const flows = layoutLinks(state);
  const predecessors = new Map<string, string[]>();
  const successors = new Map<string, string[]>();
  const waitingFor = new Map<string, number>();
  for (const flow of flows) {
    predecessors.set(flow.to, [...(predecessors.get(flow.to) ?? []), flow.from]);
    successors.set(flow.from, [...(successors.get(flow.from) ?? []), flow.to]);
    waitingFor.set(flow.to, (waitingFor.get(flow.to) ?? 0) + 1);
  }

  const ready: Step[] = [];
  for (const step of state.steps) if (!waitingFor.get(step.id)) insertSorted(ready, step, orderKey);
  const laneRight = new Map<string, number>();
  const rightEdge = new Map<string, number>();
  const positions: Record<string, Position> = {};
  while (ready.length > 0) {
    const step = ready.shift() as Step;
    let x = elkX.get(step.id) ?? step.position.x;
    for (const predecessor of predecessors.get(step.id) ?? []) {
      x = Math.max(x, (rightEdge.get(predecessor) ?? 0) + STEP_GAP_PX);
    }
    const previousInLane = laneRight.get(step.laneId);
    if (previousInLane !== undefined) x = Math.max(x, previousInLane + STEP_GAP_PX);
    // Round up to the grid so the gaps above stay at least as wide as required.
    x = Math.ceil(x / SNAP_GRID_PX) * SNAP_GRID_PX;
    const width = STEP_WIDTH_PX[step.type];
    positions[step.id] = { x, y: defaultStepY(laneIndexById.get(step.laneId) ?? 0) };
    rightEdge.set(step.id, x + width);
    laneRight.set(step.laneId, x + width);
    for (const successor of successors.get(step.id) ?? []) {
      const remaining = (waitingFor.get(successor) ?? 0) - 1;
      waitingFor.set(successor, remaining);
      const next = stepById.get(successor);
      if (remaining === 0 && next) insertSorted(ready, next, orderKey);
    }
  }
  return alignEnds(state, positions);
}

/**
 * Ends go last: right of every other step (a short branch to a rejection end would otherwise
 * stop halfway the map), in order of their x, each lane keeping its gaps. Then the map is
 * moved so that its left edge (the start) is at x = 0: the same place after every layout,
 * right of the pinned lane names once the view is fitted.
 */
function alignEnds(state: MapState, positions: Record<string, Position>): Record<string, Position> {
  let lastRight = Number.NEGATIVE_INFINITY;
  const laneRight = new Map<string, number>();
  for (const step of state.steps) {
    const position = positions[step.id];
    if (!position || step.type === 'end') continue;
    const right = position.x + STEP_WIDTH_PX[step.type];
    lastRight = Math.max(lastRight, right);
    laneRight.set(step.laneId, Math.max(laneRight.get(step.laneId) ?? Number.NEGATIVE_INFINITY, right));
  }
  const ends = state.steps.filter((step) => step.type === 'end' && positions[step.id]).sort((a, b) => (positions[a.id]?.x ?? 0) - (positions[b.id]?.x ?? 0));
  for (const end of ends) {
    const position = positions[end.id] as Position;
    let x = Math.max(position.x, lastRight + STEP_GAP_PX, (laneRight.get(end.laneId) ?? Number.NEGATIVE_INFINITY) + STEP_GAP_PX);
    x = Math.ceil(x / SNAP_GRID_PX) * SNAP_GRID_PX;
    position.x = x;
    laneRight.set(end.laneId, x + STEP_WIDTH_PX[end.type]);
  }
  let left = Number.POSITIVE_INFINITY;
  for (const position of Object.values(positions)) left = Math.min(left, position.x);
  if (Number.isFinite(left)) for (const position of Object.values(positions)) position.x -= left;
  return positions;
}

/** Runs ELK on a graph: in this thread (elkLayout.ts) or in a worker. */
export type ElkRunner = (graph: ElkNode) => Promise<ElkNode>;

/**
 * The auto-layout of one state (see the module comment): the new position of every step,
 * each in its own lane. `runElk` decides where ELK runs.
 */
export async function layOutState(state: MapState, runElk: ElkRunner): Promise<Record<string, Position>> {
  return positionsFromElk(state, await runElk(buildElkGraph(state)));
}
