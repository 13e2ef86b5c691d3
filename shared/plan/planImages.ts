import { buildTimeline } from '../analysis/timeline';
import type { Analysis } from '../analysis/types';
import type { MapState } from '../model/types';
import type { PlanFormat } from './planFormat';
import { renderMapSvg } from './svg/mapSvg';
import { renderTimelineSvg } from './svg/timelineSvg';
import type { PlanBlock, PlanDocument, PlanImage } from './types';

/** A picture of a map that the app made itself (e.g. of its canvas). */
export interface PlanImageInput {
  svg?: string;
  png?: Uint8Array;
  /** Natural size in CSS pixels; read from the PNG or the SVG when not given. */
  widthPx?: number;
  heightPx?: number;
}

export interface PlanImageInputs {
  currentMap?: PlanImageInput;
  futureMap?: PlanImageInput;
}

const FALLBACK_SIZE = { widthPx: 1200, heightPx: 800 };

/** Width and height of a PNG from its IHDR chunk (bytes 16–23, big-endian). */
function pngSize(png: Uint8Array): { widthPx: number; heightPx: number } | null {
  if (png.length < 24 || png[0] !== 0x89 || png[1] !== 0x50) return null;
  const read = (offset: number): number =>
    (((png[offset] ?? 0) << 24) | ((png[offset + 1] ?? 0) << 16) | ((png[offset + 2] ?? 0) << 8) | (png[offset + 3] ?? 0)) >>> 0;
  const widthPx = read(16);
  const heightPx = read(20);
  return widthPx > 0 && heightPx > 0 ? { widthPx, heightPx } : null;
}

/** Width and height from the root element's width/height, else from its viewBox. */
function svgSize(svg: string): { widthPx: number; heightPx: number } | null {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0] ?? '';
  const attribute = (name: string): number | null => {
    const value = new RegExp(`\\s${name}\\s*=\\s*["']\\s*([\\d.]+)(?:px)?\\s*["']`, 'i').exec(root)?.[1];
    return value === undefined ? null : Number(value);
  };
  const width = attribute('width');
  const height = attribute('height');
  if (width && height) return { widthPx: width, heightPx: height };
  const viewBox = /\sviewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*["']/i.exec(root);
  return viewBox ? { widthPx: Number(viewBox[1]), heightPx: Number(viewBox[2]) } : null;
}

/** The app's picture as a plan image, with its size worked out when the app did not say. */
export function imageFromInput(id: string, input: PlanImageInput): PlanImage {
  const size =
    input.widthPx && input.heightPx
      ? { widthPx: input.widthPx, heightPx: input.heightPx }
      : ((input.png && pngSize(input.png)) ?? (input.svg !== undefined ? svgSize(input.svg) : null) ?? FALLBACK_SIZE);
  return { id, ...size, ...(input.svg !== undefined ? { svg: input.svg } : {}), ...(input.png ? { png: input.png } : {}) };
}

/**
 * The figure blocks of one state: its map (the app's picture, or the print drawing cut into
 * parts) and its timeline ladder, with captions and text alternatives; all wide.
 */
export function stateFigureBlocks(
  kind: 'current' | 'future',
  state: MapState,
  analysis: Analysis,
  input: PlanImageInput | undefined,
  format: PlanFormat,
  hoursPerDay: number,
): { map: PlanBlock[]; timeline: PlanBlock[] } {
  const { t, language } = format;
  const mapCaption = t(kind === 'current' ? 'plan:current.mapCaption' : 'plan:future.mapCaption');
  const alt = t('plan:imageAlt', { caption: mapCaption, steps: format.number(state.steps.length, 0), lanes: format.number(state.lanes.length, 0) });
  const mapImages: PlanImage[] = input
    ? [imageFromInput(`${kind}-map-1`, input)]
    : renderMapSvg(state, analysis, { language, hoursPerDay, idPrefix: `${kind}-`, title: mapCaption }).map((image, index) => ({
        id: `${kind}-map-${index + 1}`,
        ...image,
      }));
  const partCaption = (caption: string, index: number, count: number): string =>
    count === 1 ? caption : t('plan:part', { caption, index: index + 1, count });
  const map: PlanBlock[] = mapImages.map((image, index) => ({
    kind: 'image',
    image,
    caption: partCaption(mapCaption, index, mapImages.length),
    alt,
    wide: true,
  }));

  const timeline = buildTimeline(state, analysis);
  const timelineCaption = t(kind === 'current' ? 'plan:current.timelineCaption' : 'plan:future.timelineCaption');
  if (!timeline) return { map, timeline: [{ kind: 'paragraph', runs: [{ text: t('plan:current.noTimeline') }], style: 'note', wide: true }] };
  const ladder = renderTimelineSvg(timeline, { language, hoursPerDay, title: timelineCaption });
  const totals = t('plan:current.timelineTotals', {
    wait: format.duration(timeline.waitTimeMinutes),
    process: format.duration(timeline.processTimeMinutes),
    lead: format.workingDays(timeline.leadTimeMinutes),
  });
  return {
    map,
    timeline: [
      ...ladder.map(
        (image, index): PlanBlock => ({
          kind: 'image',
          image: { id: `${kind}-timeline-${index + 1}`, ...image },
          caption: partCaption(timelineCaption, index, ladder.length),
          alt: totals,
          wide: true,
        }),
      ),
      { kind: 'paragraph', runs: [{ text: totals }], wide: true },
    ],
  };
}

