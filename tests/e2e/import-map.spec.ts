import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { expect, screenshot, test } from '../helpers/e2e';
import { passPlanChecklist, saveByDownload } from '../helpers/editorPage';

const ROOT = join(import.meta.dirname, '../..');

async function chooseFile(page: Page, name: string, mimeType: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.locator('[data-command="file.importMap"]').click();
  const path = name.endsWith('.bpmn') ? join(ROOT, 'fixtures/bpmn', name) : join(ROOT, 'fixtures/steplists', name);
  await (await chooser).setFiles({ name, mimeType, buffer: readFileSync(path) });
}

async function text(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

test.describe('Import… and Map as file (issue 15)', () => {
  test.use({ locale: 'en-GB' });

  test('a BPMN file and an .xlsx step list through the preview and the report; the map exported as BPMN draws in bpmn-js', async ({ page, appUrl }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    await saveByDownload(page);
    await page.goto(appUrl);

    // BPMN from Camunda Modeler: preview with the drawing, then the report after the map opened.
    await chooseFile(page, 'camunda-invoice-v2.bpmn', 'application/xml');
    const dialog = page.getByTestId('import-map-dialog');
    await expect(dialog).toContainText('Read as: BPMN 2.0 process model');
    await expect(dialog).toContainText('Will create a new map with');
    await screenshot(page, 'import-bpmn-preview');
    await dialog.getByRole('button', { name: 'Import as new map' }).click();
    const report = page.getByTestId('message-dialog');
    await expect(report).toContainText('Import report');
    await expect(report).toContainText(/Read \d+ roles, \d+ steps and \d+ arrows\./);
    await screenshot(page, 'import-bpmn-report');
    await report.getByRole('button').first().click();
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    await screenshot(page, 'import-bpmn-map');

    // The English step list: how each column was understood, before anything is created.
    await chooseFile(page, 'travel-request-en.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const columns = dialog.getByTestId('import-columns');
    await expect(columns).toContainText('Wait time (days)');
    await expect(columns).toContainText('Wait time, a number without unit in working days');
    await expect(dialog.getByTestId('import-problems')).toContainText('Every row could be read.');
    await screenshot(page, 'import-steplist-preview');
    await dialog.getByRole('button', { name: 'Import as new map' }).click();
    await expect(report).toContainText('Read 3 roles, 6 steps and 5 arrows.');
    await report.getByRole('button').first().click();
    await expect(page.locator('.react-flow__node', { hasText: 'Book travel' })).toBeVisible();
    await screenshot(page, 'import-steplist-map');

    // Map as file → BPMN, drawn by bpmn-js.
    await page.locator('[data-command="file.exportPlan"]').click();
    await passPlanChecklist(page);
    await page.getByTestId('export-map-instead').click();
    const exportDialog = page.getByTestId('export-map-dialog');
    await expect(exportDialog).toBeVisible();
    const download = page.waitForEvent('download', { timeout: 20_000 });
    await exportDialog.getByRole('button', { name: 'Save…' }).click();
    const xml = await text(await download);
    expect(xml).toContain('Book travel');
    await expect(exportDialog.getByRole('status')).toContainText('.bpmn');
    await screenshot(page, 'export-map-dialog');

    const viewer = await page.context().newPage();
    await viewer.setViewportSize({ width: 1280, height: 700 });
    await viewer.setContent('<!doctype html><html><body style="margin:0"><div id="canvas" style="width:1280px;height:700px"></div></body></html>');
    await viewer.addScriptTag({ path: join(ROOT, 'node_modules/bpmn-js/dist/bpmn-viewer.production.min.js') });
    await viewer.addStyleTag({ path: join(ROOT, 'node_modules/bpmn-js/dist/assets/bpmn-js.css') });
    const warnings = await viewer.evaluate(async (source) => {
      const Viewer = (window as unknown as { BpmnJS: new (options: { container: string }) => { importXML(xml: string): Promise<{ warnings: unknown[] }>; get(name: string): { zoom(mode: string): void } } }).BpmnJS;
      const bpmn = new Viewer({ container: '#canvas' });
      const result = await bpmn.importXML(source);
      bpmn.get('canvas').zoom('fit-viewport');
      return result.warnings.map(String);
    }, xml);
    expect(warnings).toEqual([]);
    // Start, four steps and the end; three lanes and the pool.
    await expect(viewer.locator('.djs-shape[data-element-id]:not([data-element-id$="_label"])')).toHaveCount(6 + 3 + 1);
    await viewer.screenshot({ path: join(ROOT, 'artifacts/screenshots/import-steplist-bpmn-in-bpmn-js.png') });
  });
});
