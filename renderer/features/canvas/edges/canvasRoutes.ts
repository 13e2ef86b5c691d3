import { routeFlows, type FlowRoute, type RouteBox, type RouteFlowInput, type RouteInput, type RoutePoint } from '../../../../shared/layout/flowRouter';
import { LANE_HEIGHT_PX, STEP_HEIGHT_PX, STEP_WIDTH_PX, clampStepY, laneIndexAtY } from '../../../../shared/layout/geometry';
import type { Flow, MapState } from '../../../../shared/model/types';
import { shallowEqual } from '../../../base/store/sliceReader';

/** The start and end pills are 56 px high in their 100 px box (steps.css .terminal__pill). */
const PILL_INSET_PX = (STEP_HEIGHT_PX - 56) / 2;
/** Rough size of a flow label on the canvas (11 px text in a padded chip), for keeping labels apart. */
const LABEL_CHAR_PX = 6.6;
const LABEL_PADDING_PX = 18;
const LABEL_HEIGHT_PX = 20;
const CORNER_RADIUS_PX = 8;

/**
 * What the flow router reads of the shown state, as the canvas draws its steps (y clamped
 * into the lane band): boxes, bands and flows with the room their labels take.
 */
function routeInputOf(state: Pick<MapState, 'lanes' | 'steps' | 'flows'>, labelTextOf: (flowId: string) => string): RouteInput {
  const laneIndexById = new Map(state.lanes.map((lane, index) => [lane.id, index]));
  const boxes: RouteBox[] = state.steps.map((step) => {
    const laneIndex = laneIndexById.get(step.laneId) ?? laneIndexAtY(step.position.y, state.lanes.length);
    return {
      id: step.id,
      x: step.position.x,
      y: clampStepY(step.position.y, laneIndex),
      width: STEP_WIDTH_PX[step.type],
      height: STEP_HEIGHT_PX,
      shape: step.type === 'decision' || step.type === 'parallel' ? 'diamond' : 'rect',
      insetYPx: step.type === 'start' || step.type === 'end' ? PILL_INSET_PX : 0,
    };
  });
  return {
    boxes,
    bands: state.lanes.map((_, index) => ({ top: index * LANE_HEIGHT_PX, bottom: (index + 1) * LANE_HEIGHT_PX })),
    flows: state.flows.map((flow) => {
      const text = labelTextOf(flow.id);
      return {
        id: flow.id,
        from: flow.from,
        to: flow.to,
        rework: flow.rework,
        label: text === '' ? null : { widthPx: text.length * LABEL_CHAR_PX + LABEL_PADDING_PX, heightPx: LABEL_HEIGHT_PX },
      };
    }),
  };
}

/** Equal lists item by item; boxes and bands are flat, so the store's shallowEqual compares them. */
function sameEach<Item>(left: readonly Item[], right: readonly Item[], same: (item: Item, other: Item) => boolean = shallowEqual): boolean {
  return left.length === right.length && left.every((item, index) => same(item, right[index] as Item));
}

/** A flow's route input holds one nested object, its label size. */
function sameFlow(flow: RouteFlowInput, other: RouteFlowInput): boolean {
  return flow.id === other.id && flow.from === other.from && flow.to === other.to && flow.rework === other.rework && shallowEqual(flow.label, other.label);
}

export type CanvasRouter = (state: Pick<MapState, 'lanes' | 'steps' | 'flows'>) => ReadonlyMap<string, FlowRoute>;

/**
 * The routes of every flow of the shown state, as the canvas draws its steps. Made once per
 * change of the steps, flows or lanes (FlowCanvas), never per frame: panning and zooming only
 * transform the drawing. With memory: while the boxes, bands and flows the router reads are the same
 * as last time, the last routes are returned as they were (the same object). Editing a
 * step's times, name or waste changes `state.steps` but no route; routing a 1,000-step map
 * again took about a third of an edit, and new routes re-render every drawn flow. Comparing
 * the inputs is linear and cheap next to routing.
 */
export function createCanvasRouter(): CanvasRouter {
  let lastInput: RouteInput | null = null;
  let lastRoutes: ReadonlyMap<string, FlowRoute> = new Map();
  return (state) => {
    const input = routeInputOf(state, canvasLabelText(state.flows));
    if (lastInput && sameEach(lastInput.boxes, input.boxes) && sameEach(lastInput.bands, input.bands) && sameEach(lastInput.flows, input.flows, sameFlow)) return lastRoutes;
    lastInput = input;
    lastRoutes = routeFlows(input);
    return lastRoutes;
  };
}

/**
 * The text a flow's label will roughly hold, from the document alone (the probability comes
 * from the analysis, so a branch gets room for "100 %"): routes then do not change when
 * only the analysis does.
 */
export function canvasLabelText(flows: readonly Flow[]): (flowId: string) => string {
  const outgoing = new Map<string, number>();
  for (const flow of flows) outgoing.set(flow.from, (outgoing.get(flow.from) ?? 0) + 1);
  const texts = new Map<string, string>();
  for (const flow of flows) {
    const parts = [flow.rework ? 'Herwerk' : '', flow.label.trim(), (outgoing.get(flow.from) ?? 0) > 1 ? '100 %' : ''].filter((part) => part !== '');
    texts.set(flow.id, parts.join(' '));
  }
  return (flowId) => texts.get(flowId) ?? '';
}

/** SVG path data along orthogonal waypoints, with rounded corners. */
export function roundedPath(points: readonly RoutePoint[]): string {
  const first = points[0];
  if (!first) return '';
  const parts = [`M ${first.x} ${first.y}`];
  for (let index = 1; index < points.length; index += 1) {
    const point = points[index] as RoutePoint;
    const previous = points[index - 1] as RoutePoint;
    const next = points[index + 1];
    if (!next) {
      parts.push(`L ${point.x} ${point.y}`);
      break;
    }
    const inLength = Math.abs(point.x - previous.x) + Math.abs(point.y - previous.y);
    const outLength = Math.abs(next.x - point.x) + Math.abs(next.y - point.y);
    const radius = Math.min(CORNER_RADIUS_PX, inLength / 2, outLength / 2);
    const before = { x: point.x - Math.sign(point.x - previous.x) * radius, y: point.y - Math.sign(point.y - previous.y) * radius };
    const after = { x: point.x + Math.sign(next.x - point.x) * radius, y: point.y + Math.sign(next.y - point.y) * radius };
    parts.push(`L ${before.x} ${before.y}`, `Q ${point.x} ${point.y} ${after.x} ${after.y}`);
  }
  return parts.join(' ');
}

/** Where a label goes when the router gave none: the middle of the route's longest segment. */
export function routeMiddle(points: readonly RoutePoint[]): RoutePoint {
  let best = { x: points[0]?.x ?? 0, y: points[0]?.y ?? 0 };
  let bestLength = -1;
  for (let index = 1; index < points.length; index += 1) {
    const a = points[index - 1] as RoutePoint;
    const b = points[index] as RoutePoint;
    const length = Math.abs(b.x - a.x) + Math.abs(b.y - a.y);
    if (length > bestLength) {
      bestLength = length;
      best = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    }
  }
  return best;
}
