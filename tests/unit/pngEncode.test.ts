import { Resvg } from '@resvg/resvg-js';
import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../shared/cli/pngEncode';

/** A 5 × 3 picture with every pixel different, some half transparent. */
function pattern(widthPx: number, heightPx: number): Uint8Array {
  const rgba = new Uint8Array(widthPx * heightPx * 4);
  for (let index = 0; index < widthPx * heightPx; index += 1) rgba.set([(index * 37) & 255, (index * 91) & 255, (index * 13) & 255, index % 2 ? 255 : 128], index * 4);
  return rgba;
}

describe('encodePng (the PNG fallbacks of the plan pictures)', () => {
  it('writes a valid PNG whose pixels are exactly the ones given', async () => {
    const rgba = pattern(5, 3);
    const png = Buffer.from(await encodePng(5, 3, rgba));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // Chunks: IHDR (13 bytes: 5, 3, depth 8, colour type 6 = RGBA), IDAT, IEND; each CRC over type + data.
    const chunks: { type: string; data: Buffer }[] = [];
    for (let at = 8; at < png.length; ) {
      const length = png.readUInt32BE(at);
      const type = png.toString('latin1', at + 4, at + 8);
      expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
      chunks.push({ type, data: png.subarray(at + 8, at + 8 + length) });
      at += 12 + length;
    }
    expect(chunks.map((item) => item.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const header = chunks[0]?.data ?? Buffer.alloc(0);
    expect([header.readUInt32BE(0), header.readUInt32BE(4), ...header.subarray(8)]).toEqual([5, 3, 8, 6, 0, 0, 0]);
    // Three rows of 1 filter byte (0, None) + 5 × 4 pixel bytes.
    const rows = inflateSync(chunks[1]?.data ?? Buffer.alloc(0));
    expect(rows.length).toBe(3 * 21);
    for (let row = 0; row < 3; row += 1) {
      expect(rows[row * 21]).toBe(0);
      expect([...rows.subarray(row * 21 + 1, (row + 1) * 21)]).toEqual([...rgba.subarray(row * 20, (row + 1) * 20)]);
    }
  });

  it('is read back by another decoder (resvg drawing it as an image) to the same opaque pixels', async () => {
    const rgba = pattern(4, 2).map((value, index) => (index % 4 === 3 ? 255 : value));
    const png = Buffer.from(await encodePng(4, 2, rgba));
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="4" height="2"><image width="4" height="2" image-rendering="pixelated" xlink:href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
    const drawn = new Resvg(svg).render();
    expect([...drawn.pixels]).toEqual([...rgba]);
  });

  it('refuses pixels that do not match the size', async () => {
    await expect(encodePng(2, 2, new Uint8Array(15))).rejects.toThrow(/2 × 2/);
  });
});
