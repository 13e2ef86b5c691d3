import type { Page } from '@playwright/test';
import { appNl } from '../../renderer/base/i18n/locales/app';
import { compareStates } from '../../shared/improve/comparison';
import { formatCurrency, formatNumber } from '../../shared/i18n/format';
import { parseMap } from '../../shared/model/parse';
import type { ProcessMap } from '../../shared/model/types';
import { expect, screenshot, test } from '../helpers/e2e';
import { node, openEditor, saveByDownload, savedDocument, waitForStillViewport } from '../helpers/editorPage';

/** The three suggestions of the invoice template whose figures shared/improve/invoiceFixture.test.ts computes by hand. */
const ACCEPTED = [
  'suggestion:extra-processing:typed-twice:s3+s7:drop-double-entry',
  'suggestion:extra-processing:many-checks:s4+s5:mandate:s5',
  'suggestion:inventory:batch:s8:daily',
];

async function openInvoiceTemplate(page: Page): Promise<void> {
  await page.locator('[data-command="file.newFromTemplate"]').click();
  await page.getByTestId('template-inkomende-facturen').click();
  await expect(page.getByTestId('templates-dialog')).toBeHidden();
}

/** The document as Save writes it, opened through the app's own load pipeline. */
async function documentOfPage(page: Page): Promise<ProcessMap> {
  const saved = (await savedDocument(page)) as { meta: Record<string, unknown> };
  saved.meta.updatedAt = saved.meta.createdAt;
  const parsed = parseMap(JSON.stringify(saved));
  if (!parsed.ok) throw new Error(`the saved document does not open: ${JSON.stringify(parsed.problems)}`);
  return parsed.map;
}

