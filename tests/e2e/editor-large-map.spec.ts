import { analyseMap } from '../../shared/analysis/analyseMap';
import { formatDuration, formatNumber } from '../../shared/i18n/format';
import { serializeMap } from '../../shared/model/serialize';
import { generateMap } from '../bench/generateMap';
import { expect, screenshot, test } from '../helpers/e2e';
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

/**
 * A 1,000-step map: the timeline ladder draws only the columns in view (the rest is reached
 * with its scrollbar, which shows), a step selected far along the path is scrolled into view,
 * and the actions panel's suggestions come from the insight service.
 */
test('the timeline ladder of a 1,000-step map is virtualised, scrolls and follows the selection', async ({ page, appUrl }) => {
  test.setTimeout(90_000);
  const map = generateMap({ stepCount: 1_000 });
  await page.goto(`${appUrl}?test`);
  await page.waitForFunction(() => window.__stroomlijnTest !== undefined);
  await page.evaluate((text) => window.__stroomlijnTest?.loadMap(text), JSON.stringify(map));
  const ladder = page.getByTestId('timeline-ladder');
  await expect(ladder.locator('[data-testid^="timeline-segment-"]').first()).toBeVisible({ timeout: 30_000 });
  const drawn = await ladder.locator('li').count();
  expect(drawn, 'only the columns near the view are in the DOM').toBeLessThan(60);
  const scroller = ladder.locator('.sl-ladder__scroller');
  const { scrollWidth, clientWidth } = await scroller.evaluate((element: HTMLElement) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
  expect(scrollWidth, 'the track is as wide as the whole path').toBeGreaterThan(clientWidth * 20);
  // Headless Chromium hides scrollbars; what cut the bar off was the ladder squeezed below its content.
  const [ladderBox, scrollerBox] = await Promise.all([ladder.boundingBox(), scroller.boundingBox()]);
  expect((scrollerBox?.y ?? 0) + (scrollerBox?.height ?? 0)).toBeLessThanOrEqual((ladderBox?.y ?? 0) + (ladderBox?.height ?? 0) + 0.5);
  expect((ladderBox?.y ?? 0) + (ladderBox?.height ?? 0)).toBeLessThanOrEqual(800 + 0.5);
  await screenshot(page, 'large-map-1000-canvas-ladder');

  // Scrolled to the far end: the last columns are drawn there, and a click selects the step.
  await scroller.evaluate((element) => {
    element.scrollLeft = element.scrollWidth;
  });
  const lastColumn = ladder.locator('li').last();
  await expect(lastColumn).toBeInViewport();
  const lastStepId = await lastColumn.getAttribute('data-step-id');
  expect(lastStepId).not.toBeNull();
  await lastColumn.getByRole('button').click();
  await expect.poll(() => page.evaluate(() => window.__stroomlijnTest?.getSession().selection.stepIds)).toEqual([lastStepId]);
  await screenshot(page, 'large-map-1000-ladder-scrolled');

  await page.getByTestId('aside-tab-actions').click();
  await expect(page.getByTestId('suggestion').first()).toBeVisible({ timeout: 30_000 });
  expect(await page.getByTestId('suggestion').count()).toBeLessThanOrEqual(50);
  await screenshot(page, 'large-map-1000-actions');
});
