import { describe, expect, it } from 'vitest';
import { encodePng } from '../../shared/cli/pngEncode';
import { buildPlanContent } from '../../shared/plan/content';
import { renderPlanDocx } from '../../shared/plan/docx';
import { addPngFallbacks, drawnPart, planImages, startPngFallbacks } from '../../shared/plan/planImages';
import { generateMap } from '../bench/generateMap';
import { unzip } from './planFixtures';

/**
 * The PNG fallbacks of a plan's pictures are drawn while the Word document is built
 * (issue 12, defect 1: the plan of a 200-step map under 2 s): at most `concurrency` at a
 * time, a drawing that appears twice only once, and the document the same as when every
 * PNG was drawn first.
 */
const built = buildPlanContent(generateMap({ stepCount: 6 }), { generatedAt: '2026-11-26T09:00:00Z' });
/** The plan with its first picture shown twice (as a plan shows a timeline that did not change). */
const plan = {
  ...built,
  sections: built.sections.map((section) => {
    const first = section.blocks.find((block) => block.kind === 'image');
    return first?.kind === 'image' ? { ...section, blocks: [...section.blocks, { ...first, image: { ...first.image, id: `${first.image.id}-again` } }] } : section;
  }),
};

/** A fake renderer: a 1 × 1 PNG whose colour tells the drawings apart, after a short wait; counts what it draws. */
function fakeRasterizer(failOn?: string) {
  const drawn: string[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const rasterize = async (svg: string): Promise<Uint8Array> => {
    const colour = drawn.push(svg) * 20;
    inFlight += 1;
    mostInFlight = Math.max(mostInFlight, inFlight);
    await new Promise((resolve) => setTimeout(resolve, 2));
    inFlight -= 1;
    if (failOn !== undefined && drawnPart(svg) === drawnPart(failOn)) throw new Error('renderer failed');
    return encodePng(1, 1, Uint8Array.of(colour % 256, Math.floor(colour / 256), 0, 255));
  };
  return { rasterize, drawn, mostInFlight: () => mostInFlight };
}

describe('PNG fallbacks drawn beside the Word document', () => {
  const images = planImages(plan);

  it('draws each distinct drawing once, at most `concurrency` at a time, every picture getting its own', async () => {
    const distinct = new Set(images.map((image) => `${image.widthPx} ${drawnPart(image.svg ?? '')}`));
    // Nothing changes in the future state of a generated map: its map and timeline differ from now only in their titles.
    expect(distinct.size).toBeLessThan(new Set(images.map((image) => image.svg)).size);
    const fake = fakeRasterizer();
    const pngOf = startPngFallbacks(plan, fake.rasterize, 2);
    const pngs = await Promise.all(images.map(pngOf));
    expect(fake.drawn.length).toBe(distinct.size);
    expect(fake.mostInFlight()).toBe(2);
    images.forEach((image, index) => {
      const twin = images.findIndex((other) => drawnPart(other.svg ?? '') === drawnPart(image.svg ?? '') && other.widthPx === image.widthPx);
      expect(pngs[index]).toBe(pngs[twin]);
      expect(pngs[index]?.byteLength).toBeGreaterThan(8);
    });
  });

  it('a failed drawing fails only its own pictures, and never as an unhandled rejection', async () => {
    const failing = images.find((image) => image.id.startsWith('future-'))?.svg;
    const fake = fakeRasterizer(failing);
    const pngOf = startPngFallbacks(plan, fake.rasterize, 1);
    const results = await Promise.allSettled(images.map(pngOf));
    // The failing drawing is the future one; the current one is the same drawing (titles aside), so both fail.
    const failed = (svg: string | undefined): boolean => drawnPart(svg ?? '') === drawnPart(failing ?? '');
    expect(images.filter((image) => failed(image.svg)).length).toBeGreaterThan(1);
    expect(images.filter((image) => !failed(image.svg)).length).toBeGreaterThan(1);
    results.forEach((result, index) => expect(result.status).toBe(failed(images[index]?.svg) ? 'rejected' : 'fulfilled'));
    await expect(addPngFallbacks(plan, fakeRasterizer(failing).rasterize)).rejects.toThrow('renderer failed');
  });

  it('makes the same Word document as drawing every PNG first', async () => {
    const first = unzip(await renderPlanDocx(await addPngFallbacks(plan, fakeRasterizer().rasterize)));
    const alongside = unzip(await renderPlanDocx(plan, { pngOf: startPngFallbacks(plan, fakeRasterizer().rasterize, 3), pause: () => new Promise((resolve) => setTimeout(resolve, 0)) }));
    expect(Object.keys(alongside).sort()).toEqual(Object.keys(first).sort());
    const decoder = new TextDecoder();
    // The docx library numbers drawings with one counter per process, not per document.
    const withoutDrawingIds = (xml: string): string => xml.replace(/<wp:docPr id="\d+"/g, '<wp:docPr id=""');
    for (const [path, bytes] of Object.entries(first)) {
      // The document's creation time differs.
      if (path === 'docProps/core.xml') continue;
      if (path === 'word/document.xml') expect(withoutDrawingIds(decoder.decode(alongside[path]))).toBe(withoutDrawingIds(decoder.decode(bytes)));
      else expect(Buffer.from(alongside[path] ?? []).equals(Buffer.from(bytes)), path).toBe(true);
    }
    // Every picture got its own PNG (not the blank stand-in): one PNG per distinct drawing.
    const pngParts = Object.keys(alongside).filter((path) => path.endsWith('.png'));
    expect(pngParts.length).toBe(new Set(images.map((image) => `${image.widthPx} ${drawnPart(image.svg ?? '')}`)).size);
  });

  it('starts the costliest drawings first, the rest in document order', async () => {
    const fake = fakeRasterizer();
    // Cost: the later in the document the costlier, but the first two drawings cost nothing (as a long map's shape-only parts).
    const order = (svg: string): number => images.findIndex((image) => image.svg === svg);
    const cost = (svg: string): number => (order(svg) < 2 ? 0 : order(svg));
    const describe = (svg: string, widthPx: number) => ({ drawn: `${widthPx} ${svg}`, cost: cost(svg) });
    const pngOf = startPngFallbacks(plan, fake.rasterize, 1, describe);
    await Promise.all(images.map(pngOf));
    const drawnCosts = fake.drawn.map(cost);
    expect(drawnCosts).toEqual([...drawnCosts].sort((a, b) => b - a));
    expect(new Set(drawnCosts).size).toBeGreaterThan(1);
    // Equal costs keep the document's order.
    const free = fake.drawn.filter((_, index) => drawnCosts[index] === 0).map(order);
    expect(free).toEqual([...free].sort((a, b) => a - b));
  });
});
