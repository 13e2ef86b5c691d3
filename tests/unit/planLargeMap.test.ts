import { describe, expect, it } from 'vitest';
import { analyseMap } from '../../shared/analysis/analyseMap';
import { buildPlanContent } from '../../shared/plan/content';
import { renderPlanDocx } from '../../shared/plan/docx';
import { renderPlanHtml } from '../../shared/plan/html';
import { renderPlanMarkdown } from '../../shared/plan/markdown';
import { planImages } from '../../shared/plan/planImages';
import { renderMapSvg } from '../../shared/plan/svg/mapSvg';
import { GENERATED_AT, docxDocumentXml, docxParagraphs, longChainMap } from './planFixtures';

describe('plan of a 200-step map with very long labels and no actions', { timeout: 60_000 }, () => {
  const map = longChainMap(200);
  const plan = buildPlanContent(map, { generatedAt: GENERATED_AT });

  it('draws the map in page-sized parts, laid out automatically, with every step once and no broken numbers', () => {
    // Page-sized parts would be 48; a long map gets at most 12 wider parts (issue 12: Word export time).
    const pageSized = renderMapSvg(map, analyseMap(map), { language: 'nl', hoursPerDay: 8, maxParts: Number.POSITIVE_INFINITY });
    expect(pageSized.length).toBeGreaterThan(12);
    for (const image of pageSized) expect(image.widthPx).toBeLessThanOrEqual(140 + 1100 + 24);
    const images = renderMapSvg(map, analyseMap(map), { language: 'nl', hoursPerDay: 8 });
    expect(images.length).toBeGreaterThan(6);
    expect(images.length).toBeLessThanOrEqual(12);
    for (const image of images) {
      expect(image.svg).not.toMatch(/NaN|undefined|Infinity/);
      // Labels are cut with an ellipsis: no line of a drawing holds the whole 400-character label.
      expect(image.svg).not.toContain('Supercalifragilisticexpialidocious' + 'X'.repeat(80));
    }
    const drawnSteps = images.reduce((sum, image) => sum + (image.svg.match(/class="step /g) ?? []).length, 0);
    expect(drawnSteps).toBe(200);
  });

  it('yields all three formats, with the action plan saying there are no actions yet', async () => {
    const markdown = renderPlanMarkdown(plan);
    const html = renderPlanHtml(plan);
    const docx = await renderPlanDocx(plan);
    expect(markdown).toContain('Er zijn nog geen verbeteracties');
    expect(html).toContain('Er zijn nog geen verbeteracties');
    const paragraphs = docxParagraphs(docxDocumentXml(docx));
    expect(paragraphs.some((paragraph) => paragraph.text.startsWith('Er zijn nog geen verbeteracties'))).toBe(true);
    // The appendix lists every step with its full label.
    const appendixRows = markdown.split('\n').filter((line) => /^\| Stap \d+:/.test(line));
    expect(appendixRows).toHaveLength(200);
    expect(planImages(plan).every((image) => image.widthPx > 0 && image.heightPx > 0)).toBe(true);
    expect(docx.length).toBeGreaterThan(10_000);
  });
});
