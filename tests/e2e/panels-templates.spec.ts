import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyseMap } from '../../shared/analysis/analyseMap';
import { formatDuration, formatPercent } from '../../shared/i18n/format';
import { parseMap } from '../../shared/model/parse';
import { expect, screenshot, test } from '../helpers/e2e';

const FIXTURE_DIRECTORY = resolve(import.meta.dirname, '..', '..', 'fixtures', 'maps');
/** The examples the Dutch screen offers: each template exists in Dutch and in English. */
const templateIds = readdirSync(FIXTURE_DIRECTORY)
  .filter((name) => name.endsWith('.stroomlijn'))
  .filter((name) => (JSON.parse(readFileSync(resolve(FIXTURE_DIRECTORY, name), 'utf8')) as { meta: { language: string } }).meta.language === 'nl')
  .map((name) => name.replace(/\.stroomlijn$/, ''));

test.describe('new map from a template', () => {
  test.beforeEach(async ({ page, appUrl }) => {
    await page.goto(appUrl);
    await expect(page.getByTestId('metrics-bar')).toBeVisible();
  });

  test('lists every example with a preview, facts and the empty map', async ({ page }) => {
    await page.locator('[data-command="file.newFromTemplate"]').click();
    const dialog = page.getByTestId('templates-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { name: 'Nieuwe kaart' })).toBeVisible();
    await expect(dialog.getByTestId('template-empty').getByRole('img')).toBeVisible();
    for (const id of templateIds) {
      const card = dialog.getByTestId(`template-${id}`);
      const parsed = parseMap(readFileSync(resolve(FIXTURE_DIRECTORY, `${id}.stroomlijn`), 'utf8'));
      if (!parsed.ok) throw new Error(`${id} does not parse`);
      const { map } = parsed;
      await expect(card).toContainText(map.meta.title);
      await expect(card).toContainText(`${map.lanes.length} rollen`);
      await expect(card).toContainText(map.meta.language === 'nl' ? 'Nederlands' : 'Engels');
      const preview = card.getByRole('img', { name: `Voorbeeld van ${map.meta.title}` });
      await expect(preview).toBeVisible();
      // One box per step and one line per flow: the preview is drawn from the document.
      await expect(preview.locator('path')).toHaveCount(map.flows.length);
      await expect(preview.locator(':scope > rect, :scope > polygon')).toHaveCount(map.steps.length);
    }
    await screenshot(page, 'panels-templates-dialog');

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('choosing a template opens it, with the figures of its analysis', async ({ page }) => {
    const parsed = parseMap(readFileSync(resolve(FIXTURE_DIRECTORY, 'inkomende-facturen.stroomlijn'), 'utf8'));
    if (!parsed.ok) throw new Error('inkomende-facturen does not parse');
    const metrics = analyseMap(parsed.map).metrics;
    if (!metrics) throw new Error('inkomende-facturen has no metrics');

    await page.locator('[data-command="file.newFromTemplate"]').click();
    await page.getByTestId('template-inkomende-facturen').click();
    await expect(page.getByTestId('templates-dialog')).toBeHidden();
    await expect(page.getByTestId('field-title').getByRole('textbox')).toHaveValue(parsed.map.meta.title);
    const hoursPerDay = parsed.map.settings.hoursPerDay;
    await expect(page.getByTestId('metric-leadTime')).toHaveText(formatDuration(metrics.leadTimeMinutes, hoursPerDay, 'nl'));
    await expect(page.getByTestId('metric-processTime')).toHaveText(formatDuration(metrics.processTimeMinutes, hoursPerDay, 'nl'));
    await expect(page.getByTestId('metric-rolledCompleteAccurate')).toHaveText(formatPercent(metrics.rolledCompleteAccurate, 'nl'));
    await expect(page.getByTestId('timeline-ladder').getByRole('listitem').first()).toBeVisible();
    await screenshot(page, 'panels-template-opened');
  });

  test('the empty map starts without figures to speak of', async ({ page }) => {
    await page.locator('[data-command="file.newFromTemplate"]').click();
    await page.getByTestId('template-empty').click();
    await expect(page.getByTestId('templates-dialog')).toBeHidden();
    await expect(page.getByTestId('metric-leadTime')).toHaveText('0 minuten');
    await expect(page.getByTestId('timeline-ladder')).toContainText('Nog geen tijden');
  });
});
