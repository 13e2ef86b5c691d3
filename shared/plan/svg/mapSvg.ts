import type { Analysis } from '../../analysis/types';
import { formatDuration, formatPercent } from '../../i18n/format';
import { getTranslator } from '../../i18n/translator';
import type { Flow, MapState } from '../../model/types';
import type { Language } from '../../model/vocabulary';
import { FLOW_COLOR, REWORK_COLOR, drawFlows, flowLabelText, routeMapFlows } from './drawFlows';
import type { FlowRoute } from '../../layout/flowRouter';
import { INK, MUTED_INK, VALUE_COLORS, drawStep, type StepTexts } from './drawSteps';
import { laneColor } from '../../model/layout';
import { INVENTORY_GAP_PX, LANE_HEIGHT_PX, layoutMap, sliceLayout, type MapLayout, type StepBox } from './mapLayout';
import { SVG_FONT_FAMILY, escapeXml, estimateTextWidthPx, svgTextLines, wrapText } from './svgText';

/** An SVG drawing with its natural size in CSS pixels (96 per inch). */
export interface SvgImage {
  svg: string;
  widthPx: number;
  heightPx: number;
}

export interface MapSvgOptions {
  language: Language;
  hoursPerDay: number;
  /**
   * Widest part of the map per image, in drawing pixels, before it is cut into several
   * images (default 1,100: about six steps, which keeps 13 px labels at 8 pt on a landscape
   * A4 page). `Infinity` draws the whole map as one image.
   */
  maxSliceWidthPx?: number;
  /**
   * Most images one map is cut into (default 12). A longer map gets wider parts, each shown
   * at page width: Word draws the SVG, so a reader zooms in on a part; a 200-step map makes
   * 12 pictures instead of 48 (issue 12: the Word plan of such a map took 18 s).
   */
  maxParts?: number;
  /** Kept for callers that name their drawings; the drawings themselves define no ids. */
  idPrefix?: string;
  /** Accessible title of the drawing (escaped). */
  title?: string;
}

const DEFAULT_MAX_SLICE_WIDTH_PX = 1100;
const DEFAULT_MAX_PARTS = 12;
/** A map up to this much wider than one part stays one picture (its 13 px labels then print at 6.5 pt or more). */
const ONE_PICTURE_STRETCH = 1.25;
/** Room right of the legend for the "1/2" marker. */
const PART_MARKER_ROOM_PX = 60;
const HEADER_WIDTH_PX = 140;
const RIGHT_PADDING_PX = 24;
const LEGEND_HEIGHT_PX = 34;
const PROBABILITY_EPSILON = 1e-9;

function drawLaneBands(laneCount: number, widthPx: number): string {
  const parts: string[] = [];
  for (let index = 0; index < laneCount; index += 1) {
    const top = index * LANE_HEIGHT_PX;
    const fill = index % 2 === 0 ? '#f7f9fc' : '#ffffff';
    parts.push(`<rect x="0" y="${top}" width="${widthPx}" height="${LANE_HEIGHT_PX}" fill="${fill}"/>`);
    parts.push(`<line x1="0" y1="${top + LANE_HEIGHT_PX}" x2="${widthPx}" y2="${top + LANE_HEIGHT_PX}" stroke="#cbd2d9" stroke-width="1"/>`);
  }
  parts.push(`<line x1="0" y1="0" x2="${widthPx}" y2="0" stroke="#cbd2d9" stroke-width="1"/>`);
  return parts.join('');
}

function drawLaneHeaders(state: MapState, laneCount: number): string {
  const parts: string[] = [`<rect x="0" y="0" width="${HEADER_WIDTH_PX}" height="${laneCount * LANE_HEIGHT_PX}" fill="#eef1f5"/>`];
  for (let index = 0; index < laneCount; index += 1) {
    const top = index * LANE_HEIGHT_PX;
    const name = state.lanes[index]?.name.trim() || state.lanes[index]?.id || '';
    const lines = wrapText(name, HEADER_WIDTH_PX - 24, 13, 5, true);
    const firstBaseline = top + LANE_HEIGHT_PX / 2 - ((lines.length - 1) * 16) / 2 + 4;
    parts.push(`<rect x="0" y="${top}" width="6" height="${LANE_HEIGHT_PX}" fill="${laneColor(index)}"/>`);
    parts.push(svgTextLines(lines, 14, firstBaseline, { fontSizePx: 13, lineHeightPx: 16, anchor: 'start', bold: true, fill: INK }));
    parts.push(`<line x1="0" y1="${top + LANE_HEIGHT_PX}" x2="${HEADER_WIDTH_PX}" y2="${top + LANE_HEIGHT_PX}" stroke="#cbd2d9" stroke-width="1"/>`);
  }
  parts.push(`<line x1="${HEADER_WIDTH_PX}" y1="0" x2="${HEADER_WIDTH_PX}" y2="${laneCount * LANE_HEIGHT_PX}" stroke="#9aa5b1" stroke-width="1"/>`);
  return parts.join('');
}

