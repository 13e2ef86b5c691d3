import { Resvg } from '@resvg/resvg-js';

/** Pixels per CSS pixel of the PNG fallbacks: 2 gives about 190 dpi on a landscape A4 page. */
const PRINT_SCALE = 2;

/**
 * An SVG drawing of the plan as PNG, with resvg (a Rust SVG renderer shipped as a Node
 * module, no browser needed) and the system's fonts. The plan's drawings name
 * Liberation Sans / Arial / Helvetica / DejaVu Sans, so a Linux, Windows or macOS machine
 * finds one of them.
 */
export function rasterizeSvg(svg: string, widthPx: number): Uint8Array {
  const renderer = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.max(1, Math.round(widthPx * PRINT_SCALE)) },
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
    background: '#ffffff',
  });
  return renderer.render().asPng();
}
