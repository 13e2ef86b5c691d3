import type { LeadTimeHistogram } from '../../analysis/simulate';
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../model/vocabulary';
import { INK, MUTED_INK } from './drawSteps';
import type { SvgImage } from './mapSvg';
import { type PlacedMarkerLabel, placeMarkerLabels } from './markerLabels';
import { SVG_FONT_FAMILY, escapeXml, estimateTextWidthPx, round, svgTextLines } from './svgText';

/** A vertical line across a panel at a number of working days, with a short label ("85 %: 9 werkdagen"). */
export interface HistogramMarker {
  days: number;
  label: string;
  /** Drawn heavier: the figure the text leads with. */
  strong?: boolean;
}

/** One distribution: a panel of bars (share of the cases per bin) with its markers. */
export interface HistogramSeries {
  /** The panel's title ("Nu", "Na de verbeteringen"). */
  title: string;
  histogram: LeadTimeHistogram;
  /** The number of cases the shares are of. */
  caseCount: number;
  markers: HistogramMarker[];
  /** 'current' or 'future': the colour of the bars. */
  tone: 'current' | 'future';
}

export interface HistogramSvgOptions {
  language: Language;
  /** Under the axis: "werkdagen" / "working days". */
  axisLabel: string;
  /** Over a last bar that also counts the longer cases: "and longer" / "en langer". */
  longerLabel: string;
  /** A target lead time drawn across every panel, in working days, with its label. */
  target?: { days: number; label: string } | null;
  /** The picture's <title>. */
  title?: string;
  /** Width of the picture (default 760, a page's width); narrower for the app's side panel, so its text stays legible there. */
  widthPx?: number;
  /**
   * 'stacked' (default): the panels one above the other, as on a page. 'side-by-side': the
   * panels next to each other on the same scales, so now and after can be compared at a glance
   * on a wide screen (the app's comparison view, issue 14).
   */
  layout?: 'stacked' | 'side-by-side';
  /** The scales to draw on instead of this picture's own (set for each panel of a side-by-side picture). */
  sharedScale?: { binCount: number; topShare: number };
}

const SIDE_BY_SIDE_GAP_PX = 16;

const DEFAULT_WIDTH_PX = 760;
const LEFT_PX = 52;
const RIGHT_PX = 24;
const PANEL_TITLE_PX = 22;
const LABEL_ROW_PX = 15;
const LABEL_ROWS = 3;
const PLOT_PX = 120;
const PANEL_GAP_PX = 14;
const AXIS_PX = 44;
const FONT_PX = 11;
const BAR_COLOR = { current: '#7b8fb0', future: '#2f8a4c' } as const;
const MARKER_COLOR = { current: '#33466b', future: '#1d5c32' } as const;
const TARGET_COLOR = '#c8641b';
const GRID_COLOR = '#d9dee5';
const TICK_STEPS_DAYS = [0.25, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];

/** The height of one panel: title, marker labels, plot. */
const PANEL_PX = PANEL_TITLE_PX + LABEL_ROWS * LABEL_ROW_PX + PLOT_PX;

/**
 * Histograms of simulated lead times (domain.md section 8) as one SVG: a panel per series
 * (the current state above the future state) on one scale of working days and one scale of
 * shares, bars per bin, dashed lines at the marked percentiles with their labels (staggered
 * so they do not overlap), a target line across the panels, and the axis in working days.
 * Every series must use the same bin width; a last bin that also counts longer cases is drawn
 * lighter with `longerLabel` over it. Every text is escaped.
 */
