/**
 * The search behind flowRouter.ts: A* over a sparse orthogonal grid (the crossings of a few
 * candidate lines), where a grid edge that runs through an obstacle is blocked. The cost of a
 * path is its length, plus BEND_COST per bend and a surcharge on edges earlier routes used.
 */

export interface GridObstacle {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export type Direction = 'left' | 'right' | 'top' | 'bottom';

export interface GridSearch {
  xs: number[];
  ys: number[];
  obstacles: readonly GridObstacle[];
  start: { x: number; y: number };
  goal: { x: number; y: number };
  /** The side of the source the route leaves by (its first move goes that way). */
  startDirection: Direction;
  /** The side of the target the route enters by (its last move goes into the target). */
  goalDirection: Direction;
  /** The lines earlier routes took; this route is added. */
  usage: RouteUsage;
}

/** A bend costs as much as this many pixels of line: routes prefer few, long straight runs. */
const BEND_COST = 60;
/** Share of an edge's length added per earlier route on it. */
const SHARED_EDGE_SURCHARGE = 0.6;

// Moves: 0 = +x, 1 = -x, 2 = +y, 3 = -y.
const MOVE_X = [1, -1, 0, 0] as const;
const MOVE_Y = [0, 0, 1, -1] as const;

function outwardMove(side: Direction): number {
  return side === 'right' ? 0 : side === 'left' ? 1 : side === 'bottom' ? 2 : 3;
}

/** The move that enters a box through `side`. */
function inwardMove(side: Direction): number {
  return side === 'left' ? 0 : side === 'right' ? 1 : side === 'top' ? 2 : 3;
}

function uniqueSorted(values: number[]): number[] {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  const result: number[] = [];
  for (const value of sorted) if (result.length === 0 || value - (result[result.length - 1] as number) > 0.01) result.push(value);
  return result;
}

function indexOf(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const candidate = values[middle] as number;
    if (Math.abs(candidate - value) <= 0.01) return middle;
    if (candidate < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** First index whose value is above `value` (values sorted). */
function firstAbove(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] as number) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A binary min-heap of state numbers keyed by a cost array (also the step-list export's row order). */
export class StateHeap {
  private readonly items: number[] = [];
  constructor(private readonly keys: Float64Array) {}
  get size(): number {
    return this.items.length;
  }
  push(state: number): void {
    const items = this.items;
    items.push(state);
    let index = items.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if ((this.keys[items[parent] as number] as number) <= (this.keys[state] as number)) break;
      items[index] = items[parent] as number;
      index = parent;
    }
    items[index] = state;
  }
  pop(): number {
    const items = this.items;
    const top = items[0] as number;
    const last = items.pop() as number;
    if (items.length > 0) {
      let index = 0;
      const key = this.keys[last] as number;
      for (;;) {
        const left = 2 * index + 1;
        if (left >= items.length) break;
        const right = left + 1;
        const child = right < items.length && (this.keys[items[right] as number] as number) < (this.keys[items[left] as number] as number) ? right : left;
        if ((this.keys[items[child] as number] as number) >= key) break;
        items[index] = items[child] as number;
        index = child;
      }
      items[index] = last;
    }
    return top;
  }
}

/** Marks the grid edges that run through an obstacle's interior. */
function blockedEdges(xs: readonly number[], ys: readonly number[], obstacles: readonly GridObstacle[]): { horizontal: Uint8Array; vertical: Uint8Array } {
  const nx = xs.length;
  const ny = ys.length;
  // horizontal[j * nx + i]: the edge from (i, j) to (i + 1, j); vertical[j * nx + i]: from (i, j) to (i, j + 1).
  const horizontal = new Uint8Array(nx * ny);
  const vertical = new Uint8Array(nx * ny);
  for (const obstacle of obstacles) {
    // Rows strictly inside the obstacle: their edges overlapping (left, right) are blocked.
    for (let j = firstAbove(ys, obstacle.top); j < ny && (ys[j] as number) < obstacle.bottom; j += 1) {
      for (let i = Math.max(0, firstAbove(xs, obstacle.left) - 1); i < nx - 1 && (xs[i] as number) < obstacle.right; i += 1) {
        if ((xs[i + 1] as number) > obstacle.left) horizontal[j * nx + i] = 1;
      }
    }
    for (let i = firstAbove(xs, obstacle.left); i < nx && (xs[i] as number) < obstacle.right; i += 1) {
      for (let j = Math.max(0, firstAbove(ys, obstacle.top) - 1); j < ny - 1 && (ys[j] as number) < obstacle.bottom; j += 1) {
        if ((ys[j + 1] as number) > obstacle.top) vertical[j * nx + i] = 1;
      }
    }
  }
  return { horizontal, vertical };
}

/**
 * The segments of the routes found so far, as [from, to] intervals per horizontal line (by y)
 * and per vertical line (by x), so a search can count them on its grid in one pass per line.
 */
export interface RouteUsage {
  horizontal: Map<number, [number, number][]>;
  vertical: Map<number, [number, number][]>;
}

/** Whether an earlier route runs along the horizontal line `y` somewhere between `from` and `to`. */
export function lineUsed(usage: RouteUsage, y: number, from: number, to: number): boolean {
  const left = Math.min(from, to);
  const right = Math.max(from, to);
  return (usage.horizontal.get(y) ?? []).some(([a, b]) => a < right && b > left);
}

export function createUsage(): RouteUsage {
  return { horizontal: new Map(), vertical: new Map() };
}

export function addUsage(lines: Map<number, [number, number][]>, at: number, from: number, to: number): void {
  const list = lines.get(at) ?? [];
  list.push([Math.min(from, to), Math.max(from, to)]);
  lines.set(at, list);
}

/** How many earlier routes run along each grid edge (same layout as blockedEdges). */
function usedEdges(xs: readonly number[], ys: readonly number[], usage: RouteUsage): { horizontal: Uint16Array; vertical: Uint16Array } {
  const nx = xs.length;
  const horizontal = new Uint16Array(nx * ys.length);
  const vertical = new Uint16Array(nx * ys.length);
  ys.forEach((y, j) => {
    for (const [from, to] of usage.horizontal.get(y) ?? []) {
      for (let i = Math.max(0, firstAbove(xs, from - 0.01)); i < nx - 1 && (xs[i + 1] as number) <= to + 0.01; i += 1) horizontal[j * nx + i] = (horizontal[j * nx + i] ?? 0) + 1;
    }
  });
  xs.forEach((x, i) => {
    for (const [from, to] of usage.vertical.get(x) ?? []) {
      for (let j = Math.max(0, firstAbove(ys, from - 0.01)); j < ys.length - 1 && (ys[j + 1] as number) <= to + 0.01; j += 1) vertical[j * nx + i] = (vertical[j * nx + i] ?? 0) + 1;
    }
  });
  return { horizontal, vertical };
}

/**
 * The cheapest grid path from `start` to `goal` (both included, bends only), or null when
 * none exists. The path's first move goes out of the source side, its last into the target.
 */
export function searchGrid(search: GridSearch): { x: number; y: number }[] | null {
  const xs = uniqueSorted([...search.xs, search.start.x, search.goal.x]);
  const ys = uniqueSorted([...search.ys, search.start.y, search.goal.y]);
  const nx = xs.length;
  const ny = ys.length;
  const startI = indexOf(xs, search.start.x);
  const startJ = indexOf(ys, search.start.y);
  const goalI = indexOf(xs, search.goal.x);
  const goalJ = indexOf(ys, search.goal.y);
  if (startI < 0 || startJ < 0 || goalI < 0 || goalJ < 0) return null;
  const { horizontal, vertical } = blockedEdges(xs, ys, search.obstacles);
  const used = usedEdges(xs, ys, search.usage);
  const stateCount = nx * ny * 4;
  const cost = new Float64Array(stateCount).fill(Number.POSITIVE_INFINITY);
  const estimate = new Float64Array(stateCount).fill(Number.POSITIVE_INFINITY);
  const previous = new Int32Array(stateCount).fill(-1);
  const closed = new Uint8Array(stateCount);
  const heap = new StateHeap(estimate);
  const goalX = search.goal.x;
  const goalY = search.goal.y;
  const heuristic = (i: number, j: number): number => Math.abs((xs[i] as number) - goalX) + Math.abs((ys[j] as number) - goalY);
  const firstMove = outwardMove(search.startDirection);
  const lastMove = inwardMove(search.goalDirection);
  const startState = (startJ * nx + startI) * 4 + firstMove;
  cost[startState] = 0;
  estimate[startState] = heuristic(startI, startJ);
  heap.push(startState);
  let found = -1;
  while (heap.size > 0) {
    const state = heap.pop();
    if (closed[state]) continue;
    closed[state] = 1;
    const move = state & 3;
    const node = state >> 2;
    const i = node % nx;
    const j = (node - i) / nx;
    if (i === goalI && j === goalJ) {
      found = state;
      break;
    }
    for (let next = 0; next < 4; next += 1) {
      // No turning back on the spot.
      if ((next ^ 1) === move && next >> 1 === move >> 1) continue;
      const ni = i + (MOVE_X[next] as number);
      const nj = j + (MOVE_Y[next] as number);
      if (ni < 0 || nj < 0 || ni >= nx || nj >= ny) continue;
      const blocked = next < 2 ? horizontal[j * nx + Math.min(i, ni)] : vertical[Math.min(j, nj) * nx + i];
      if (blocked) continue;
      const x1 = xs[i] as number;
      const y1 = ys[j] as number;
      const x2 = xs[ni] as number;
      const y2 = ys[nj] as number;
      const length = Math.abs(x2 - x1) + Math.abs(y2 - y1);
      const sharedBy = next < 2 ? (used.horizontal[j * nx + Math.min(i, ni)] as number) : (used.vertical[Math.min(j, nj) * nx + i] as number);
      let stepCost = length * (1 + sharedBy * SHARED_EDGE_SURCHARGE) + (next === move ? 0 : BEND_COST);
      if (ni === goalI && nj === goalJ && next !== lastMove) stepCost += BEND_COST;
      const nextState = (nj * nx + ni) * 4 + next;
      const total = (cost[state] as number) + stepCost;
      if (total < (cost[nextState] as number)) {
        cost[nextState] = total;
        estimate[nextState] = total + heuristic(ni, nj);
        previous[nextState] = state;
        heap.push(nextState);
      }
    }
  }
  if (found < 0) return null;
  const nodes: { x: number; y: number }[] = [];
  for (let state = found; state >= 0; state = previous[state] as number) {
    const node = state >> 2;
    const i = node % nx;
    nodes.push({ x: xs[i] as number, y: ys[(node - i) / nx] as number });
  }
  nodes.reverse();
  // Only the corners: one usage interval per straight run.
  const corners = nodes.filter((node, index) => {
    const before = nodes[index - 1];
    const after = nodes[index + 1];
    return !before || !after || !((before.x === node.x && node.x === after.x) || (before.y === node.y && node.y === after.y));
  });
  for (let index = 1; index < corners.length; index += 1) {
    const a = corners[index - 1] as { x: number; y: number };
    const b = corners[index] as { x: number; y: number };
    if (a.y === b.y) addUsage(search.usage.horizontal, a.y, a.x, b.x);
    else addUsage(search.usage.vertical, a.x, a.y, b.y);
  }
  return corners;
}