test('invoice template: findings → accept three suggestions → future state, comparison and PICK chart', async ({ page, appUrl }) => {
  // A long walk through four views: past 30 s on a loaded two-core machine.
  test.setTimeout(90_000);
  await saveByDownload(page);
  await openEditor(page, appUrl);
  await openInvoiceTemplate(page);

  // The findings of the current state are there to read.
  await page.getByTestId('aside-tab-findings').click();
  await expect(page.getByTestId('finding-card').first()).toBeVisible();

  await page.getByTestId('aside-tab-actions').click();
  const panel = page.getByTestId('actions-panel');
  await expect(panel.getByTestId('suggestion').first()).toBeVisible();
  for (const id of ACCEPTED) {
    await panel.locator(`[data-suggestion-id="${id}"]`).getByTestId('suggestion-accept').click();
    await expect(panel.locator(`[data-action-id="${id}"]`)).toBeVisible();
  }
  await expect(panel.getByTestId('action-card')).toHaveCount(3);
  // An accepted suggestion is not suggested again, and shows what it saves.
  await expect(panel.locator(`[data-suggestion-id="${ACCEPTED[0]}"]`)).toHaveCount(0);
  await expect(panel.getByTestId('action-card').first().getByTestId('saving-line')).toContainText('282 uur werk per jaar');
  await page.locator('.sl-workspace__inspector').evaluate((aside) => aside.scrollTo(0, 0));
  await screenshot(page, 'improve-actions-panel');

  // The future tab shows the state the accepted actions make; editing it by hand stores it.
  await page.getByTestId('state-tab-future').click();
  await expect(page.getByTestId('future-preview')).toContainText('3 aangenomen acties');
  await page.getByTestId('future-edit-by-hand').click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(node(page, 'Manager tekent factuur af')).toBeVisible();
  await expect(page.locator('.react-flow__node').filter({ hasText: 'Factuur registreren in de Excel-lijst' })).toHaveCount(0);
  await expect(page.getByTestId('kaizen-action').first()).toBeVisible();
  await waitForStillViewport(page);
  await screenshot(page, 'improve-future-state');

  const map = await documentOfPage(page);
  expect(map.actions.map((action) => action.id)).toEqual(ACCEPTED);
  expect(map.future).not.toBeNull();
  const comparison = compareStates(map);
  const current = comparison.current.metrics;
  const future = comparison.future.metrics;
  if (!current || !future || !comparison.totalSaving) throw new Error('the invoice template must be analysable');

  await page.getByTestId('state-tab-comparison').click();
  const view = page.getByTestId('comparison-view');
  const workingDays = (minutes: number): string => `${formatNumber(minutes / 480, 'nl', 1)} werkdagen`;
  const hours = (value: number): string => `${formatNumber(value, 'nl', 0)} uur`;
  const euros = (value: number): string => formatCurrency(value, 'EUR', 'nl');
  await expect(view.getByTestId('comparison-leadTimeMinutes-current')).toHaveText(workingDays(current.leadTimeMinutes));
  await expect(view.getByTestId('comparison-leadTimeMinutes-future')).toHaveText(workingDays(future.leadTimeMinutes));
  await expect(view.getByTestId('comparison-annualEffortHours-current')).toHaveText(hours(current.annualEffortHours));
  await expect(view.getByTestId('comparison-annualEffortHours-future')).toHaveText(hours(future.annualEffortHours));
  await expect(view.getByTestId('comparison-annualCost-current')).toHaveText(euros(current.annualCost));
  await expect(view.getByTestId('comparison-annualCost-future')).toHaveText(euros(future.annualCost));
  await expect(view.getByTestId('comparison-total-hours')).toHaveText(hours(comparison.totalSaving.hoursPerYear));
  await expect(view.getByTestId('comparison-total-cost')).toHaveText(euros(comparison.totalSaving.costPerYear));
  await expect(view.getByTestId('comparison-total-lead-time')).toHaveText(formatNumber(comparison.totalSaving.leadTimeWorkingDays, 'nl', 1));
  // The hand calculation of shared/improve/invoiceFixture.test.ts: 10,1 → 4,6 working days, 1.482 → 1.200 h.
  await expect(view.getByTestId('comparison-leadTimeMinutes-current')).toHaveText('10,1 werkdagen');
  await expect(view.getByTestId('comparison-leadTimeMinutes-future')).toHaveText('4,6 werkdagen');
  await expect(view.getByTestId('comparison-annualEffortHours-future')).toHaveText('1.200 uur');
  await expect(view.getByTestId('comparison-action')).toHaveCount(3);
  await screenshot(page, 'improve-comparison');
  await view.getByTestId('comparison-actions').scrollIntoViewIfNeeded();
  await screenshot(page, 'improve-comparison-savings');

  // PICK chart: drag the daily payment run (low effort) to high effort.
  await page.getByTestId('state-tab-pick').click();
  const dot = page.locator(`[data-testid="pick-dot"][data-action-id="${ACCEPTED[2]}"]`);
  await expect(dot).toHaveAttribute('data-effort', 'low');
  await expect(page.locator(`[data-testid="pick-dot"][data-action-id="${ACCEPTED[0]}"]`)).toHaveAttribute('data-quadrant', 'implement');
  const circle = dot.locator('circle');
  const box = await circle.boundingBox();
  const chart = await page.locator('.sl-pick__svg').boundingBox();
  if (!box || !chart) throw new Error('the PICK chart is not drawn');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + chart.width * 0.35, box.y + box.height / 2, { steps: 8 });
  await page.mouse.move(chart.x + chart.width * 0.8, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(dot).toHaveAttribute('data-effort', 'high');
  // It saves two working days of waiting, 0.57 of the largest lead-time saving: a challenge.
  await expect(dot).toHaveAttribute('data-quadrant', 'challenge');
  await screenshot(page, 'improve-pick-chart');

  // A click opens the action in the actions panel; the drag is one undoable edit.
  await page.locator(`[data-testid="pick-dot"][data-action-id="${ACCEPTED[0]}"] circle`).click();
  await expect(page.getByTestId('action-editor')).toBeVisible();
  await expect(page.getByTestId('action-effort')).toHaveValue('low');
  await page.getByTestId('action-editor').getByRole('button', { name: 'Annuleren' }).click();
  await page.locator('[data-command="edit.undo"]').click();
  await expect(dot).toHaveAttribute('data-effort', 'low');

  // A hand edit of the future, then "Rebuild from actions" after a confirmation.
  await page.getByTestId('state-tab-future').click();
  await page.getByTestId('aside-tab-properties').click();
  await node(page, 'Manager tekent factuur af').click();
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node').filter({ hasText: 'Manager tekent factuur af' })).toHaveCount(0);
  await page.getByTestId('future-rebuild').click();
  await page.getByTestId('future-rebuild-confirm').click();
  await expect(node(page, 'Manager tekent factuur af')).toBeVisible();
  // The current state never changed.
  await page.getByTestId('state-tab-current').click();
  await expect(node(page, 'Factuur registreren in de Excel-lijst')).toBeVisible();
});

