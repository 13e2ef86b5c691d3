import { describe, expect, it } from 'vitest';
import { describeRaster, rasterizeSvg, withoutTexts } from '../../shared/cli/rasterizeSvg';

/** Width of a PNG from its IHDR chunk. */
const pngWidth = (png: Uint8Array): number => new DataView(png.buffer, png.byteOffset).getUint32(16);

describe('PNG fallbacks of the plan pictures', { timeout: 60_000 }, () => {
  it('leaves the texts out only of pictures too wide to read on a page, at a bounded width', async () => {
    const svg = (widthPx: number) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="200"><rect width="${widthPx}" height="200" fill="#eee"/><text x="10" y="50" font-size="13">Factuur</text></svg>`;
    expect(withoutTexts(svg(100))).not.toContain('Factuur');
    expect(withoutTexts(svg(100))).toContain('<rect');
    // A page-sized part: 1,264 px × 1.25 = 1,580 px, with its texts.
    expect(pngWidth(await rasterizeSvg(svg(1264), 1264))).toBe(1580);
    // A long map's part of 4,000 px would be 5,000 px: drawn 1,000 px wide, shape only.
    expect(pngWidth(await rasterizeSvg(svg(4000), 4000))).toBe(1000);
    // A tall ladder (1,082 × 4,000 px): fitted into 1,150 px of height, so shape only too.
    const tall = `<svg xmlns="http://www.w3.org/2000/svg" width="1082" height="4000"><text x="10" y="50" font-size="11">Wachten</text></svg>`;
    // 1,150 / 4,000 = 0.2875 → 1,082 × 0.2875 = 311 px.
    expect(pngWidth(await rasterizeSvg(tall, 1082))).toBe(311);
  });

  it('costs a picture with texts its PNG pixels and a shape-only one nothing, and knows which draw the same', () => {
    const svg = (widthPx: number, heightPx: number, text = 'Factuur') =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${heightPx}"><rect width="9" height="9"/><text x="10" y="50">${text}</text></svg>`;
    const rasterCost = (text: string, widthPx: number): number => describeRaster(text, widthPx).cost;
    // 1,082 × 1,024 px fitted to 1,150 px of height (1,150 / 1,024 = 1.123, less than 1.25): 1,215 × 1,150 px.
    expect(rasterCost(svg(1082, 1024), 1082)).toBe(1215 * 1150);
    // 760 × 231 px at 1.25: 950 × 289 px (288.75 rounded) = 274,550 pixels.
    expect(rasterCost(svg(760, 231), 760)).toBe(950 * 289);
    // A long map's part, 4,574 px wide: shape only.
    expect(rasterCost(svg(4574, 934), 4574)).toBe(0);
    // Shape only, two parts that differ only in their texts draw the same PNG; with texts they do not.
    expect(describeRaster(svg(4574, 934, 'Stap 1'), 4574).drawn).toBe(describeRaster(svg(4574, 934, 'Stap 2'), 4574).drawn);
    expect(describeRaster(svg(1082, 1024, 'Stap 1'), 1082).drawn).not.toBe(describeRaster(svg(1082, 1024, 'Stap 2'), 1082).drawn);
    // The same drawing at another PNG width is another PNG.
    expect(describeRaster(svg(4574, 934), 4574).drawn).toBe(describeRaster(svg(4574, 934), 4574).drawn);
    expect(describeRaster(svg(1082, 1024), 1082).drawn).not.toBe(describeRaster(svg(1000, 1024), 1000).drawn);
  });
});
