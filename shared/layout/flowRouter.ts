/**
 * THE flow router: one place that decides how a flow between two laid-out steps is drawn,
 * used by the canvas edges, the plan's map pictures and the BPMN DI waypoints.
 *
 * API
 * ```ts
 * const routes = routeFlows({
 *   boxes: [{ id, x, y, width, height, shape?: 'rect' | 'diamond', insetYPx? }],   // step boxes
 *   bands: [{ top, bottom }],          // lane bands in lane order (may be empty)
 *   flows: [{ id, from, to, rework, label?: { widthPx, heightPx } }],
 * });
 * routes.get(flowId) // → { points: [{ x, y }, …], label: { x, y } | null, kind }
 * ```
 * - Coordinates are any one consistent unit (canvas flow px, print px, BPMN DI): y grows down.
 * - `points` is an orthogonal polyline (every segment horizontal or vertical) from a point
 *   on the source's shape to a point on the target's shape; draw it with an arrowhead at the
 *   last point. No segment passes through a step box other than the flow's source and target
 *   (when the boxes themselves do not overlap, and a route exists at all).
 * - `kind`: 'forward' (out of the right side into the left side), 'vertical' (the target is in
 *   the same column in another lane: bottom to top or top to bottom) or 'back' (rework flows
 *   and flows to a step further left: out of the top, round above the steps, into the top).
 *   Where another step stands too close to that side of a box for a route to pass (steps in
 *   neighbouring lanes moved to the near edges of their bands), the flow uses the open side
 *   of that box nearest to its other end instead.
 * - `label` is the centre of the flow's label (for flows that have one): near the source end,
 *   and never over another label or a step box when a free spot nearby exists.
 * - Flows whose source or target is not among the boxes, and flows from a step to itself,
 *   get no route.
 * Pure and deterministic; O(flows × window) where the window of a flow is the part of the
 * map between its two ends (one lane above and below): route once per layout change, not
 * per frame.
 *
 * How: for each flow, a sparse grid of candidate lines (box edges with clearance, gaps next
 * to boxes, the free strips above and below the steps of each lane, lane boundaries, the
 * flow's own port lines) is searched with A* for the path of least length + bends, where
 * grid edges inside a box are blocked. Lanes are separated by boundaries that no box crosses,
 * so a route above or below the steps always exists. Flows leaving or entering the same
 * side of a box are spread over that side so their lines and labels stay apart.
 */
import { addUsage, createUsage, lineUsed, searchGrid, type GridObstacle, type RouteUsage } from './routeGrid';
import { placeLabels, type LabelRequest } from './routeLabels';
import { CLEARANCE_PX, STUB_PX, boxesInWindow, closeFacingSides, indexBoxes, openSide, overlapsX, portPoint, stubPoint, type BoxIndex, type Side } from './routeSides';

export interface RoutePoint {
  x: number;
  y: number;
}

export interface RouteBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** A diamond (decision, gateway) is entered and left at its outline. Default 'rect'. */
  shape?: 'rect' | 'diamond';
  /** Drawn shape this much lower at the top and higher at the bottom than the box (pills). */
  insetYPx?: number;
}

export interface RouteBand {
  top: number;
  bottom: number;
}

export interface RouteFlowInput {
  id: string;
  from: string;
  to: string;
  rework: boolean;
  /** Size of the label drawn on the flow, when it has one. */
  label?: { widthPx: number; heightPx: number } | null;
}

export type RouteKind = 'forward' | 'vertical' | 'back';

export interface FlowRoute {
  points: RoutePoint[];
  label: RoutePoint | null;
  kind: RouteKind;
}

export interface RouteInput {
  boxes: readonly RouteBox[];
  bands: readonly RouteBand[];
  flows: readonly RouteFlowInput[];
}

/** Distance between the ports of several flows on one side of a box. */
const PORT_SPACING_PX = 14;
/** A target this far right of the source's right edge counts as ahead. */
const AHEAD_MARGIN_PX = 8;
/** Parallel lines in the free strip above the steps of a lane, for back flows side by side. */
const STRIP_LINES = 5;
/** Extra room around a flow's two ends in which its route is searched first. */
const WINDOW_MARGIN_PX = 160;

