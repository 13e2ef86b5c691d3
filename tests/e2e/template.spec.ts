import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Metrics } from '../../shared/analysis/types';
import { runAnalyze } from '../../shared/cli/runAnalyze';
import { formatCurrency, formatDuration, formatNumber, formatPercent } from '../../shared/i18n/format';
import { expect, screenshot, test } from '../helpers/e2e';
import { openEditor, waitForStillViewport } from '../helpers/editorPage';

const projectRoot = resolve(import.meta.dirname, '..', '..');
const mapFiles = readdirSync(resolve(projectRoot, 'fixtures/maps'))
  .filter((name) => name.endsWith('.stroomlijn'))
  .sort();
const languageOf = (file: string): string => (JSON.parse(readFileSync(resolve(projectRoot, 'fixtures/maps', file), 'utf8')) as { meta: { language: string } }).meta.language;
/** The templates the Dutch UI offers: every example exists in both languages, each test opens the Dutch one. */
const templateFiles = mapFiles.filter((file) => languageOf(file) === 'nl');

/**
 * The command line's analysis of a map file (domain.md section 6): runAnalyze is what
 * `stroomlijn analyze <file> --json` runs, here in this process rather than a spawned npm
 * and tsx per template (two seconds of CPU each); tests/unit/cli.test.ts covers the entry.
 */
async function analyseWithCli(file: string): Promise<Metrics> {
  let output = '';
  const exitCode = await runAnalyze([resolve(projectRoot, 'fixtures/maps', file), '--json'], {
    stdout: (text) => (output += text),
    stderr: (text) => {
      throw new Error(`analyze wrote to stderr: ${text}`);
    },
  });
  expect(exitCode).toBe(0);
  return (JSON.parse(output) as { metrics: Metrics }).metrics;
}

/** The metrics bar's texts for these metrics, formatted as the bar formats them in the Dutch UI. */
function expectedBarTexts(metrics: Metrics, hoursPerDay: number, currency: string): Record<string, string> {
  return {
    leadTime: formatDuration(metrics.leadTimeMinutes, hoursPerDay, 'nl'),
    processTime: formatDuration(metrics.processTimeMinutes, hoursPerDay, 'nl'),
    activityRatio: formatPercent(metrics.activityRatio, 'nl', 1),
    handoffs: formatNumber(metrics.handoffsPerCase, 'nl', 1),
    rolledCompleteAccurate: formatPercent(metrics.rolledCompleteAccurate, 'nl', 0),
    annualHours: `${formatNumber(metrics.annualEffortHours, 'nl', 0)} uur`,
    annualCost: formatCurrency(metrics.annualCost, currency, 'nl'),
  };
}

test('there are templates to test', () => {
  expect(templateFiles.length).toBeGreaterThanOrEqual(6);
});

test('the templates dialog offers the examples in the language of the screen', async ({ page, appUrl }) => {
  const englishIds = mapFiles.filter((file) => languageOf(file) === 'en').map((file) => `template-${file.replace(/\.stroomlijn$/, '')}`);
  await openEditor(page, appUrl);
  await page.locator('[data-command="file.newFromTemplate"]').click();
  const cards = page.getByTestId('templates-dialog').locator('[data-testid^="template-"]:not([data-testid="template-empty"])');
  await expect(cards).toHaveCount(templateFiles.length);
  await page.keyboard.press('Escape');
  await page.locator('[data-language="en"]').click();
  await page.locator('[data-command="file.newFromTemplate"]').click();
  await expect(cards).toHaveCount(englishIds.length);
  expect((await cards.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-testid')))).sort()).toEqual(englishIds.sort());
});

/**
 * One page opens every template in turn (a template is a new, unsaved-free document, so the
 * next one replaces it without a question): one app start instead of six.
 */
test('every template opens with the same metrics as the command line', async ({ page, appUrl }) => {
  test.setTimeout(120_000);
  await openEditor(page, appUrl);
  for (const file of templateFiles) {
    const templateId = file.replace(/\.stroomlijn$/, '');
    await test.step(templateId, async () => {
      const document = JSON.parse(readFileSync(resolve(projectRoot, 'fixtures/maps', file), 'utf8')) as {
        meta: { title: string };
        settings: { hoursPerDay: number; currency: string };
      };
      const metrics = await analyseWithCli(file);

      await page.locator('[data-command="file.newFromTemplate"]').click();
      await expect(page.getByTestId('templates-dialog')).toBeVisible();
      await page.getByTestId(`template-${templateId}`).click();
      await expect(page.getByTestId('templates-dialog')).toBeHidden();
      await expect(page.getByTestId('document-name')).toHaveText(document.meta.title);

      const expected = expectedBarTexts(metrics, document.settings.hoursPerDay, document.settings.currency);
      for (const [id, text] of Object.entries(expected)) {
        await expect(page.getByTestId(`metric-${id}`), `${templateId}: ${id}`).toHaveText(text);
      }
      await expect(page.getByTestId('metric-pce')).toContainText(formatPercent(metrics.processCycleEfficiency, 'nl', 1));
      // A template is a new document: nothing to save yet, nothing to undo.
      await expect(page.getByTestId('unsaved-marker')).toHaveCount(0);
      await expect(page.locator('[data-command="edit.undo"]')).toBeDisabled();

      await waitForStillViewport(page);
      await screenshot(page, `template-${templateId}`);
    });
  }
});
