import { routeFlows, type FlowRoute } from '../../layout/flowRouter';
import type { Flow } from '../../model/types';
import { LANE_HEIGHT_PX, PILL_HEIGHT_PX, STEP_HEIGHT_PX, type StepBox } from './mapLayout';
import { estimateTextWidthPx, round, svgTextLines, truncateToWidth } from './svgText';

export const FLOW_COLOR = '#4a5568';
export const REWORK_COLOR = '#d9480f';
const LABEL_FONT_PX = 10.5;
const LABEL_HEIGHT_PX = 13;
const LABEL_MAX_WIDTH_PX = 120;
/** Start and end pills are drawn this much inside their box at the top and bottom. */
const PILL_INSET_PX = (STEP_HEIGHT_PX - PILL_HEIGHT_PX) / 2;

/** Arrowhead size in px: as long and wide as the former 8 × 8 marker at stroke width 1.6. */
const ARROW_LENGTH_PX = 12.8;
const ARROW_HALF_WIDTH_PX = 6.4;
/** How far the tip reaches past the end of the line (the marker's refX 9 of 10). */
const ARROW_OVERSHOOT_PX = 1.28;

/**
 * The arrowhead at the end of a route, drawn as a plain polygon. Not an SVG <marker>: resvg
 * (the command line's renderer) panics on a marker that lies wholly outside the picture,
 * which happens in every slice of a wide map that a long flow crosses, and Word's own SVG
 * support draws markers unreliably. Routes are horizontal and vertical lines only.
 */
export function arrowHead(points: ReadonlyArray<readonly [number, number]>, color: string): string {
  const end = points[points.length - 1];
  const before = points[points.length - 2];
  if (!end || !before) return '';
  const dx = Math.sign(end[0] - before[0]);
  const dy = Math.sign(end[1] - before[1]);
  if (dx === 0 && dy === 0) return '';
  const tip = [end[0] + dx * ARROW_OVERSHOOT_PX, end[1] + dy * ARROW_OVERSHOOT_PX] as const;
  const base = [tip[0] - dx * ARROW_LENGTH_PX, tip[1] - dy * ARROW_LENGTH_PX] as const;
  const corner = (side: number): string => `${round(base[0] - dy * side * ARROW_HALF_WIDTH_PX)},${round(base[1] + dx * side * ARROW_HALF_WIDTH_PX)}`;
  return `<polygon class="arrow" points="${round(tip[0])},${round(tip[1])} ${corner(1)} ${corner(-1)}" fill="${color}"/>`;
}

/** An orthogonal route through `points` as SVG path data: "M10 20H40V60". */
function pathOf(points: ReadonlyArray<readonly [number, number]>): string {
  return points
    .map(([x, y], index) => {
      const previous = points[index - 1];
      if (!previous) return `M${round(x)} ${round(y)}`;
      return previous[1] === y ? `H${round(x)}` : previous[0] === x ? `V${round(y)}` : `L${round(x)} ${round(y)}`;
    })
    .join('');
}

/** Texts on a flow: its probability where its step branches, and its own label. */
export interface FlowTexts {
  probability: string | null;
}

/** The text drawn on a flow (probability · label, shortened to fit), or '' for none. */
export function flowLabelText(flow: Flow, texts: FlowTexts): string {
  const label = [texts.probability, flow.label.trim()].filter((text): text is string => !!text).join(' · ');
  return label === '' ? '' : truncateToWidth(label, LABEL_MAX_WIDTH_PX, LABEL_FONT_PX);
}

/** The size the router keeps free for a flow's label (flowRouter.ts places it). */
export function flowLabelSize(text: string): { widthPx: number; heightPx: number } | null {
  return text === '' ? null : { widthPx: estimateTextWidthPx(text, LABEL_FONT_PX, true) + 6, heightPx: LABEL_HEIGHT_PX };
}

/**
 * The routes of the whole map, once per drawing (every slice draws from them): boxes with
 * their drawn shapes, lane bands, and room for each flow's label.
 */
export function routeMapFlows(flows: readonly Flow[], boxes: ReadonlyMap<string, StepBox>, laneCount: number, labelOf: (flow: Flow) => string): Map<string, FlowRoute> {
  return routeFlows({
    boxes: [...boxes.values()].map((box) => ({
      id: box.step.id,
      x: box.x,
      y: box.y,
      width: box.width,
      height: box.height,
      shape: box.step.type === 'decision' || box.step.type === 'parallel' ? 'diamond' : 'rect',
      insetYPx: box.step.type === 'start' || box.step.type === 'end' ? PILL_INSET_PX : 0,
    })),
    bands: Array.from({ length: laneCount }, (_, index) => ({ top: index * LANE_HEIGHT_PX, bottom: (index + 1) * LANE_HEIGHT_PX })),
    flows: flows.map((flow) => ({ id: flow.id, from: flow.from, to: flow.to, rework: flow.rework, label: flowLabelSize(labelOf(flow)) })),
  });
}

/** Every given flow along its route, rework dashed and orange, with arrowheads and labels. */
export function drawFlows(flows: readonly Flow[], routes: ReadonlyMap<string, FlowRoute>, labelOf: (flow: Flow) => string): string {
  const parts: string[] = [];
  for (const flow of flows) {
    const route = routes.get(flow.id);
    if (!route) continue;
    const points = route.points.map((point) => [point.x, point.y] as const);
    const color = flow.rework ? REWORK_COLOR : FLOW_COLOR;
    const dash = flow.rework ? ' stroke-dasharray="7 4"' : '';
    parts.push(`<path d="${pathOf(points)}" fill="none" stroke="${color}" stroke-width="1.6"${dash} stroke-linejoin="round"/>` + arrowHead(points, color));
    const label = labelOf(flow);
    if (label !== '' && route.label) {
      parts.push(
        `<g class="flow-label">` +
          svgTextLines([label], route.label.x, route.label.y + LABEL_FONT_PX * 0.35, {
            fontSizePx: LABEL_FONT_PX,
            lineHeightPx: 12,
            anchor: 'middle',
            bold: true,
            fill: color,
            halo: true,
          }) +
          `</g>`,
      );
    }
  }
  return parts.join('');
}