interface Plan {
  flow: RouteFlowInput;
  source: RouteBox;
  target: RouteBox;
  kind: RouteKind;
  exitSide: Side;
  entrySide: Side;
  exitOffset: number;
  entryOffset: number;
  /** Whether both sides are the ones `kind` prescribes (the plain shapes of directRoute assume them). */
  usualSides: boolean;
  /** The two ends face each other across a gap too narrow for stubs: drawn as a short link across it. */
  closeLink: boolean;
}

function planFlow(flow: RouteFlowInput, source: RouteBox, target: RouteBox): Plan {
  const base = { flow, source, target, exitOffset: 0, entryOffset: 0, usualSides: true, closeLink: false };
  if (!flow.rework && target.x >= source.x + source.width + AHEAD_MARGIN_PX) {
    return { ...base, kind: 'forward', exitSide: 'right', entrySide: 'left' };
  }
  const targetBelow = target.y >= source.y + source.height;
  const targetAbove = target.y + target.height <= source.y;
  if (!flow.rework && overlapsX(source, target) && (targetBelow || targetAbove)) {
    return targetBelow
      ? { ...base, kind: 'vertical', exitSide: 'bottom', entrySide: 'top' }
      : { ...base, kind: 'vertical', exitSide: 'top', entrySide: 'bottom' };
  }
  return { ...base, kind: 'back', exitSide: 'top', entrySide: 'top' };
}

/**
 * Moves a plan's exit and entry off sides that another step walls in (see sideOpen). Two ends
 * that face each other that closely (steps in neighbouring lanes at the near edges of their
 * bands, one above the other) are joined straight across the gap, also for a rework flow.
 */
function openSides(plan: Plan, index: BoxIndex): Plan {
  const facingSides = closeFacingSides(plan.source, plan.target);
  if (facingSides) return { ...plan, exitSide: facingSides[0], entrySide: facingSides[1], usualSides: false, closeLink: true };
  const exitSide = openSide(plan.source, plan.exitSide, plan.target, index);
  const entrySide = openSide(plan.target, plan.entrySide, plan.source, index);
  if (exitSide === plan.exitSide && entrySide === plan.entrySide) return plan;
  return { ...plan, exitSide, entrySide, usualSides: false };
}

/** The short link of a closeLink plan: across the middle of the gap, with a jog there when the ports are not in line. */
function closeLinkRoute(plan: Plan): RoutePoint[] {
  const from = portPoint(plan.source, plan.exitSide, plan.exitOffset);
  const to = portPoint(plan.target, plan.entrySide, plan.entryOffset);
  if (plan.exitSide === 'top' || plan.exitSide === 'bottom') {
    const middleY = plan.exitSide === 'bottom' ? (plan.source.y + plan.source.height + plan.target.y) / 2 : (plan.target.y + plan.target.height + plan.source.y) / 2;
    return simplifyRoute([from, { x: from.x, y: middleY }, { x: to.x, y: middleY }, to]);
  }
  const middleX = plan.exitSide === 'right' ? (plan.source.x + plan.source.width + plan.target.x) / 2 : (plan.target.x + plan.target.width + plan.source.x) / 2;
  return simplifyRoute([from, { x: middleX, y: from.y }, { x: middleX, y: to.y }, to]);
}

/** Spreads the ports of flows that share a side of a box, ordered by where the other end lies. */
function spreadPorts(plans: Plan[]): void {
  const groups = new Map<string, { plan: Plan; exit: boolean; order: number }[]>();
  const add = (box: RouteBox, side: Side, plan: Plan, exit: boolean, other: RouteBox): void => {
    const key = `${box.id}\u0000${side}`;
    const horizontalSide = side === 'left' || side === 'right';
    const order = horizontalSide ? other.y + other.height / 2 : other.x + other.width / 2;
    const list = groups.get(key) ?? [];
    list.push({ plan, exit, order });
    groups.set(key, list);
  };
  for (const plan of plans) {
    add(plan.source, plan.exitSide, plan, true, plan.target);
    add(plan.target, plan.entrySide, plan, false, plan.source);
  }
  for (const [key, list] of groups) {
    if (list.length < 2) continue;
    const side = key.slice(key.lastIndexOf('\u0000') + 1) as Side;
    const box = list[0]?.exit ? list[0].plan.source : (list[0]?.plan.target as RouteBox);
    const sideLength = side === 'left' || side === 'right' ? box.height - 2 * (box.insetYPx ?? 0) : box.width;
    const spacing = Math.min(PORT_SPACING_PX, (sideLength - 16) / Math.max(1, list.length - 1));
    list.sort((a, b) => a.order - b.order);
    list.forEach((entry, index) => {
      const offset = (index - (list.length - 1) / 2) * Math.max(0, spacing);
      if (entry.exit) entry.plan.exitOffset = offset;
      else entry.plan.entryOffset = offset;
    });
  }
}

