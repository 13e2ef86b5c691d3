import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Metrics } from '../../shared/analysis/types';
import { formatCurrency, formatDuration, formatNumber, formatPercent } from '../../shared/i18n/format';
import { expect, screenshot, test } from '../helpers/e2e';
import { openEditor, waitForStillViewport } from '../helpers/editorPage';

const projectRoot = resolve(import.meta.dirname, '..', '..');
const templateFiles = readdirSync(resolve(projectRoot, 'fixtures/maps'))
  .filter((name) => name.endsWith('.stroomlijn'))
  .sort();

/** The command line's analysis of a map file (domain.md section 6), run as a facilitator would. */
function analyseWithCli(file: string): Metrics {
  const output = execFileSync('npm', ['run', '-s', 'analyze', '--', `fixtures/maps/${file}`, '--json'], { cwd: projectRoot, encoding: 'utf8' });
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
    annualHours: `${formatNumber(metrics.annualEffortHours, 'nl', 0)} u`,
    annualCost: formatCurrency(metrics.annualCost, currency, 'nl'),
  };
}

test('there are templates to test', () => {
  expect(templateFiles.length).toBeGreaterThanOrEqual(6);
});

for (const file of templateFiles) {
  const templateId = file.replace(/\.stroomlijn$/, '');

  test(`template ${templateId} opens with the same metrics as the command line`, async ({ page, appUrl }) => {
    const document = JSON.parse(readFileSync(resolve(projectRoot, 'fixtures/maps', file), 'utf8')) as {
      meta: { title: string };
      settings: { hoursPerDay: number; currency: string };
    };
    const metrics = analyseWithCli(file);

    await openEditor(page, appUrl);
    await page.locator('[data-command="file.newFromTemplate"]').click();
    await expect(page.getByTestId('templates-dialog')).toBeVisible();
    await page.getByTestId(`template-${templateId}`).click();
    await expect(page.getByTestId('templates-dialog')).toBeHidden();
    await expect(page.getByTestId('document-name')).toHaveText(document.meta.title);

    const expected = expectedBarTexts(metrics, document.settings.hoursPerDay, document.settings.currency);
    for (const [id, text] of Object.entries(expected)) {
      await expect(page.getByTestId(`metric-${id}`), id).toHaveText(text);
    }
    await expect(page.getByTestId('metric-pce')).toContainText(formatPercent(metrics.processCycleEfficiency, 'nl', 1));
    // A template is a new document: nothing to save yet, nothing to undo.
    await expect(page.getByTestId('unsaved-marker')).toHaveCount(0);
    await expect(page.locator('[data-command="edit.undo"]')).toBeDisabled();

    await waitForStillViewport(page);
    await screenshot(page, `template-${templateId}`);
  });
}
