import type { Page } from '@playwright/test';
import { generateEventLog } from '../../shared/discovery/generator/generateEventLog';
import { writeCsv } from '../../shared/discovery/generator/writeLog';
import { expect, screenshot, test } from '../helpers/e2e';

/** A CSV log made by the repository's generator (never the sample logs): known parameters, semicolons. */
function generatedLog(cases: number, seed: number, firstDay: string): Buffer {
  return Buffer.from([...writeCsv(generateEventLog({ cases, seed, firstDay }), 'lifecycle', ';')].join(''), 'utf8');
}

async function chooseLog(page: Page, open: () => Promise<void>, name: string, content: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await open();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: content });
}

test.describe('discovery: an event log becomes the current state, and a second log is the follow-up', () => {
  test.use({ locale: 'en-GB' });

  test('load, map columns, read the statistics, make the map, compare a second log', async ({ page, appUrl }) => {
    test.setTimeout(120_000);
    await page.goto(appUrl);
    await chooseLog(page, () => page.locator('[data-command="file.importEventLog"]').click(), 'invoices-2025.csv', generatedLog(150, 11, '2025-02-03'));

    // Columns guessed from the pm4py headers, shown with sample values; the lane is changed to the role column.
    const dialog = page.getByTestId('discovery-dialog');
    await expect(dialog.getByTestId('column-mapping')).toBeVisible();
    await expect(dialog.getByTestId('mapping-case')).toHaveValue('case:concept:name');
    await expect(dialog.getByTestId('mapping-activity')).toHaveValue('concept:name');
    await expect(dialog.getByTestId('mapping-lifecycle')).toHaveValue('lifecycle:transition');
    await expect(dialog.getByTestId('column-samples')).toContainText('Factuur registreren');
    await dialog.getByTestId('mapping-lane').selectOption('org:role');
    await screenshot(page, 'discovery-columns');
    await dialog.getByTestId('discovery-read').click();

    // Statistics before the map, of all 150 cases; a filter changes the counts live.
    await expect(dialog.getByTestId('statistic-cases')).toContainText('150');
    await expect(dialog.getByTestId('dropped-none')).toBeVisible();
    await expect(dialog.getByTestId('top-variants')).toContainText('Factuur registreren → Factuur controleren');
    const activitiesBefore = await dialog.getByTestId('statistic-activities').textContent();
    expect(activitiesBefore).toContain('7');
    // Rejections happen in about 10 % of the cases: leaving out activities below 15 % drops them.
    await dialog.getByTestId('setting-min-activity-share').fill('15');
    await expect(dialog.getByTestId('dropped')).toContainText('Afwijzen');
    await expect(dialog.getByTestId('statistic-activities')).not.toHaveText(activitiesBefore ?? '');
    await dialog.getByTestId('setting-min-activity-share').fill('0');
    await expect(dialog.getByTestId('dropped-none')).toBeVisible();
    await dialog.getByTestId('setting-hours-per-day').fill('7,5');
    await expect(dialog.getByTestId('statistic-mean')).toContainText('working days');
    await screenshot(page, 'discovery-statistics');

    // The map, checked against the simulation with the measured variability.
    await dialog.getByTestId('discovery-make').click();
    await expect(dialog.getByTestId('simulation-check')).toBeVisible({ timeout: 60_000 });
    await expect(dialog.getByTestId('check-p50-measured')).toContainText('working days');
    await expect(dialog.getByTestId('check-p50-simulated')).toContainText('working days');
    await screenshot(page, 'discovery-check');
    await dialog.getByTestId('discovery-show-map').click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('.react-flow__node', { hasText: 'Factuur controleren' })).toBeVisible();
    await expect(page.locator('.react-flow__node', { hasText: 'Betalen' })).toBeVisible();
    await screenshot(page, 'discovery-map');
    // Close up, each step shows how many instances it was measured on.
    const check = page.locator('.react-flow__node', { hasText: 'Factuur controleren' });
    for (let attempt = 0; attempt < 12 && (await page.getByTestId('step-measured').count()) === 0; attempt += 1) {
      const box = await check.boundingBox();
      if (!box) break;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, -120);
      await expect(check).toBeVisible();
    }
    await expect(check.getByTestId('step-measured')).toHaveText(/^\d+×$/);
    await screenshot(page, 'discovery-map-close-up');

    // The follow-up: a second log, compared with the future state and the first log.
    await page.getByTestId('state-tab-comparison').click();
    await expect(page.getByTestId('follow-up')).toBeVisible();
    await chooseLog(page, () => page.getByTestId('follow-up-load').click(), 'invoices-after.csv', generatedLog(80, 12, '2025-09-01'));
    await expect(dialog.getByTestId('column-mapping')).toBeVisible();
    await dialog.getByTestId('discovery-read').click();
    await expect(dialog.getByTestId('statistic-cases')).toContainText('80');
    await dialog.getByTestId('discovery-make').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('follow-up-over')).toContainText('80 cases');
    await expect(page.getByTestId('follow-up-leadTime-measured')).toContainText('working days');
    await expect(page.getByTestId('follow-up-leadTime-before')).toContainText('working days');
    await expect(page.getByTestId('follow-up-leadTime-expected')).toContainText('working days');
    await page.getByTestId('follow-up').scrollIntoViewIfNeeded();
    await screenshot(page, 'discovery-follow-up');
  });
});