/** Removes repeated points and points in the middle of a straight run. */
export function simplifyRoute(points: readonly RoutePoint[]): RoutePoint[] {
  const result: RoutePoint[] = [];
  for (const point of points) {
    const last = result[result.length - 1];
    if (last && last.x === point.x && last.y === point.y) continue;
    const beforeLast = result[result.length - 2];
    if (last && beforeLast && ((beforeLast.x === last.x && last.x === point.x) || (beforeLast.y === last.y && last.y === point.y))) {
      result[result.length - 1] = point;
      continue;
    }
    result.push(point);
  }
  return result;
}

/** Index of the band holding `y` (the nearest band when none does); -1 without bands. */
function bandIndexAt(bands: readonly RouteBand[], y: number): number {
  if (bands.length === 0) return -1;
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  bands.forEach((band, index) => {
    const distance = y < band.top ? band.top - y : y >= band.bottom ? y - band.bottom + 1e-6 : 0;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = index;
    }
  });
  return best;
}

interface Window {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The window of a flow: its two ends with a margin, and the lanes from one above to one below. */
function flowWindow(plan: Plan, bands: readonly RouteBand[], extent: Window, whole: boolean): Window {
  if (whole) return extent;
  const { source, target } = plan;
  const left = Math.min(source.x, target.x) - WINDOW_MARGIN_PX;
  const right = Math.max(source.x + source.width, target.x + target.width) + WINDOW_MARGIN_PX;
  let top = Math.min(source.y, target.y) - WINDOW_MARGIN_PX;
  let bottom = Math.max(source.y + source.height, target.y + target.height) + WINDOW_MARGIN_PX;
  if (bands.length > 0) {
    const first = Math.max(0, Math.min(bandIndexAt(bands, source.y), bandIndexAt(bands, target.y)) - 1);
    const last = Math.min(bands.length - 1, Math.max(bandIndexAt(bands, source.y + source.height), bandIndexAt(bands, target.y + target.height)) + 1);
    top = Math.min(top, (bands[first] as RouteBand).top);
    bottom = Math.max(bottom, (bands[last] as RouteBand).bottom);
  }
  return { left, right, top: Math.max(top, extent.top), bottom: Math.min(bottom, extent.bottom) };
}

/** Candidate horizontal lines of a window: lane boundaries and the free strips above and below the steps. */
function bandLines(bands: readonly RouteBand[], boxes: readonly RouteBox[], window: Window): number[] {
  const ys: number[] = [];
  bands.forEach((band, index) => {
    if (band.bottom < window.top || band.top > window.bottom) return;
    // Boundaries between lanes, not the outer edges of the map (a picture ends there).
    if (index > 0) ys.push(band.top);
    if (index < bands.length - 1) ys.push(band.bottom);
    let highestTop = band.bottom;
    let lowestBottom = band.top;
    for (const box of boxes) {
      const centre = box.y + box.height / 2;
      if (centre < band.top || centre >= band.bottom) continue;
      highestTop = Math.min(highestTop, box.y);
      lowestBottom = Math.max(lowestBottom, box.y + box.height);
    }
    if (highestTop - band.top >= 2 * CLEARANCE_PX) {
      const strip = highestTop - CLEARANCE_PX - band.top;
      for (let line = 1; line <= STRIP_LINES; line += 1) ys.push(band.top + (strip * line) / (STRIP_LINES + 1));
    }
    if (band.bottom - lowestBottom >= 2 * CLEARANCE_PX) ys.push((band.bottom + lowestBottom + CLEARANCE_PX) / 2);
  });
  return ys;
}


function segmentBlocked(a: RoutePoint, b: RoutePoint, obstacles: readonly GridObstacle[]): boolean {
  const left = Math.min(a.x, b.x);
  const right = Math.max(a.x, b.x);
  const top = Math.min(a.y, b.y);
  const bottom = Math.max(a.y, b.y);
  return obstacles.some((obstacle) => right > obstacle.left && left < obstacle.right && bottom > obstacle.top && top < obstacle.bottom);
}

/**
 * The plain shapes most flows take, tried before the grid search (which costs far more):
 * a straight line or one jog for a flow ahead, one run above (or below) both ends for a
 * flow back. Null when each of them would touch a box.
 */
function directRoute(
  plan: Plan,
  start: RoutePoint,
  goal: RoutePoint,
  obstacles: readonly GridObstacle[],
  lines: readonly number[],
  usage: RouteUsage,
): RoutePoint[] | null {
  if (!plan.usualSides) return null;
  const free = (points: RoutePoint[]): boolean => points.every((point, index) => index === 0 || !segmentBlocked(points[index - 1] as RoutePoint, point, obstacles));
  const tries: RoutePoint[][] = [];
  if (plan.kind === 'forward') {
    if (start.y === goal.y) tries.push([start, goal]);
    // The jog next to the target first: it keeps clear of the steps between in the source's lane.
    for (const x of [goal.x, (start.x + goal.x) / 2, start.x]) tries.push([start, { x, y: start.y }, { x, y: goal.y }, goal]);
  } else if (plan.kind === 'vertical') {
    if (start.x === goal.x) tries.push([start, goal]);
    const y = (start.y + goal.y) / 2;
    tries.push([start, { x: start.x, y }, { x: goal.x, y }, goal]);
  } else {
    // Rework and other back flows: across the free strip above the higher end's steps (nearest
    // first), on a line no other back flow takes there; when all are taken, the search decides.
    const top = Math.min(start.y, goal.y);
    const above = lines.filter((y) => y <= top && !lineUsed(usage, y, start.x, goal.x)).sort((a, b) => b - a);
    for (const y of above) tries.push([start, { x: start.x, y }, { x: goal.x, y }, goal]);
  }
  return tries.find(free) ?? null;
}

/** Where the route is searched for: candidate lines and the boxes to keep out of. */
function routeInWindow(plan: Plan, bands: readonly RouteBand[], index: BoxIndex, window: Window, usage: RouteUsage): RoutePoint[] | null {
  const { source, target } = plan;
  const sourcePort = portPoint(source, plan.exitSide, plan.exitOffset);
  const targetPort = portPoint(target, plan.entrySide, plan.entryOffset);
  const start = stubPoint(source, plan.exitSide, sourcePort);
  const goal = stubPoint(target, plan.entrySide, targetPort);
  const boxes = boxesInWindow(index, window.left, window.right, window.top, window.bottom);
  const obstacles: GridObstacle[] = boxes.map((box) => ({
    left: box.x - CLEARANCE_PX,
    right: box.x + box.width + CLEARANCE_PX,
    top: box.y - CLEARANCE_PX,
    bottom: box.y + box.height + CLEARANCE_PX,
  }));
  const xs = [start.x, goal.x, window.left, window.right];
  // With lanes, the lines between and inside them; the window's edges only without lanes.
  const ys = [start.y, goal.y, ...(bands.length > 0 ? [] : [window.top, window.bottom]), ...bandLines(bands, boxes, window)];
  for (const obstacle of obstacles) {
    xs.push(obstacle.left, obstacle.right, obstacle.left - STUB_PX, obstacle.right + STUB_PX);
    ys.push(obstacle.top, obstacle.bottom);
  }
  // Only lines inside the window: the boxes outside it are not among the obstacles.
  const windowLines = bandLines(bands, boxes, window).filter((y) => y >= window.top && y <= window.bottom);
  const direct = directRoute(plan, start, goal, obstacles, windowLines, usage);
  if (direct) {
    for (let index = 1; index < direct.length; index += 1) {
      const a = direct[index - 1] as RoutePoint;
      const b = direct[index] as RoutePoint;
      if (a.y === b.y) addUsage(usage.horizontal, a.y, a.x, b.x);
      else addUsage(usage.vertical, a.x, a.y, b.y);
    }
    return simplifyRoute([sourcePort, ...direct, targetPort]);
  }
  const path = searchGrid({
    xs: xs.filter((x) => x >= window.left && x <= window.right),
    ys: ys.filter((y) => y >= window.top && y <= window.bottom),
    obstacles,
    start,
    goal,
    startDirection: plan.exitSide,
    goalDirection: plan.entrySide,
    usage,
  });
  if (!path) return null;
  return simplifyRoute([sourcePort, ...path, targetPort]);
}

/** A plain route without obstacle avoidance, for the rare case the search finds none. */
function fallbackRoute(plan: Plan): RoutePoint[] {
  const sourcePort = portPoint(plan.source, plan.exitSide, plan.exitOffset);
  const targetPort = portPoint(plan.target, plan.entrySide, plan.entryOffset);
  const start = stubPoint(plan.source, plan.exitSide, sourcePort);
  const goal = stubPoint(plan.target, plan.entrySide, targetPort);
  const middle = plan.kind === 'forward' ? [{ x: (start.x + goal.x) / 2, y: start.y }, { x: (start.x + goal.x) / 2, y: goal.y }] : [{ x: goal.x, y: start.y }];
  return simplifyRoute([sourcePort, start, ...middle, goal, targetPort]);
}

function extentOf(boxes: readonly RouteBox[], bands: readonly RouteBand[]): Window {
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const box of boxes) {
    left = Math.min(left, box.x);
    right = Math.max(right, box.x + box.width);
    top = Math.min(top, box.y);
    bottom = Math.max(bottom, box.y + box.height);
  }
  const margin = WINDOW_MARGIN_PX;
  const first = bands[0];
  const last = bands[bands.length - 1];
  // With lanes, routes stay inside them (just within the outer edges); without, anywhere near the boxes.
  if (first && last) return { left: left - margin, right: right + margin, top: Math.min(top, first.top) + 2, bottom: Math.max(bottom, last.bottom) - 2 };
  return { left: left - margin, right: right + margin, top: top - margin, bottom: bottom + margin };
}

