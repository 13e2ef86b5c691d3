import { describe, expect, it } from 'vitest';
import { strFromU8 } from 'fflate';
import { formatCurrency, formatNumber, formatPercent } from '../../shared/i18n/format';
import { getTranslator } from '../../shared/i18n/translator';
import { compareStates } from '../../shared/improve/comparison';
import type { ProcessMap } from '../../shared/model/types';
import { buildPlanContent } from '../../shared/plan/content';
import { renderPlanDocx } from '../../shared/plan/docx';
import { addPngFallbacks, planImages } from '../../shared/plan/planImages';
import { textWidthTwips, unbreakableParts } from '../../shared/plan/textWidth';
import { rasterizeSvg } from '../../shared/cli/rasterizeSvg';
import { GENERATED_AT, docxDocumentXml, docxParagraphs, invoicesWithActions, travelWithActions, unzip } from './planFixtures';

/** The plan's sections in order; goal and causes only when the map has them (the Dutch fixture has both). */
function sectionKeys(map: ProcessMap): string[] {
  const hasGoal = map.goal !== undefined;
  const hasCauses = map.rootCauses.length > 0;
  return ['summary', 'background', 'currentState', ...(hasGoal ? ['goal'] : []), 'findings', ...(hasCauses ? ['causes'] : []), 'actions', 'futureState', 'distribution', 'followUp', 'appendix'];
}

/** Index of `sequence` as consecutive paragraph texts (table cells are one paragraph each). */
function indexOfSequence(texts: readonly string[], sequence: readonly string[]): number {
  for (let start = 0; start + sequence.length <= texts.length; start += 1) {
    if (sequence.every((text, offset) => texts[start + offset] === text)) return start;
  }
  return -1;
}

