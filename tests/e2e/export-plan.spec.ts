import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { analyseMap } from '../../shared/analysis/analyseMap';
import { parseMap } from '../../shared/model/parse';
import type { ProcessMap } from '../../shared/model/types';
import type { Language } from '../../shared/model/vocabulary';
import { createPlanFormat } from '../../shared/plan/planFormat';
import { expect, screenshot, test } from '../helpers/e2e';
import { openEditor, passPlanChecklist, saveByDownload } from '../helpers/editorPage';
import { docxDocumentXml, docxParagraphs, unzip } from '../unit/planFixtures';

const projectRoot = resolve(import.meta.dirname, '..', '..');
const artifacts = resolve(projectRoot, 'artifacts', 'plan');
const screenshots = resolve(projectRoot, 'artifacts', 'screenshots');

function fixture(templateId: string): ProcessMap {
  const parsed = parseMap(readFileSync(resolve(projectRoot, 'fixtures/maps', `${templateId}.stroomlijn`), 'utf8'));
  if (!parsed.ok) throw new Error(`fixture ${templateId} does not parse`);
  return parsed.map;
}

/** pdftotext and Word split or join spaces differently; compare words, not space characters. */
const normalise = (text: string): string => text.replace(/[\s\u00a0\u202f]+/g, ' ');

/** The summary numbers of the map (lead time, process time, cost per year) as the plan formats them. */
function summaryNumbers(map: ProcessMap, language: Language): string[] {
  const metrics = analyseMap(map).metrics;
  if (!metrics) throw new Error('the fixture has no metrics');
  const format = createPlanFormat(map.settings, language);
  return [format.workingDays(metrics.leadTimeMinutes), format.duration(metrics.processTimeMinutes), format.money(metrics.annualCost)].map(normalise);
}

/**
 * Opens a template. The dialog offers the templates in the language of the screen, so an
 * English one is chosen with the screen in English; the screen is Dutch again afterwards.
 */
async function openTemplate(page: Page, appUrl: string, templateId: string, templateLanguage: 'nl' | 'en' = 'nl'): Promise<void> {
  await saveByDownload(page);
  await openEditor(page, appUrl);
  if (templateLanguage === 'en') await page.locator('[data-language="en"]').click();
  await page.locator('[data-command="file.newFromTemplate"]').click();
  await page.getByTestId(`template-${templateId}`).click();
  await expect(page.getByTestId('templates-dialog')).toBeHidden();
  if (templateLanguage === 'en') await page.locator('[data-language="nl"]').click();
}

async function bytesOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Chooses a format (and language) in the export dialog, exports and returns the downloaded file. */
async function exportPlan(page: Page, formatLabel: RegExp, language?: RegExp): Promise<{ name: string; bytes: Buffer }> {
  const dialog = page.getByTestId('export-plan-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: formatLabel }).check();
  if (language) await dialog.getByRole('radio', { name: language }).check();
  const download = page.waitForEvent('download', { timeout: 20_000 });
  await page.getByTestId('export-plan-submit').click();
  const file = await download;
  await expect(page.getByTestId('export-status')).toContainText(file.suggestedFilename());
  return { name: file.suggestedFilename(), bytes: await bytesOf(file) };
}

test('the invoice plan exports as HTML, Markdown and Word with the summary numbers, and prints to PDF', async ({ page, appUrl }) => {
  test.setTimeout(90_000);
  const map = fixture('inkomende-facturen');
  const expected = summaryNumbers(map, 'nl');
  await openTemplate(page, appUrl, 'inkomende-facturen');

  await page.locator('[data-command="file.exportPlan"]').click();
  await passPlanChecklist(page);
  // The plan's language defaults to the map's.
  await expect(page.getByRole('radio', { name: /Nederlands \(taal van de kaart\)/ })).toBeChecked();
  mkdirSync(screenshots, { recursive: true });
  await page.getByTestId('export-plan-dialog').screenshot({ path: resolve(screenshots, 'export-dialog.png') });

  const html = await exportPlan(page, /Webpagina/);
  expect(html.name).toMatch(/^verbeterplan-inkomende-facturen[a-z-]*\.html$/);
  const stem = html.name.replace(/\.html$/, '');
  const htmlText = html.bytes.toString('utf8');
  expect(htmlText).toContain('<h1');
  expect(htmlText).toContain('Managementsamenvatting');
  expect(htmlText).not.toMatch(/<script/i);
  for (const number of expected) expect(normalise(htmlText)).toContain(number);
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(resolve(artifacts, html.name), html.bytes);

  const markdown = await exportPlan(page, /Markdown/);
  expect(markdown.name).toBe(`${stem}.md`);
  const markdownText = markdown.bytes.toString('utf8');
  expect(markdownText).toMatch(/^# Verbeterplan: Inkomende facturen/);
  expect(markdownText).toContain('## Managementsamenvatting');
  for (const number of expected) expect(normalise(markdownText)).toContain(number);

  const word = await exportPlan(page, /Word/);
  expect(word.name).toBe(`${stem}.docx`);
  expect([...word.bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
  const paragraphs = docxParagraphs(docxDocumentXml(new Uint8Array(word.bytes)));
  expect(paragraphs.filter((paragraph) => paragraph.style === 'Heading1').map((paragraph) => paragraph.text)).toContain('Managementsamenvatting');
  const wordText = normalise(paragraphs.map((paragraph) => paragraph.text).join('\n'));
  for (const number of expected) expect(wordText).toContain(number);
  // Every map is in Word as SVG with a PNG fallback the browser rasterised (docx 9 needs both).
  const media = Object.entries(unzip(new Uint8Array(word.bytes))).filter(([path]) => path.startsWith('word/media/'));
  const pngs = media.filter(([path]) => path.endsWith('.png'));
  expect(pngs.length).toBeGreaterThan(1);
  // Each picture: a PNG (a:blip) with its SVG (svgBlip); identical PNGs (current = future here) are stored once.
  const documentXml = docxDocumentXml(new Uint8Array(word.bytes));
  expect(documentXml.match(/<a:blip /g)?.length).toBe(documentXml.match(/svgBlip /g)?.length);
  expect(documentXml.match(/<a:blip /g)?.length).toBeGreaterThanOrEqual(pngs.length);
  for (const [, png] of pngs) expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  writeFileSync(resolve(artifacts, word.name), word.bytes);

  // PDF: Chromium's print engine (the browser build's "Save as PDF", Electron's printToPDF) on the exported HTML.
  const printPage = await page.context().newPage();
  await printPage.setContent(htmlText, { waitUntil: 'load' });
  const pdfPath = resolve(artifacts, `${stem}.pdf`);
  await printPage.pdf({ path: pdfPath, format: 'A4', printBackground: true, preferCSSPageSize: true });
  await printPage.close();
  const pdfText = normalise(execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }));
  expect(pdfText).toContain('Managementsamenvatting');
  for (const number of expected) expect(pdfText).toContain(number);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '4', pdfPath, resolve(screenshots, 'export-plan-page')]);
});

