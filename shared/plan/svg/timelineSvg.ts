import type { Timeline, TimelineSegment } from '../../analysis/timeline';
import { formatDuration, formatPercent } from '../../i18n/format';
import { getTranslator } from '../../i18n/translator';
import type { Language } from '../../model/vocabulary';
import { INK, MUTED_INK } from './drawSteps';
import type { SvgImage } from './mapSvg';
import { SVG_FONT_FAMILY, escapeXml, svgTextLines, truncateToWidth, wrapText } from './svgText';

export interface TimelineSvgOptions {
  language: Language;
  hoursPerDay: number;
  /** Rungs per row (default 7). */
  segmentsPerRow?: number;
  /** Rows per image before another image starts (default 6), so a long ladder can break across pages. */
  rowsPerImage?: number;
  /**
   * Most images of one ladder (default 4): a longer ladder gets more rows per image, each
   * image shown at page size (Word draws the SVG, a reader zooms in). A 1,000-step map made
   * 24 ladder images per state, a third of its Word export time.
   */
  maxImages?: number;
  title?: string;
}

const CELL_WIDTH_PX = 150;
const MARGIN_PX = 16;
const ROW_HEIGHT_PX = 128;
const WAIT_Y = 34;
const PROCESS_Y = 70;
const TOTALS_HEIGHT_PX = 40;
const WAIT_COLOR = '#c8641b';
const PROCESS_COLOR = '#2f8a4c';

function drawCell(segment: TimelineSegment, column: number, top: number, label: string, options: TimelineSvgOptions, isFirst: boolean): string {
  const { language, hoursPerDay } = options;
  const left = MARGIN_PX + column * CELL_WIDTH_PX;
  const middle = left + CELL_WIDTH_PX / 2;
  const right = left + CELL_WIDTH_PX;
  const waitY = top + WAIT_Y;
  const processY = top + PROCESS_Y;
  const waitText = segment.waitTimeMinutes > 0 ? formatDuration(segment.waitTimeMinutes, hoursPerDay, language) : '–';
  const processText = formatDuration(segment.processTimeMinutes, hoursPerDay, language);
  // The ladder: up (from the previous rung) to the wait line, across, down to the process line, across.
  const rise = isFirst ? '' : `<path d="M${left} ${processY}V${waitY}" stroke="${INK}" stroke-width="1.4" fill="none"/>`;
  return (
    rise +
    `<path d="M${left} ${waitY}H${middle}" stroke="${WAIT_COLOR}" stroke-width="3" fill="none"/>` +
    `<path d="M${middle} ${waitY}V${processY}" stroke="${INK}" stroke-width="1.4" fill="none"/>` +
    `<path d="M${middle} ${processY}H${right}" stroke="${PROCESS_COLOR}" stroke-width="3" fill="none"/>` +
    svgTextLines([truncateToWidth(waitText, CELL_WIDTH_PX / 2 + 20, 11)], left + CELL_WIDTH_PX / 4, waitY - 7, {
      fontSizePx: 11,
      lineHeightPx: 12,
      bold: true,
      fill: WAIT_COLOR,
    }) +
    svgTextLines([truncateToWidth(processText, CELL_WIDTH_PX / 2 + 20, 11)], middle + CELL_WIDTH_PX / 4, processY + 16, {
      fontSizePx: 11,
      lineHeightPx: 12,
      bold: true,
      fill: PROCESS_COLOR,
    }) +
    svgTextLines(wrapText(label, CELL_WIDTH_PX - 12, 11, 2), middle, processY + 36, { fontSizePx: 11, lineHeightPx: 13, fill: INK })
  );
}

/**
 * The timeline ladder of a state as SVG: per step on the main path (and one rung for
 * everything off it) the expected wait per case on the upper line and the expected work
 * per case on the lower line, with the step's name; rows of `segmentsPerRow` rungs, and the
 * totals (lead time, work, activity ratio) under the last row. A long ladder is split
 * into several images of `rowsPerImage` rows. Every text is escaped.
 */
export function renderTimelineSvg(timeline: Timeline, options: TimelineSvgOptions): SvgImage[] {
  const t = getTranslator(options.language);
  const perRow = Math.max(1, options.segmentsPerRow ?? 7);
  const rows: TimelineSegment[][] = [];
  for (let index = 0; index < timeline.segments.length; index += perRow) rows.push(timeline.segments.slice(index, index + perRow));
  if (rows.length === 0) rows.push([]);
  const rowsPerImage = Math.max(1, options.rowsPerImage ?? 6, Math.ceil(rows.length / Math.max(1, options.maxImages ?? 4)));

  const images: SvgImage[] = [];
  const widthPx = MARGIN_PX * 2 + perRow * CELL_WIDTH_PX;
  for (let first = 0; first < rows.length; first += rowsPerImage) {
    const imageRows = rows.slice(first, first + rowsPerImage);
    const isLastImage = first + rowsPerImage >= rows.length;
    const heightPx = imageRows.length * ROW_HEIGHT_PX + (isLastImage ? TOTALS_HEIGHT_PX : 0);
    const parts: string[] = [];
    imageRows.forEach((row, rowIndex) => {
      const top = rowIndex * ROW_HEIGHT_PX;
      row.forEach((segment, column) => {
        const label = segment.kind === 'other' ? t('plan:drawing.other') : segment.label;
        parts.push(drawCell(segment, column, top, label, options, column === 0));
      });
    });
    if (isLastImage) {
      const ratio = timeline.leadTimeMinutes > 0 ? timeline.processTimeMinutes / timeline.leadTimeMinutes : 0;
      const totals = t('plan:drawing.totals', {
        lead: formatDuration(timeline.leadTimeMinutes, options.hoursPerDay, options.language),
        process: formatDuration(timeline.processTimeMinutes, options.hoursPerDay, options.language),
        ratio: formatPercent(ratio, options.language, 1),
      });
      const y = imageRows.length * ROW_HEIGHT_PX + 24;
      parts.push(`<line x1="${MARGIN_PX}" y1="${y - 18}" x2="${widthPx - MARGIN_PX}" y2="${y - 18}" stroke="#cbd2d9"/>`);
      parts.push(svgTextLines([totals], MARGIN_PX, y, { fontSizePx: 12.5, lineHeightPx: 14, anchor: 'start', bold: true, fill: MUTED_INK }));
    }
    const title = options.title ? `<title>${escapeXml(options.title)}</title>` : '';
    images.push({
      svg:
        `<svg xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${heightPx}" viewBox="0 0 ${widthPx} ${heightPx}" font-family="${escapeXml(SVG_FONT_FAMILY)}">` +
        title +
        `<rect x="0" y="0" width="${widthPx}" height="${heightPx}" fill="#ffffff"/>` +
        parts.join('') +
        `</svg>`,
      widthPx,
      heightPx,
    });
  }
  return images;
}
