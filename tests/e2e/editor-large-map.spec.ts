import { analyseMap } from '../../shared/analysis/analyseMap';
import { formatDuration, formatNumber } from '../../shared/i18n/format';
import { serializeMap } from '../../shared/model/serialize';
import { generateMap } from '../bench/generateMap';
import { expect, test } from '../helpers/e2e';
import { openEditor, saveByDownload } from '../helpers/editorPage';

/**
 * A map of 2,100 steps is analysed in the Web Worker (from 2,000 steps on): the figures arrive
 * under the strict CSP, equal to the analysis run here, and edits keep them current.
 */
test('a large map is analysed in the worker and its figures stay current', async ({ page, appUrl }) => {
  test.setTimeout(90_000);
  const map = generateMap({ stepCount: 2_100 });
  const analysis = analyseMap(map);
  if (!analysis.metrics) throw new Error('the generated map must have metrics');
  const { hoursPerDay } = map.settings;

  const workerUrls: string[] = [];
  page.on('worker', (worker) => workerUrls.push(worker.url()));
  await saveByDownload(page);
  await openEditor(page, appUrl);
  expect(workerUrls.filter((url) => url.includes('analysis.worker')), 'small maps are analysed in the page').toEqual([]);
  const chooser = page.waitForEvent('filechooser');
  await page.locator('[data-command="file.open"]').click();
  await (await chooser).setFiles({ name: 'groot.stroomlijn', mimeType: 'application/json', buffer: Buffer.from(serializeMap(map)) });

  await expect(page.getByTestId('document-name')).toHaveText('groot', { timeout: 30_000 });
  await expect(page.getByTestId('metric-leadTime')).toHaveText(formatDuration(analysis.metrics.leadTimeMinutes, hoursPerDay, 'nl'), { timeout: 30_000 });
  await expect(page.getByTestId('metric-handoffs')).toHaveText(formatNumber(analysis.metrics.handoffsPerCase, 'nl', 1));
  await expect(page.getByTestId('metrics-bar')).toHaveAttribute('aria-busy', 'false');
  expect(workerUrls.filter((url) => url.includes('analysis.worker'))).toHaveLength(1);

  // Twice the demand: the annual hours double, through the worker again.
  await page.keyboard.press('Escape');
  const cases = page.getByTestId('field-casesPerYear').locator('input');
  await cases.fill(String(map.settings.casesPerYear * 2));
  await cases.press('Tab');
  const doubled = formatNumber(analysis.metrics.annualEffortHours * 2, 'nl', 0);
  await expect(page.getByTestId('metric-annualHours')).toHaveText(`${doubled} uur`, { timeout: 30_000 });
});