test('the browser build opens the print dialog on the plan for PDF', async ({ page, appUrl }) => {
  const map = fixture('inkomende-facturen');
  await openTemplate(page, appUrl, 'inkomende-facturen');
  await page.locator('[data-command="file.exportPlan"]').click();
  await passPlanChecklist(page);
  const dialog = page.getByTestId('export-plan-dialog');
  await dialog.getByRole('radio', { name: /^PDF/ }).check();
  await expect(dialog).toContainText('Opslaan als PDF');
  await page.getByTestId('export-plan-submit').click();
  await expect(page.getByTestId('export-status')).toContainText('afdrukvenster');
  // The plan is in a hidden frame of its own (srcdoc, under the app's CSP), printed from there.
  const frame = page.frameLocator('[data-testid="plan-print-frame"]');
  await expect(frame.locator('h1')).toContainText(map.meta.title);
  await expect(frame.locator('h2').first()).toHaveText('Managementsamenvatting');
  const images = frame.locator('img');
  expect(await images.count()).toBeGreaterThan(1);
  // Every map image decoded (data: URIs are allowed by img-src).
  const decoded = await images.evaluateAll((elements) => elements.every((element) => (element as HTMLImageElement).naturalWidth > 0));
  expect(decoded).toBe(true);
});

test('an English map exports its plan in English, and in Dutch when asked', async ({ page, appUrl }) => {
  const map = fixture('travel-request');
  await openTemplate(page, appUrl, 'travel-request', 'en');
  await page.locator('[data-command="file.exportPlan"]').click();
  await passPlanChecklist(page);
  await expect(page.getByRole('radio', { name: /English \((taal van de kaart|language of the map)\)/ })).toBeChecked();
  const english = await exportPlan(page, /Markdown/);
  expect(english.bytes.toString('utf8')).toMatch(/^# Improvement plan: /);
  expect(english.bytes.toString('utf8')).toContain('## Management summary');
  for (const number of summaryNumbers(map, 'en')) expect(normalise(english.bytes.toString('utf8'))).toContain(number);
  const dutch = await exportPlan(page, /Markdown/, /^Nederlands$/);
  expect(dutch.bytes.toString('utf8')).toContain('## Managementsamenvatting');
  for (const number of summaryNumbers(map, 'nl')) expect(normalise(dutch.bytes.toString('utf8'))).toContain(number);
});

test('images of the current and the future state export as PNG and SVG', async ({ page, appUrl }) => {
  const map = fixture('inkomende-facturen');
  await openTemplate(page, appUrl, 'inkomende-facturen');
  await page.locator('[data-command="file.exportPlan"]').click();
  await passPlanChecklist(page);
  await page.getByTestId('export-image-instead').click();
  const dialog = page.getByTestId('export-image-dialog');
  await expect(dialog).toBeVisible();
  await dialog.screenshot({ path: resolve(screenshots, 'export-image-dialog.png') });

  const exportImage = async (state: RegExp, format: RegExp) => {
    await dialog.getByRole('radio', { name: state }).check();
    await dialog.getByRole('radio', { name: format }).check();
    const download = page.waitForEvent('download', { timeout: 20_000 });
    await page.getByTestId('export-image-submit').click();
    const file = await download;
    return { name: file.suggestedFilename(), bytes: await bytesOf(file) };
  };

  const svg = await exportImage(/Huidige situatie/, /SVG/);
  expect(svg.name).toMatch(/\.svg$/);
  const svgText = svg.bytes.toString('utf8');
  expect(svgText).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  // Lane names wrap onto lines (one <tspan> each): every word is drawn as text.
  const drawnText = [...svgText.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((match) => match[1]).join(' ');
  for (const lane of map.lanes) for (const word of lane.name.split(/\s+/)) expect(drawnText.includes(word.replace(/&/g, '&amp;')), word).toBe(true);
  expect(svgText).not.toMatch(/<script|onload=/i);

  const png = await exportImage(/Toekomstige situatie/, /PNG/);
  expect(png.name).toMatch(/\.png$/);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const widthPx = png.bytes.readUInt32BE(16);
  const heightPx = png.bytes.readUInt32BE(20);
  // Twice the drawing's size for print: the whole map is well over 1,000 px wide.
  expect(widthPx).toBeGreaterThan(2000);
  expect(heightPx).toBeGreaterThan(600);
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(resolve(artifacts, png.name), png.bytes);
  writeFileSync(resolve(artifacts, svg.name), svg.bytes);
  await screenshot(page, 'export-image-done');
});
