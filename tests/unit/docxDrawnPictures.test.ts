import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { zipParts } from '../../shared/cli/zipParts';
import { buildPlanContent } from '../../shared/plan/content';
import { renderPlanDocx } from '../../shared/plan/docx';
import { addPngFallbacks, startPngFallbacks, type RasterizeSvg } from '../../shared/plan/planImages';
import { generateMap } from '../bench/generateMap';
import { unzip } from './planFixtures';

const sha1Hex = (data: Uint8Array): string => createHash('sha1').update(data).digest('hex');
const plan = buildPlanContent(generateMap({ stepCount: 5 }), { generatedAt: '2026-11-26T09:00:00Z' });
const decoder = new TextDecoder();

/** A stand-in for resvg: PNG-signed bytes that name the drawing (`distinct`) or the same bytes for every drawing. */
function fakeRasterizer(distinct: boolean): RasterizeSvg {
  return (svg, widthPx) => Promise.resolve(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, ...(distinct ? createHash('sha1').update(`${widthPx} ${svg}`).digest() : [1, 2, 3])]));
}

/** The package's parts, with the per-process drawing counter and core.xml's time left out. */
function comparable(docx: Uint8Array): Map<string, string> {
  return new Map(
    Object.entries(unzip(docx))
      .filter(([path]) => path !== 'docProps/core.xml')
      .map(([path, bytes]) => [path, path.endsWith('.png') ? Buffer.from(bytes).toString('hex') : decoder.decode(bytes).replace(/<wp:docPr id="\d+"/g, '<wp:docPr id=""')]),
  );
}

describe('renderPlanDocx compiling while the pictures are drawn', () => {
  for (const distinct of [true, false]) {
    it(`writes the package the library writes with the PNGs known from the start (${distinct ? 'every drawing its own PNG' : 'drawings that come out the same PNG'})`, async () => {
      const rasterize = fakeRasterizer(distinct);
      const known = comparable(await renderPlanDocx(await addPngFallbacks(plan, rasterize)));
      const drawnMeanwhile = comparable(await renderPlanDocx(plan, { pngOf: startPngFallbacks(plan, rasterize, 2), sha1Hex, zip: zipParts }));
      expect([...drawnMeanwhile.keys()]).toEqual([...known.keys()]);
      for (const [path, text] of known) expect(drawnMeanwhile.get(path), path).toBe(text);
      const pngs = [...known.keys()].filter((path) => path.endsWith('.png'));
      // Same PNG for every drawing: the library stores it once.
      if (distinct) expect(pngs.length).toBeGreaterThan(1);
      else expect(pngs).toEqual(['word/media/image1.png']);
    });
  }

  it('fails as the drawing fails', async () => {
    const failing: RasterizeSvg = () => Promise.reject(new Error('resvg panicked'));
    await expect(renderPlanDocx(plan, { pngOf: startPngFallbacks(plan, failing, 2), sha1Hex, zip: zipParts })).rejects.toThrow('resvg panicked');
  });
});