/** The legend under a map part: its drawing and how far to the right it reaches. */
function layOutLegend(language: Language, top: number): { entries: string; endPx: number } {
  const t = getTranslator(language);
  const entries: string[] = [];
  let x = 14;
  const y = top + 21;
  const text = (value: string): string => {
    const drawn = svgTextLines([value], x, y, { fontSizePx: 11, lineHeightPx: 12, anchor: 'start', fill: MUTED_INK });
    x += estimateTextWidthPx(value, 11) + 22;
    return drawn;
  };
  for (const valueType of ['value-adding', 'business-required', 'non-value-adding'] as const) {
    const colors = VALUE_COLORS[valueType];
    entries.push(`<rect x="${x}" y="${y - 10}" width="14" height="12" rx="2" fill="${colors.tint}" stroke="${colors.stroke}"/>`);
    x += 20;
    entries.push(text(t(`plan:drawing.valueType_${valueType}`)));
  }
  entries.push(`<line x1="${x}" y1="${y - 4}" x2="${x + 26}" y2="${y - 4}" stroke="${FLOW_COLOR}" stroke-width="1.6"/>`);
  x += 32;
  entries.push(text(t('plan:drawing.flow')));
  entries.push(`<line x1="${x}" y1="${y - 4}" x2="${x + 26}" y2="${y - 4}" stroke="${REWORK_COLOR}" stroke-width="1.6" stroke-dasharray="7 4"/>`);
  x += 32;
  entries.push(text(t('plan:drawing.rework')));
  entries.push(`<polygon points="${x + 7},${y - 13} ${x + 14},${y} ${x},${y}" fill="#fff3c4" stroke="#a86b12" stroke-width="1.2"/>`);
  x += 20;
  entries.push(text(t('plan:drawing.inventory')));
  return { entries: entries.join(''), endPx: x };
}

function drawLegend(legend: { entries: string }, top: number, widthPx: number): string {
  return `<g class="legend"><rect x="0" y="${top}" width="${widthPx}" height="${LEGEND_HEIGHT_PX}" fill="#ffffff"/>${legend.entries}</g>`;
}

interface DrawingTexts {
  step: (box: StepBox) => StepTexts;
  flow: (flow: Flow) => { probability: string | null };
}

function createTexts(state: MapState, analysis: Analysis, options: MapSvgOptions): DrawingTexts {
  const { language, hoursPerDay } = options;
  const t = getTranslator(language);
  const labels = {
    processTime: t('plan:drawing.processTime'),
    waitTime: t('plan:drawing.waitTime'),
    completeAccurate: t('plan:drawing.completeAccurate'),
    system: t('plan:drawing.system'),
  };
  const outgoingCount = new Map<string, number>();
  for (const flow of state.flows) outgoingCount.set(flow.from, (outgoingCount.get(flow.from) ?? 0) + 1);
  return {
    step: ({ step }) => ({
      processTime: formatDuration(step.processTime, hoursPerDay, language),
      waitTime: step.waitTime > 0 && step.type !== 'start' ? formatDuration(step.waitTime, hoursPerDay, language) : null,
      completeAccurate: formatPercent(step.completeAccurate, language),
      labels,
    }),
    flow: (flow) => {
      const probability = analysis.flowProbabilities[flow.id];
      const branches = (outgoingCount.get(flow.from) ?? 0) > 1;
      return {
        probability:
          branches && probability !== undefined && probability < 1 - PROBABILITY_EPSILON ? formatPercent(probability, language) : null,
      };
    },
  };
}