describe.each([
  ['nl', invoicesWithActions],
  ['en', travelWithActions],
] as const)('DOCX plan (%s fixture)', (language, makeMap) => {
  const map: ProcessMap = makeMap();
  const t = getTranslator(language);
  // As the CLI makes it: every drawing rasterised to a PNG fallback by resvg.
  const documentPromise = (async () => {
    const plan = await addPngFallbacks(buildPlanContent(map, { generatedAt: GENERATED_AT }), rasterizeSvg);
    return { plan, bytes: await renderPlanDocx(plan) };
  })();

  it('has a title page and a real Word Heading 1 per section, in the map language', async () => {
    const { bytes } = await documentPromise;
    const paragraphs = docxParagraphs(docxDocumentXml(bytes));
    expect(paragraphs.find((paragraph) => paragraph.style === 'Title')?.text).toBe(map.meta.title);
    const headings = paragraphs.filter((paragraph) => paragraph.style === 'Heading1').map((paragraph) => paragraph.text);
    expect(headings).toEqual(sectionKeys(map).map((key) => t(key === 'distribution' ? 'plan:distribution.title' : `plan:section.${key}`)));
    expect(paragraphs.filter((paragraph) => paragraph.style === 'Heading2').length).toBeGreaterThan(5);
    // The first test waits for the whole document (pictures rasterized, Word file built): seconds
    // on a loaded machine, so far more than Vitest's default 5 s.
  }, 60_000);

  it('states the summary figures as the analysis computes them, formatted for the language', async () => {
    const { bytes } = await documentPromise;
    const texts = docxParagraphs(docxDocumentXml(bytes)).map((paragraph) => paragraph.text);
    const { current, future, totalSaving } = compareStates(map);
    if (!current.metrics || !future.metrics || !totalSaving) throw new Error('fixture has no metrics');
    const days = (minutes: number): string => {
      const value = formatNumber(Math.round((minutes / 480) * 10) / 10, language, 1);
      return language === 'nl' ? `${value} werkdagen` : `${value} working days`;
    };
    const hours = (value: number): string => `${formatNumber(value, language, 0)}${language === 'nl' ? ' uur' : ' h'}`;
    const money = (amount: number): string => formatCurrency(amount, 'EUR', language);

    // Key-figure rows: label, before, after, change, as four consecutive cells.
    const leadRow = indexOfSequence(texts, [t('plan:figures.leadTime'), days(current.metrics.leadTimeMinutes), days(future.metrics.leadTimeMinutes)]);
    expect(leadRow).toBeGreaterThan(0);
    expect(indexOfSequence(texts, [t('plan:figures.activityRatio'), formatPercent(current.metrics.activityRatio, language, 1), formatPercent(future.metrics.activityRatio, language, 1)])).toBeGreaterThan(0);
    expect(indexOfSequence(texts, [t('plan:figures.handoffs'), formatNumber(current.metrics.handoffsPerCase, language, 1), formatNumber(future.metrics.handoffsPerCase, language, 1)])).toBeGreaterThan(0);
    expect(indexOfSequence(texts, [t('plan:figures.rolledCompleteAccurate'), formatPercent(current.metrics.rolledCompleteAccurate, language), formatPercent(future.metrics.rolledCompleteAccurate, language)])).toBeGreaterThan(0);
    expect(indexOfSequence(texts, [t('plan:figures.annualEffort'), hours(current.metrics.annualEffortHours), hours(future.metrics.annualEffortHours)])).toBeGreaterThan(0);
    expect(indexOfSequence(texts, [t('plan:figures.annualCost'), money(current.metrics.annualCost), money(future.metrics.annualCost)])).toBeGreaterThan(0);

    // The accepted actions save something, and the summary's last line says how much.
    expect(totalSaving.hoursPerYear).toBeGreaterThan(0);
    const savingLine = t('plan:summary.saving', { hours: hours(totalSaving.hoursPerYear), cost: money(totalSaving.costPerYear) });
    expect(texts).toContain(savingLine);
  });

  it('lists every action as a row of the action table', async () => {
    const { bytes } = await documentPromise;
    const texts = docxParagraphs(docxDocumentXml(bytes)).map((paragraph) => paragraph.text);
    expect(indexOfSequence(texts, [t('plan:actions.number'), t('plan:actions.action'), t('plan:actions.why')])).toBeGreaterThan(0);
    const findingTitles = new Map(compareStates(map).current.findings.map((finding) => [finding.id, finding.title]));
    map.actions.forEach((action, index) => {
      const row = indexOfSequence(texts, [String(index + 1), action.title]);
      expect(row, action.title).toBeGreaterThan(0);
      const cells = texts.slice(row, row + 10);
      expect(cells[2]).toBe(action.findingIds.map((id) => findingTitles.get(id)).join('; '));
      expect(cells[3]).toBe(t(`glossary:kindOfImprovement.${action.ecrs}`));
      expect(cells[4]).toBe(action.owner || t('plan:actions.noOwner'));
      expect(cells[6]).toBe(t(`glossary:effort.${action.effort}`));
      expect(cells[9]).toBe(t(`glossary:status.${action.status}`));
    });
  });

  it('embeds every map and timeline as SVG with a PNG fallback, on A4 pages (landscape for the maps)', async () => {
    const { plan, bytes } = await documentPromise;
    const files = unzip(bytes);
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
    const imageCount = planImages(plan).length;
    expect(imageCount).toBeGreaterThanOrEqual(4);
    expect(media.filter((name) => name.endsWith('.svg'))).toHaveLength(imageCount);
    // docx stores identical PNGs once (a part of the map the actions do not change).
    expect(media.filter((name) => name.endsWith('.png')).length).toBeGreaterThan(imageCount / 2);
    const xml = docxDocumentXml(bytes);
    expect(xml.match(/<a:blip r:embed=/g)).toHaveLength(imageCount);
    expect(xml.match(/<asvg:svgBlip /g)).toHaveLength(imageCount);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    const svg = strFromU8(files[media.find((name) => name.endsWith('.svg')) ?? ''] ?? new Uint8Array());
    expect(svg).toContain(map.lanes[0]?.name ?? '');
    // The fallbacks are real pictures at print resolution, not placeholders.
    const png = files[media.find((name) => name.endsWith('.png')) ?? ''] ?? new Uint8Array();
    expect(png.length).toBeGreaterThan(20_000);
  });

  it('still embeds a (blank) PNG fallback beside each SVG when no rasteriser is at hand', async () => {
    const bytes = await renderPlanDocx(buildPlanContent(map, { generatedAt: GENERATED_AT }));
    const media = Object.keys(unzip(bytes)).filter((name) => name.startsWith('word/media/'));
    expect(media.some((name) => name.endsWith('.png'))).toBe(true);
    expect(docxDocumentXml(bytes)).toContain('svgBlip');
  });
});

describe('DOCX plan tables', () => {
  it('never break a header inside a word: each column holds its longest header word (widest font, cell margins)', async () => {
    for (const map of [invoicesWithActions(), travelWithActions()]) {
      const xml = docxDocumentXml(await renderPlanDocx(buildPlanContent(map, { generatedAt: GENERATED_AT })));
      const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
      expect(tables.length).toBeGreaterThan(3);
      for (const table of tables) {
        const widths = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
        const headerRow = /<w:tr>[\s\S]*?<\/w:tr>/.exec(table)?.[0] ?? '';
        const headers = (headerRow.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((cell) => docxParagraphs(cell).map((paragraph) => paragraph.text).join(' '));
        headers.forEach((header, column) => {
          for (const word of unbreakableParts(header)) {
            // 9 pt bold header text plus Word's default cell margins (108 twips a side).
            expect(widths[column] ?? 0, `"${word}" in a column of ${widths[column]} twips`).toBeGreaterThanOrEqual(textWidthTwips(word, 18) + 216);
          }
        });
      }
    }
  });
});