/** Routes every flow (see the module comment). */
export function routeFlows(input: RouteInput): Map<string, FlowRoute> {
  const boxById = new Map<string, RouteBox>();
  for (const box of input.boxes) if (!boxById.has(box.id)) boxById.set(box.id, box);
  const plans: Plan[] = [];
  for (const flow of input.flows) {
    const source = boxById.get(flow.from);
    const target = boxById.get(flow.to);
    if (!source || !target || source === target) continue;
    plans.push(planFlow(flow, source, target));
  }
  const index = indexBoxes([...boxById.values()]);
  plans.forEach((plan, position) => {
    plans[position] = openSides(plan, index);
  });
  spreadPorts(plans);
  const extent = extentOf([...boxById.values()], input.bands);
  // Grid edges already used by earlier routes cost a little more, so parallel flows take their own lines.
  const usage = createUsage();
  const routes = new Map<string, FlowRoute>();
  const labels: LabelRequest[] = [];
  for (const plan of plans) {
    const points = plan.closeLink
      ? closeLinkRoute(plan)
      : (routeInWindow(plan, input.bands, index, flowWindow(plan, input.bands, extent, false), usage) ??
        routeInWindow(plan, input.bands, index, flowWindow(plan, input.bands, extent, true), usage) ??
        fallbackRoute(plan));
    routes.set(plan.flow.id, { points, label: null, kind: plan.kind });
    if (plan.flow.label) labels.push({ flowId: plan.flow.id, points, widthPx: plan.flow.label.widthPx, heightPx: plan.flow.label.heightPx });
  }
  for (const [flowId, anchor] of placeLabels(labels, index.byLeft)) {
    const route = routes.get(flowId);
    if (route) route.label = anchor;
  }
  return routes;
}