interface SliceContents {
  boxes: ReadonlyMap<string, StepBox>;
  /** The boxes drawn in this slice: each box in exactly one, the slice holding its left edge. */
  visibleBoxes: StepBox[];
  /** The flows that show in this slice (a long flow shows in every slice it crosses). */
  visibleFlows: Flow[];
}

/** The routes of the map's flows and the text of each flow's label, made once per drawing. */
interface RoutedFlows {
  routes: ReadonlyMap<string, FlowRoute>;
  labelOf: (flow: Flow) => string;
}

/** Index of the first slice whose end lies beyond `x` (slices are sorted and disjoint). */
function sliceIndexAt(slices: readonly { startPx: number; endPx: number }[], x: number): number {
  let low = 0;
  let high = slices.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((slices[middle]?.endPx ?? 0) <= x) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * What every slice draws, found in one pass over the boxes and one over the flows (each
 * flow is put in the slices its x range touches), so drawing a map costs time in
 * proportion to the map and its pictures, not to steps × slices as before (a 4,000-step
 * plan spent seconds filtering every step and flow once per slice).
 */
function sliceContents(state: MapState, layout: MapLayout, routed: RoutedFlows, slices: readonly { startPx: number; endPx: number }[]): SliceContents[] {
  const contents: SliceContents[] = slices.map(() => ({ boxes: layout.boxes, visibleBoxes: [], visibleFlows: [] }));
  for (const box of layout.ordered) {
    // The slice whose range holds the box's left edge (a slice starts with room for its first box's inventory triangle).
    const index = sliceIndexAt(slices, box.x);
    const slice = slices[index];
    if (slice && box.x >= slice.startPx + INVENTORY_GAP_PX - 0.5) contents[index]?.visibleBoxes.push(box);
  }
  for (const flow of state.flows) {
    const points = routed.routes.get(flow.id)?.points;
    if (!points) continue;
    let left = Number.POSITIVE_INFINITY;
    let right = Number.NEGATIVE_INFINITY;
    for (const point of points) {
      left = Math.min(left, point.x);
      right = Math.max(right, point.x);
    }
    // Shown where left < end + padding and right > start: the padding lets a flow run out of the picture's edge.
    for (let index = sliceIndexAt(slices, left - RIGHT_PADDING_PX); index < slices.length; index += 1) {
      const slice = slices[index];
      if (!slice || slice.startPx >= right) break;
      if (left < slice.endPx + RIGHT_PADDING_PX && right > slice.startPx) contents[index]?.visibleFlows.push(flow);
    }
  }
  return contents;
}

/**
 * "2/5" at the right of the legend row of a map cut into parts, so a reader of the printed
 * plan sees which part a page shows even without its caption; nothing for a single picture.
 */
function drawPartMarker(part: { index: number; count: number }, widthPx: number, top: number): string {
  if (part.count <= 1) return '';
  const text = `${part.index + 1}/${part.count}`;
  return svgTextLines([text], widthPx - 12, top + 22, { fontSizePx: 13, lineHeightPx: 14, anchor: 'end', bold: true, fill: INK });
}

function drawSlice(
  state: MapState,
  layout: MapLayout,
  texts: DrawingTexts,
  routed: RoutedFlows,
  range: { startPx: number; endPx: number },
  contents: SliceContents,
  options: MapSvgOptions & { part: { index: number; count: number } },
): SvgImage {
  const visibleStart = range.startPx;
  const visibleEnd = range.endPx;
  const contentWidthPx = visibleEnd - visibleStart;
  const lanesHeightPx = layout.laneCount * LANE_HEIGHT_PX;
  const legend = layOutLegend(options.language, lanesHeightPx);
  // A narrow part is widened to its legend and part marker, which would otherwise be cut off.
  const widthPx = Math.ceil(Math.max(HEADER_WIDTH_PX + contentWidthPx + RIGHT_PADDING_PX, legend.endPx + PART_MARKER_ROOM_PX));
  const heightPx = lanesHeightPx + LEGEND_HEIGHT_PX;

  const { visibleBoxes, visibleFlows } = contents;
  const offsetX = HEADER_WIDTH_PX - visibleStart;
  const title = options.title ? `<title>${escapeXml(options.title)}</title>` : '';
  // No clip path: the lane names and the legend are drawn over the map's content instead,
  // which hides what runs under them as well and renders several times faster in resvg.
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${heightPx}" viewBox="0 0 ${widthPx} ${heightPx}" font-family="${escapeXml(SVG_FONT_FAMILY)}">` +
    title +
    `<rect x="0" y="0" width="${widthPx}" height="${heightPx}" fill="#ffffff"/>` +
    drawLaneBands(layout.laneCount, widthPx) +
    `<g transform="translate(${offsetX} 0)">` +
    visibleBoxes.map((box) => drawStep(box, texts.step(box), laneColor(box.laneIndex))).join('') +
    // Flows over the steps: a route never crosses a step, and its label stays readable.
    drawFlows(visibleFlows, routed.routes, routed.labelOf) +
    `</g>` +
    drawLaneHeaders(state, layout.laneCount) +
    `<rect x="0" y="${lanesHeightPx}" width="${widthPx}" height="${heightPx - lanesHeightPx}" fill="#ffffff"/>` +
    drawLegend(legend, lanesHeightPx, widthPx) +
    drawPartMarker(options.part, widthPx, lanesHeightPx) +
    `</svg>`;
  return { svg, widthPx, heightPx };
}

/**
 * Page-sized slices, made wider (in steps of the map's width / maxParts) until there are at
 * most maxParts, then evened out: a map a little wider than one part stays one picture
 * (drawn a little smaller), and n parts are each about 1/n of the map instead of n − 1 full
 * parts and a last one holding only the end (seen on an 8-step plan: page 2 of 2 showed one step).
 */
function boundedSlices(layout: MapLayout, maxSliceWidthPx: number, maxParts: number): { startPx: number; endPx: number }[] {
  if (layout.contentWidthPx <= maxSliceWidthPx * ONE_PICTURE_STRETCH) return sliceLayout(layout, Infinity);
  let slices = sliceLayout(layout, maxSliceWidthPx);
  let widthPx = Math.max(maxSliceWidthPx, layout.contentWidthPx / Math.max(1, maxParts));
  while (slices.length > maxParts && Number.isFinite(widthPx)) {
    slices = sliceLayout(layout, widthPx);
    widthPx *= 1.25;
  }
  return evenSlices(layout, slices);
}

/** The narrowest even cut into no more parts than `slices` has: about the map's width / parts each. */
function evenSlices(layout: MapLayout, slices: { startPx: number; endPx: number }[]): { startPx: number; endPx: number }[] {
  const parts = slices.length;
  if (parts <= 1) return slices;
  const widest = Math.max(...slices.map((slice) => slice.endPx - slice.startPx));
  for (let widthPx = layout.contentWidthPx / parts; widthPx < widest; widthPx *= 1.05) {
    const even = sliceLayout(layout, widthPx);
    if (even.length <= parts) return even;
  }
  return slices;
}

/**
 * The value-stream map of one state as SVG, in print layout (see mapLayout.ts): lanes as
 * bands with their names, process boxes with their data box (PT, WT, %C&A, system),
 * decisions as diamonds, start and end as pills, flows with arrowheads and the
 * probabilities of branches, rework flows dashed, inventory triangles with the wait time,
 * and a legend. A wide map is cut into several images between steps (never through one),
 * each repeating the lane names. Every text is escaped; long labels are wrapped and cut
 * with an ellipsis. O(steps + flows) per image.
 */
export function renderMapSvg(state: MapState, analysis: Analysis, options: MapSvgOptions): SvgImage[] {
  const layout = layoutMap(state);
  const texts = createTexts(state, analysis, options);
  const labels = new Map(state.flows.map((flow) => [flow.id, flowLabelText(flow, texts.flow(flow))]));
  const labelOf = (flow: Flow): string => labels.get(flow.id) ?? '';
  const routed: RoutedFlows = { routes: routeMapFlows(state.flows, layout.boxes, layout.laneCount, labelOf), labelOf };
  const slices = boundedSlices(layout, options.maxSliceWidthPx ?? DEFAULT_MAX_SLICE_WIDTH_PX, options.maxParts ?? DEFAULT_MAX_PARTS);
  const contents = sliceContents(state, layout, routed, slices);
  return slices.map((range, index) =>
    drawSlice(state, layout, texts, routed, range, contents[index] ?? { boxes: layout.boxes, visibleBoxes: [], visibleFlows: [] }, {
      ...options,
      part: { index, count: slices.length },
    }),
  );
}
