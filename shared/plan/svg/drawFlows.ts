import type { Flow } from '../../model/types';
import { ARC_SPACE_PX, type StepBox } from './mapLayout';
import { round, svgTextLines, truncateToWidth } from './svgText';

export const FLOW_COLOR = '#4a5568';
export const REWORK_COLOR = '#d9480f';
const LABEL_FONT_PX = 10.5;
/** A target this far right of the source's right edge counts as "ahead". */
const AHEAD_MARGIN_PX = 8;

/** Arrowheads, one per colour; `prefix` keeps ids unique when drawings share a page. */
export function flowMarkers(prefix: string): string {
  const marker = (id: string, color: string): string =>
    `<marker id="${prefix}${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">` +
    `<path d="M0 0L10 5L0 10Z" fill="${color}"/></marker>`;
  return marker('arrow', FLOW_COLOR) + marker('arrow-rework', REWORK_COLOR);
}

interface Route {
  path: string;
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
    const path =
      sourceMiddleY === targetMiddleY
        ? `M${round(sourceRight)} ${round(sourceMiddleY)}H${round(target.x)}`
        : `M${round(sourceRight)} ${round(sourceMiddleY)}H${round(jogX)}V${round(targetMiddleY)}H${round(target.x)}`;
    return { path, labelX: sourceRight + 5, labelY: sourceMiddleY - 5, labelAnchor: 'start' };
  }
  const sourceCentreX = source.x + source.width / 2;
  const targetCentreX = target.x + target.width / 2;
  const sameColumn = target.x < sourceRight && target.x + target.width > source.x;
  if (sameColumn && target.laneIndex !== source.laneIndex) {
    const down = target.laneIndex > source.laneIndex;
    const fromY = down ? shapeBottom(source) : shapeTop(source);
    const toY = down ? shapeTop(target) : shapeBottom(target);
    const x = (Math.max(source.x, target.x) + Math.min(sourceRight, target.x + target.width)) / 2;
    return { path: `M${round(x)} ${round(fromY)}V${round(toY)}`, labelX: x + 5, labelY: (fromY + toY) / 2, labelAnchor: 'start' };
  }
  const topOfArc = Math.min(source.y, target.y) - ARC_SPACE_PX + 8 + (backIndex % 4) * 7;
  const path = `M${round(sourceCentreX)} ${round(shapeTop(source))}V${round(topOfArc)}H${round(targetCentreX)}V${round(shapeTop(target))}`;
  return { path, labelX: (sourceCentreX + targetCentreX) / 2, labelY: topOfArc + 12, labelAnchor: 'middle' };
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
  markerPrefix: string,
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
    const marker = flow.rework ? 'arrow-rework' : 'arrow';
    parts.push(
      `<path d="${route.path}" fill="none" stroke="${color}" stroke-width="1.6"${dash} stroke-linejoin="round" marker-end="url(#${markerPrefix}${marker})"/>`,
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
