import { buildTimeline } from '../../../shared/analysis/timeline';
import type { Analysis } from '../../../shared/analysis/types';
import type { MapState } from '../../../shared/model/types';
import type { Language } from '../../../shared/model/vocabulary';
import { renderMapSvg, type SvgImage } from '../../../shared/plan/svg/mapSvg';
import { SVG_FONT_FAMILY, escapeXml, truncateToWidth } from '../../../shared/plan/svg/svgText';
import { renderTimelineSvg } from '../../../shared/plan/svg/timelineSvg';

export interface StateImageOptions {
  language: Language;
  hoursPerDay: number;
  /** Accessible title of the drawing ("Current state", "Huidige situatie"). */
  title: string;
  /** The line printed above the map ("Huidige situatie — Inkomende facturen verwerken"). */
  heading: string;
  /** Keeps marker and clip ids distinct from other drawings on the same page. */
  idPrefix: string;
}

const GAP_PX = 16;
const HEADING_HEIGHT_PX = 44;
const HEADING_FONT_PX = 18;

/** The inner document of a drawing, placed at `y` as a nested <svg> (its ids and viewBox stay its own). */
function placed(image: SvgImage, y: number): string {
  return image.svg.replace(/^<svg\b/, `<svg x="0" y="${y}"`);
}

/**
 * One picture of a state for File → Export image: the whole map (not cut into pages) with
 * its timeline ladder below, on white. The plan's print drawings (shared/plan/svg) are
 * stacked as nested SVGs, so each keeps its own coordinates and escaping. Pure.
 */
export function renderStateImageSvg(state: MapState, analysis: Analysis, options: StateImageOptions): SvgImage {
  const [map] = renderMapSvg(state, analysis, {
    language: options.language,
    hoursPerDay: options.hoursPerDay,
    maxSliceWidthPx: Infinity,
    idPrefix: options.idPrefix,
    title: options.title,
  });
  const parts: SvgImage[] = map ? [map] : [];
  const timeline = buildTimeline(state, analysis);
  if (timeline) parts.push(...renderTimelineSvg(timeline, { language: options.language, hoursPerDay: options.hoursPerDay, rowsPerImage: Number.MAX_SAFE_INTEGER }));
  const widthPx = Math.max(1, ...parts.map((part) => part.widthPx));
  let y = HEADING_HEIGHT_PX;
  const body: string[] = [
    `<text x="14" y="28" font-size="${HEADING_FONT_PX}" font-weight="700" fill="#1f2933">${escapeXml(truncateToWidth(options.heading, widthPx - 28, HEADING_FONT_PX, true))}</text>`,
  ];
  for (const part of parts) {
    body.push(placed(part, y));
    y += part.heightPx + GAP_PX;
  }
  const heightPx = Math.max(1, y - GAP_PX);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${heightPx}" viewBox="0 0 ${widthPx} ${heightPx}" font-family="${escapeXml(SVG_FONT_FAMILY)}">` +
    `<title>${escapeXml(options.title)}</title><rect x="0" y="0" width="${widthPx}" height="${heightPx}" fill="#ffffff"/>${body.join('')}</svg>`;
  return { svg, widthPx, heightPx };
}