/** Every image of the document, in order. */
export function planImages(document: PlanDocument): PlanImage[] {
  return document.sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === 'image' ? [block.image] : [])));
}

/**
 * What a renderer draws of an SVG picture (pictures with the same `drawn` get the same PNG)
 * and how long that takes, roughly, to start the costliest first (the CLI: describeRaster).
 */
export type DescribeDrawing = (svg: string, widthPx: number) => { drawn: string; cost: number };

/** Draws an SVG picture as PNG (the CLI passes resvg; the app its canvas). */
export type RasterizeSvg = (svg: string, widthPx: number) => Uint8Array | Promise<Uint8Array>;

/** The PNG fallback of each picture of a plan, being drawn (see startPngFallbacks). */
export type PngFallbackOf = (image: PlanImage) => Promise<Uint8Array | undefined>;

/**
 * Starts drawing the PNG fallback of every SVG image without a PNG (the fallback Word shows
 * where it cannot show SVG), at most `concurrency` at a time (each picture in flight holds
 * its pixels), the costliest first by `describe` (else in document order), and returns at once: the caller builds the rest of its
 * document meanwhile and awaits each picture's PNG where it places the picture. A drawing
 * that appears twice (the future state's map and timeline where nothing changes: they
 * differ only in their titles, see drawnPart) is drawn once. Pictures are looked up by id; one without an SVG drawing gets its own PNG
 * (or undefined). A failed drawing rejects the promise of its pictures and of no other.
 */
/**
 * What a renderer draws of an SVG: all of it but its <title> elements, which are only
 * read out (the future state's map, unchanged, differs from the current one only there).
 */
export function drawnPart(svg: string): string {
  return svg.replace(/<title\b[^>]*>[\s\S]*?<\/title>/g, '');
}

export function startPngFallbacks(document: PlanDocument, rasterize: RasterizeSvg, concurrency = 1, describe?: DescribeDrawing): PngFallbackOf {
  // By drawing (size and SVG text): a drawing that appears twice is drawn once.
  const byDrawing = new Map<string, Promise<Uint8Array>>();
  // By image id (unique within a document): the Word writer looks pictures up in its cleaned copy of the document.
  const byId = new Map<string, Promise<Uint8Array>>();
  const starts: Array<{ start: () => void; cost: number }> = [];
  for (const image of planImages(document)) {
    if (image.svg === undefined || image.png !== undefined) continue;
    const { svg, widthPx } = image;
    const drawing = describe ? describe(svg, widthPx) : { drawn: `${widthPx} ${svg}`, cost: 0 };
    const key = drawnPart(drawing.drawn);
    let png = byDrawing.get(key);
    if (!png) {
      png = new Promise<Uint8Array>((resolve, reject) => {
        starts.push({
          start: () => {
            Promise.resolve()
              .then(() => rasterize(svg, widthPx))
              .then(resolve, reject);
          },
          cost: drawing.cost,
        });
      });
      // Awaited where the picture is placed; until then a failure must not count as unhandled.
      png.catch(() => undefined);
      byDrawing.set(key, png);
    }
    byId.set(image.id, png);
  }
  const drawings = [...byDrawing.values()];
  // The costliest first (a stable sort: else in document order), so that they are drawn while the rest is built.
  const order = starts.map((_, index) => index).sort((a, b) => (starts[b]?.cost ?? 0) - (starts[a]?.cost ?? 0));
  // Each lane starts the next drawing when its current one is done: at most `concurrency` in flight.
  let next = 0;
  const lane = (): void => {
    const index = order[next] ?? -1;
    next += 1;
    const start = starts[index]?.start;
    const png = drawings[index];
    if (!start || !png) return;
    start();
    void png.then(lane, lane);
  };
  for (let count = 0; count < Math.max(1, Math.min(concurrency, starts.length)); count += 1) lane();
  return (image) => byId.get(image.id) ?? Promise.resolve(image.png);
}

/**
 * Gives every SVG image without a PNG one, made by `rasterize` (startPngFallbacks: at most
 * `concurrency` at a time, each distinct drawing once). Returns a new document; the input
 * is not changed.
 */
export async function addPngFallbacks(document: PlanDocument, rasterize: RasterizeSvg, concurrency = 1): Promise<PlanDocument> {
  const pngOf = startPngFallbacks(document, rasterize, concurrency);
  const sections = await Promise.all(
    document.sections.map(async (section) => ({
      ...section,
      blocks: await Promise.all(
        section.blocks.map(async (block): Promise<PlanBlock> => {
          if (block.kind !== 'image' || block.image.svg === undefined || block.image.png !== undefined) return block;
          const png = await pngOf(block.image);
          return png === undefined ? block : { ...block, image: { ...block.image, png } };
        }),
      ),
    })),
  );
  return { ...document, sections };
}
