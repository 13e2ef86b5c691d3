import type { Flow } from '../../model/types';
import { ARC_SPACE_PX, type StepBox } from './mapLayout';
import { round, svgTextLines, truncateToWidth } from './svgText';

export const FLOW_COLOR = '#4a5568';
export const REWORK_COLOR = '#d9480f';
const LABEL_FONT_PX = 10.5;
/** A target this far right of the source's right edge counts as "ahead". */
const AHEAD_MARGIN_PX = 8;

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

interface Route {
  points: Array<readonly [number, number]>;
  /** Where the flow's label goes (near the source end). */
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'middle';
}

function shapeTop(box: StepBox): number {
  return box.step.type === 'start' || box.step.type === 'end' ? box.y + 22 : box.y;
}

function shapeBottom(box: StepBox): number {
  return box.step.type === 'start' || box.step.type === 'end' ? box.y + box.height - 22 : box.y + box.height;
}

/**
 * The route of one flow, as on the canvas: ahead → out of the right side into the left
 * side (with one vertical jog between lanes, close to the target so the jog does not
 * run through the boxes between); straight above or below → bottom/top to top/bottom;
 * backwards (rework, loops) → up from the top of the source, over the band and down into
 * the top of the target. `lane` staggers the arcs of several backward flows.
 */
function routeFlow(source: StepBox, target: StepBox, backIndex: number): Route {
  const sourceRight = source.x + source.width;
  const sourceMiddleY = source.y + source.height / 2;
  const targetMiddleY = target.y + target.height / 2;
  if (target.x >= sourceRight + AHEAD_MARGIN_PX) {
    const jogX = Math.max(sourceRight + 16, target.x - 58);
    const points: Array<readonly [number, number]> =
      sourceMiddleY === targetMiddleY
        ? [
            [sourceRight, sourceMiddleY],
            [target.x, targetMiddleY],
          ]
        : [
            [sourceRight, sourceMiddleY],
            [jogX, sourceMiddleY],
            [jogX, targetMiddleY],
            [target.x, targetMiddleY],
          ];
    return { points, labelX: sourceRight + 5, labelY: sourceMiddleY - 5, labelAnchor: 'start' };
  }
  const sourceCentreX = source.x + source.width / 2;
  const targetCentreX = target.x + target.width / 2;
  const sameColumn = target.x < sourceRight && target.x + target.width > source.x;
  if (sameColumn && target.laneIndex !== source.laneIndex) {
    const down = target.laneIndex > source.laneIndex;
    const fromY = down ? shapeBottom(source) : shapeTop(source);
    const toY = down ? shapeTop(target) : shapeBottom(target);
    const x = (Math.max(source.x, target.x) + Math.min(sourceRight, target.x + target.width)) / 2;
    return { points: [[x, fromY], [x, toY]], labelX: x + 5, labelY: (fromY + toY) / 2, labelAnchor: 'start' };
  }
  const topOfArc = Math.min(source.y, target.y) - ARC_SPACE_PX + 8 + (backIndex % 4) * 7;
  const points: Array<readonly [number, number]> = [
    [sourceCentreX, shapeTop(source)],
    [sourceCentreX, topOfArc],
    [targetCentreX, topOfArc],
    [targetCentreX, shapeTop(target)],
  ];
  return { points, labelX: (sourceCentreX + targetCentreX) / 2, labelY: topOfArc + 12, labelAnchor: 'middle' };
}

/** Texts on a flow: its probability where its step branches, and its own label. */
export interface FlowTexts {
  probability: string | null;
}

/** Every flow between drawn steps, rework dashed and orange, with arrowheads. */
export function drawFlows(
  flows: readonly Flow[],
  boxes: ReadonlyMap<string, StepBox>,
  textsOf: (flow: Flow) => FlowTexts,
): string {
  const parts: string[] = [];
  let backIndex = 0;
  for (const flow of flows) {
    const source = boxes.get(flow.from);
    const target = boxes.get(flow.to);
    if (!source || !target || source === target) continue;
    const route = routeFlow(source, target, backIndex);
    if (!(target.x >= source.x + source.width + AHEAD_MARGIN_PX)) backIndex += 1;
    const color = flow.rework ? REWORK_COLOR : FLOW_COLOR;
    const dash = flow.rework ? ' stroke-dasharray="7 4"' : '';
    parts.push(
      `<path d="${pathOf(route.points)}" fill="none" stroke="${color}" stroke-width="1.6"${dash} stroke-linejoin="round"/>` + arrowHead(route.points, color),
    );
    const { probability } = textsOf(flow);
    const label = [probability, flow.label.trim()].filter((text): text is string => !!text).join(' · ');
    if (label !== '') {
      parts.push(
        `<g class="flow-label">` +
          svgTextLines([truncateToWidth(label, 120, LABEL_FONT_PX)], route.labelX, route.labelY, {
            fontSizePx: LABEL_FONT_PX,
            lineHeightPx: 12,
            anchor: route.labelAnchor,
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