export function renderHistogramSvg(series: readonly HistogramSeries[], options: HistogramSvgOptions): SvgImage {
  const binWidthDays = series[0]?.histogram.binWidthDays ?? 1;
  const binCount = options.sharedScale?.binCount ?? Math.max(1, ...series.map((entry) => entry.histogram.counts.length));
  const spanDays = binCount * binWidthDays;
  const widthPx = options.widthPx ?? DEFAULT_WIDTH_PX;
  const plotWidth = widthPx - LEFT_PX - RIGHT_PX;
  const xOf = (days: number): number => LEFT_PX + (Math.min(Math.max(days, 0), spanDays) / spanDays) * plotWidth;
  const shareOf = (entry: HistogramSeries, count: number): number => (entry.caseCount > 0 ? count / entry.caseCount : 0);
  const largestShare = Math.max(0, ...series.flatMap((entry) => entry.histogram.counts.map((count) => shareOf(entry, count))));
  // The scale ends at the next 5 %, so the top gridline has a round label.
  const topShare = options.sharedScale?.topShare ?? Math.max(0.05, Math.ceil(largestShare * 20 - 1e-9) / 20);
  if (options.layout === 'side-by-side' && series.length > 1) return renderSideBySide(series, options, widthPx, { binCount, topShare });
  const percent = (share: number): string => `${formatNumber(share * 100, options.language, 0)}%`;
  const heightPx = series.length * PANEL_PX + Math.max(0, series.length - 1) * PANEL_GAP_PX + AXIS_PX;
  const parts: string[] = [];

  series.forEach((entry, index) => {
    const top = index * (PANEL_PX + PANEL_GAP_PX);
    const plotTop = top + PANEL_TITLE_PX + LABEL_ROWS * LABEL_ROW_PX;
    const plotBottom = plotTop + PLOT_PX;
    parts.push(svgTextLines([entry.title], LEFT_PX, top + 15, { fontSizePx: 13, lineHeightPx: 15, anchor: 'start', bold: true, fill: INK }));
    // Gridlines at 0 and at the top of the scale, with their shares.
    for (const share of [0, topShare]) {
      const y = plotBottom - (share / topShare) * PLOT_PX;
      parts.push(`<line x1="${LEFT_PX}" y1="${round(y)}" x2="${widthPx - RIGHT_PX}" y2="${round(y)}" stroke="${share === 0 ? MUTED_INK : GRID_COLOR}" stroke-width="1"/>`);
      parts.push(svgTextLines([percent(share)], LEFT_PX - 6, y + 4, { fontSizePx: FONT_PX, lineHeightPx: 12, anchor: 'end', fill: MUTED_INK }));
    }
    const barWidth = Math.max(1, plotWidth / binCount - 2);
    const lastBin = entry.histogram.counts.length - 1;
    entry.histogram.counts.forEach((count, bin) => {
      if (count === 0) return;
      const height = Math.max(1, (shareOf(entry, count) / topShare) * PLOT_PX);
      const x = xOf(bin * binWidthDays) + 1;
      const isLonger = bin === lastBin && entry.histogram.lastBinIncludesLonger;
      // The bar of the cut-off tail is lighter and says so.
      parts.push(`<rect x="${round(x)}" y="${round(plotBottom - height)}" width="${round(barWidth)}" height="${round(height)}" fill="${BAR_COLOR[entry.tone]}"${isLonger ? ' fill-opacity="0.45"' : ''}/>`);
      if (isLonger) {
        parts.push(svgTextLines([options.longerLabel], x + barWidth, plotBottom - height - 4, { fontSizePx: FONT_PX - 1, lineHeightPx: 11, anchor: 'end', fill: MUTED_INK, halo: true }));
      }
    });
    if (options.target && options.target.days > 0) {
      // Within each plot only, so it never runs through a panel's title or labels.
      const x = xOf(options.target.days);
      parts.push(`<line x1="${round(x)}" y1="${round(plotTop - 4)}" x2="${round(x)}" y2="${round(plotBottom)}" stroke="${TARGET_COLOR}" stroke-width="2" stroke-dasharray="2 3"/>`);
    }
    parts.push(...drawMarkers(entry, xOf, plotTop, plotBottom, widthPx));
  });

  const lastPlotBottom = heightPx - AXIS_PX;
  if (options.target && options.target.days > 0) {
    // Its legend at the right end of the first title row, away from the panels' own labels.
    const legendEnd = widthPx - RIGHT_PX;
    const legendWidth = estimateTextWidthPx(options.target.label, FONT_PX, true);
    parts.push(`<line x1="${round(legendEnd - legendWidth - 30)}" y1="11" x2="${round(legendEnd - legendWidth - 8)}" y2="11" stroke="${TARGET_COLOR}" stroke-width="2" stroke-dasharray="2 3"/>`);
    parts.push(svgTextLines([options.target.label], legendEnd, 15, { fontSizePx: FONT_PX, lineHeightPx: 12, anchor: 'end', bold: true, fill: TARGET_COLOR }));
  }
  parts.push(...drawAxis(spanDays, xOf, lastPlotBottom, options));

  return wrapSvg(widthPx, heightPx, options.title, parts.join(''));
}

