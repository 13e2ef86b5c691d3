import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { encodePng } from './pngEncode';

/**
 * Pixels per CSS pixel of the PNG fallbacks: 1.25 gives about 120 dpi on a landscape A4
 * page. The PNG is only what a reader without SVG support shows (LibreOffice, Word before
 * 2016); Word itself shows and prints the SVG beside it. 2 (190 dpi) cost 2.6 times the
 * time and memory per picture (a plan has a hundred pictures at 200 steps).
 */
const PRINT_SCALE = 1.25;
/**
 * Largest PNG fallback: a landscape page at about 150 dpi. A larger picture (a long map's
 * part, a long ladder) is drawn smaller; where that shrinks its 11–13 px texts below
 * TEXT_MIN_SCALE of their size (unreadable in a PNG), the fallback leaves the texts out:
 * laying out text is most of resvg's time, and the SVG that Word shows keeps every text.
 */
const MAX_PNG_WIDTH_PX = 1600;
const MAX_PNG_HEIGHT_PX = 1150;
const TEXT_MIN_SCALE = 0.75;
/** A fallback without texts shows only the shape of the map: this width is plenty for that. */
const SHAPE_ONLY_PNG_WIDTH_PX = 1000;

/**
 * The one font family every picture is drawn with: Arimo (SIL Open Font License 1.1,
 * shipped by the npm package @expo-google-fonts/arimo). It has the same metrics as
 * Liberation Sans and Arial, the first faces of the drawings' font stack (SVG_FONT_FAMILY),
 * whose widths svgText.ts estimates, so text fits its boxes exactly as in Word or a browser.
 */
export const RASTER_FONT_FAMILY = 'Arimo';

const require = createRequire(import.meta.url);

/** The regular and bold Arimo files; the drawings use no other weight or style. */
export function rasterFontFiles(): string[] {
  return [
    require.resolve('@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf'),
    require.resolve('@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf'),
  ];
}

let fontOptions: NonNullable<ResvgRenderOptions['font']> | null = null;

/**
 * Font options shared by every picture of the process: two files, chosen explicitly. No
 * system font scan (loadSystemFonts made each picture read every font of the machine,
 * seconds and hundreds of MB per picture), and every family of the drawings' stack, which
 * resvg cannot find, falls back to Arimo through the generic sans-serif.
 */
export function rasterFontOptions(): NonNullable<ResvgRenderOptions['font']> {
  fontOptions ??= {
    loadSystemFonts: false,
    fontFiles: rasterFontFiles(),
    defaultFontFamily: RASTER_FONT_FAMILY,
    sansSerifFamily: RASTER_FONT_FAMILY,
  };
  return fontOptions;
}

/**
 * resvg's pictures live in native memory that V8 does not see: a rendered 2,000 × 1,800 px
 * picture holds 14 MB outside the JavaScript heap, freed only when its handle is collected
 * AND the event loop has run its finalizers. A plan renders dozens of pictures in one go,
 * so without help the process grew by that much per picture (2 GB for 200 steps). When
 * the pictures drawn since the last collection hold this many pixel bytes, we collect and
 * yield once, which keeps the memory of an export flat in its number of pictures. Counted
 * in pixels, not resident size: the resident size also grows with the JavaScript heap of
 * the plan itself, and collecting for that made garbage collection a third of the time of
 * a long map's Word export.
 */
const NATIVE_BYTES_BEFORE_COLLECT = 16 * 1024 * 1024;
let nativeBytesSinceCollect = 0;

/** A full garbage collection: --expose-gc's gc(), or one exposed for this process on first use. */
function collectGarbage(): void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed();
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

async function releaseNativeMemory(pixelBytes: number): Promise<void> {
  nativeBytesSinceCollect += pixelBytes;
  if (nativeBytesSinceCollect < NATIVE_BYTES_BEFORE_COLLECT) return;
  nativeBytesSinceCollect = 0;
  collectGarbage();
  // Finalizers of native handles run on the event loop, after the collection.
  await new Promise((resolve) => setImmediate(resolve));
}