test('a new action of her own: owner, due date, effort, status and the findings it answers are saved', async ({ page, appUrl }) => {
  await saveByDownload(page);
  await openEditor(page, appUrl);
  await openInvoiceTemplate(page);
  await page.getByTestId('aside-tab-actions').click();
  await page.getByTestId('new-action').click();
  const editor = page.getByTestId('action-editor');
  await editor.getByTestId('action-save').click();
  await expect(editor).toContainText('Geef de actie een titel.');
  await editor.getByTestId('action-title').fill('Leveranciers vragen om e-facturen');
  await editor.getByTestId('action-description').fill('Alle leveranciers een brief sturen.');
  await editor.getByTestId('action-owner').fill('Marieke');
  await editor.getByTestId('action-due-date').fill('2027-03-01');
  await editor.getByTestId('action-effort').selectOption('high');
  await editor.getByTestId('action-status').selectOption('accepted');
  await editor.getByTestId('action-findings').locator('input[type="checkbox"]').first().check();
  await editor.getByTestId('action-save').click();
  await expect(page.getByTestId('action-card')).toHaveCount(1);
  await expect(page.getByTestId('action-card')).toContainText('Leveranciers vragen om e-facturen');

  // Editing a suggestion before accepting it keeps its effects.
  const suggestion = page.getByTestId('suggestion').first();
  const suggestionId = await suggestion.getAttribute('data-suggestion-id');
  await suggestion.getByTestId('suggestion-edit').click();
  await expect(editor.getByTestId('action-effects').locator('li').first()).toBeVisible();
  await editor.getByTestId('action-owner').fill('Ahmed');
  await editor.getByTestId('action-status').selectOption('accepted');
  await editor.getByTestId('action-save').click();
  await expect(page.getByTestId('action-card')).toHaveCount(2);

  const map = await documentOfPage(page);
  const [own, edited] = map.actions;
  expect(own).toMatchObject({ title: 'Leveranciers vragen om e-facturen', description: 'Alle leveranciers een brief sturen.', owner: 'Marieke', dueDate: '2027-03-01', effort: 'high', status: 'accepted', effects: [] });
  expect(own?.findingIds).toHaveLength(1);
  expect(edited).toMatchObject({ id: suggestionId, owner: 'Ahmed', status: 'accepted' });
  expect(edited?.effects.length).toBeGreaterThan(0);
});

/** The templates the Dutch UI offers (each also exists in English, offered in the English UI). */
const TEMPLATE_IDS = ['bestuursvergadering-voorbereiden', 'inkomende-facturen', 'inkomende-post-en-email', 'notulen', 'inwerken-nieuwe-collega', 'reisaanvraag'];

/**
 * One page goes through every template (the next template replaces the changed one after
 * "Niet opslaan"): one app start instead of six.
 */
test('every template: accept three suggestions and see the savings', async ({ page, appUrl }) => {
  test.setTimeout(180_000);
  await openEditor(page, appUrl);
  for (const templateId of TEMPLATE_IDS) {
    await test.step(templateId, async () => {
      await page.locator('[data-command="file.newFromTemplate"]').click();
      await page.getByTestId(`template-${templateId}`).click();
      // After the first, the previous template has accepted actions: replace it without saving.
      if (templateId !== TEMPLATE_IDS[0]) await page.getByTestId('confirm-discard-dialog').getByRole('button', { name: appNl.dialogs.dontSave }).click();
      await expect(page.getByTestId('templates-dialog')).toBeHidden();
      await page.getByTestId('aside-tab-actions').click();
      await expect(page.getByTestId('suggestion').first()).toBeVisible();
      // Some templates come with actions of their own.
      const before = await page.getByTestId('action-card').count();
      const appliedBefore = await page.locator('.sl-action-card--accepted, .sl-action-card--done').count();
      for (let accepted = 1; accepted <= 3; accepted += 1) {
        await page.getByTestId('suggestion').first().getByTestId('suggestion-accept').click();
        await expect(page.getByTestId('action-card'), templateId).toHaveCount(before + accepted);
      }
      await page.getByTestId('state-tab-comparison').click();
      await expect(page.getByTestId('comparison-metrics')).toBeVisible();
      await expect(page.getByTestId('comparison-action')).toHaveCount(before + 3);
      await expect(page.getByTestId('comparison-total-hours')).toHaveText(/\d/);
      await page.getByTestId('state-tab-future').click();
      await expect(page.getByTestId('future-preview'), templateId).toContainText(`${appliedBefore + 3} aangenomen acties`);
      await page.getByTestId('state-tab-current').click();
      await expect(page.getByTestId('unsaved-marker')).toHaveCount(1);
    });
  }
});