/** The picture's outer SVG: size, font, its title and a white background under `body`. */
function wrapSvg(widthPx: number, heightPx: number, title: string | undefined, body: string): SvgImage {
  return {
    svg:
      `<svg xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${heightPx}" viewBox="0 0 ${widthPx} ${heightPx}" font-family="${escapeXml(SVG_FONT_FAMILY)}">` +
      (title ? `<title>${escapeXml(title)}</title>` : '') +
      `<rect x="0" y="0" width="${widthPx}" height="${heightPx}" fill="#ffffff"/>` +
      body +
      `</svg>`,
    widthPx,
    heightPx,
  };
}

/** The panels next to each other: each drawn as a picture of its own on the shared scales, placed in one SVG. */
function renderSideBySide(series: readonly HistogramSeries[], options: HistogramSvgOptions, widthPx: number, sharedScale: { binCount: number; topShare: number }): SvgImage {
  const panelWidthPx = (widthPx - SIDE_BY_SIDE_GAP_PX * (series.length - 1)) / series.length;
  const panels = series.map((entry) => renderHistogramSvg([entry], { ...options, layout: 'stacked', widthPx: panelWidthPx, sharedScale, title: '' }));
  const heightPx = Math.max(...panels.map((panel) => panel.heightPx));
  const placed = panels.map((panel, index) => panel.svg.replace('<svg ', `<svg x="${round(index * (panelWidthPx + SIDE_BY_SIDE_GAP_PX))}" y="0" `));
  return wrapSvg(widthPx, heightPx, options.title, placed.join(''));
}

/**
 * The percentile lines of one panel. Labels sit in rows above the plot beside their lines,
 * placed so that no label runs into another or across another line (see placeMarkerLabels).
 */
function drawMarkers(entry: HistogramSeries, xOf: (days: number) => number, plotTop: number, plotBottom: number, widthPx: number): string[] {
  const parts: string[] = [];
  const sorted = [...entry.markers].sort((a, b) => a.days - b.days);
  const xs = sorted.map((marker) => xOf(marker.days));
  const placements = placeMarkerLabels(
    sorted.map((marker, index) => ({ x: xs[index] as number, widthPx: estimateTextWidthPx(marker.label, FONT_PX, marker.strong) })),
    LABEL_ROWS,
    4,
    widthPx - 4,
  );
  sorted.forEach((marker, index) => {
    const x = xs[index] as number;
    const { row, anchor } = placements[index] as PlacedMarkerLabel;
    const labelY = plotTop - (LABEL_ROWS - row) * LABEL_ROW_PX + 11;
    parts.push(
      `<line x1="${round(x)}" y1="${round(labelY + 3)}" x2="${round(x)}" y2="${round(plotBottom)}" stroke="${MARKER_COLOR[entry.tone]}" stroke-width="${marker.strong ? 2 : 1.2}" stroke-dasharray="${marker.strong ? '5 3' : '3 3'}"/>`,
    );
    parts.push(
      svgTextLines([marker.label], anchor === 'end' ? x - 4 : x + 4, labelY, {
        fontSizePx: FONT_PX,
        lineHeightPx: 12,
        anchor,
        bold: marker.strong === true,
        fill: MARKER_COLOR[entry.tone],
        halo: true,
      }),
    );
  });
  return parts;
}

/** Ticks at a round number of working days (at most about ten) and the axis caption. */
function drawAxis(spanDays: number, xOf: (days: number) => number, axisTop: number, options: HistogramSvgOptions): string[] {
  const step = TICK_STEPS_DAYS.find((candidate) => spanDays / candidate <= 10) ?? Math.ceil(spanDays / 10);
  const parts: string[] = [];
  for (let days = 0; days <= spanDays + 1e-9; days += step) {
    const x = xOf(days);
    parts.push(`<line x1="${round(x)}" y1="${round(axisTop)}" x2="${round(x)}" y2="${round(axisTop + 5)}" stroke="${MUTED_INK}"/>`);
    parts.push(svgTextLines([formatNumber(days, options.language, 2)], x, axisTop + 18, { fontSizePx: FONT_PX, lineHeightPx: 12, fill: MUTED_INK }));
  }
  parts.push(svgTextLines([options.axisLabel], LEFT_PX + ((options.widthPx ?? DEFAULT_WIDTH_PX) - LEFT_PX - RIGHT_PX) / 2, axisTop + 36, { fontSizePx: FONT_PX, lineHeightPx: 12, fill: MUTED_INK }));
  return parts;
}