/** The height attribute of the drawing's root element, in px. */
function svgHeightPx(svg: string): number | null {
  const root = /<svg\b[^>]*>/.exec(svg.slice(0, 2000))?.[0] ?? '';
  const value = /\sheight="([\d.]+)"/.exec(root)?.[1];
  return value === undefined ? null : Number(value);
}

/** The drawing without its <text> elements (the plan's drawings never nest them). */
export function withoutTexts(svg: string): string {
  return svg.replace(/<text\b[^>]*>[\s\S]*?<\/text>/g, '');
}

/** The PNG's width, and whether its texts are left out (MAX_PNG_WIDTH_PX, TEXT_MIN_SCALE). */
function pngFallbackSize(svg: string, widthPx: number): { pngWidthPx: number; pngHeightPx: number; shapeOnly: boolean } {
  const heightPx = svgHeightPx(svg) ?? 0;
  const scale = Math.min(PRINT_SCALE, MAX_PNG_WIDTH_PX / Math.max(1, widthPx), heightPx > 0 ? MAX_PNG_HEIGHT_PX / heightPx : PRINT_SCALE);
  const shapeOnly = scale < TEXT_MIN_SCALE;
  const fullWidthPx = Math.max(1, Math.round(widthPx * scale));
  const pngWidthPx = shapeOnly ? Math.min(fullWidthPx, SHAPE_ONLY_PNG_WIDTH_PX) : fullWidthPx;
  return { pngWidthPx, pngHeightPx: Math.round((heightPx * pngWidthPx) / Math.max(1, widthPx)), shapeOnly };
}

/**
 * What rasterizeSvg draws of a picture and how long that takes, roughly. `drawn`: the PNG's
 * width and the SVG it renders (a long map's part or ladder without its texts), so that
 * pictures that differ only in what is left out (the shape-only ladders of a 1,000-step map)
 * are drawn once, as their PNGs are the same. `cost`: laying out the texts is most of
 * resvg's time, so a drawing with texts costs its PNG's pixels and a shape-only one next
 * to nothing; the costliest are drawn first (startPngFallbacks).
 */
export function describeRaster(svg: string, widthPx: number): { drawn: string; cost: number } {
  const { pngWidthPx, pngHeightPx, shapeOnly } = pngFallbackSize(svg, widthPx);
  return { drawn: `${pngWidthPx} ${shapeOnly ? withoutTexts(svg) : svg}`, cost: shapeOnly ? 0 : pngWidthPx * pngHeightPx };
}

/**
 * An SVG drawing of the plan as PNG, with resvg (a Rust SVG renderer shipped as a Node
 * module, no browser needed) and the shipped Arimo font, at PRINT_SCALE × its CSS size.
 * Parsing, drawing and PNG compression run on libuv's thread pool (renderAsync, encodePng),
 * so the pictures of one plan can be drawn side by side, and beside the rest of the export. The plan's drawings are page-sized slices already
 * (mapSvg.ts, timelineSvg.ts): no single picture is ever large.
 */
export async function rasterizeSvg(svg: string, widthPx: number): Promise<Uint8Array> {
  const { pngWidthPx, shapeOnly } = pngFallbackSize(svg, widthPx);
  const rendered = await renderAsync(shapeOnly ? withoutTexts(svg) : svg, {
    fitTo: { mode: 'width', value: pngWidthPx },
    font: rasterFontOptions(),
    background: '#ffffff',
  });
  // Encoded by encodePng, not rendered.asPng(): that compresses on the JavaScript thread.
  const pixelBytes = rendered.width * rendered.height * 4;
  const png = await encodePng(rendered.width, rendered.height, rendered.pixels);
  await releaseNativeMemory(pixelBytes);
  return png;
}
