import { expect, screenshot, test } from '../helpers/e2e';
import { node, openEditor, waitForStillViewport } from '../helpers/editorPage';

/** The invoice template's "type it once" suggestion: it removes the step that retypes the invoice. */
const DROP_DOUBLE_ENTRY = 'suggestion:extra-processing:typed-twice:s3+s7:drop-double-entry';

test('future tab draws the future like the current state, with its own figures in the metrics bar', async ({ page, appUrl }) => {
  await openEditor(page, appUrl);
  await page.locator('[data-command="file.newFromTemplate"]').click();
  await page.getByTestId('template-inkomende-facturen').click();
  await expect(page.getByTestId('templates-dialog')).toBeHidden();
  const annualHours = page.getByTestId('metric-annualHours');
  await expect(annualHours).toBeVisible();
  const currentHours = await annualHours.innerText();

  await page.getByTestId('aside-tab-actions').click();
  await page.getByTestId('actions-panel').locator(`[data-suggestion-id="${DROP_DOUBLE_ENTRY}"]`).getByTestId('suggestion-accept').click();
  await page.getByTestId('state-tab-future').click();

  // The ordinary canvas, not a thumbnail: step names, lane names and the ladder, nothing stored yet.
  await expect(page.getByTestId('future-preview')).toBeVisible();
  await expect(node(page, 'Manager tekent factuur af')).toBeVisible();
  await expect(page.locator('.react-flow__node').filter({ hasText: 'Factuur registreren in de Excel-lijst' })).toHaveCount(0);
  await expect(page.locator('.lane-header__name').first()).not.toBeEmpty();
  await expect(annualHours).not.toHaveText(currentHours);
  await waitForStillViewport(page);
  await screenshot(page, 'future-tab-derived');

  // Back on the current tab the bar shows the current figures again.
  await page.getByTestId('state-tab-current').click();
  await expect(annualHours).toHaveText(currentHours);
});

test('deleting an action that discards hand edits asks in the app’s own dialog, not the browser’s', async ({ page, appUrl }) => {
  const browserDialogs: string[] = [];
  page.on('dialog', (dialog) => {
    browserDialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openEditor(page, appUrl);
  await page.locator('[data-command="file.newFromTemplate"]').click();
  await page.getByTestId('template-inkomende-facturen').click();
  await expect(page.getByTestId('templates-dialog')).toBeHidden();
  await page.getByTestId('aside-tab-actions').click();
  const panel = page.getByTestId('actions-panel');
  await panel.locator(`[data-suggestion-id="${DROP_DOUBLE_ENTRY}"]`).getByTestId('suggestion-accept').click();
  await expect(panel.getByTestId('action-card')).toHaveCount(1);

  // A hand edit of the future: delete a step on the future tab's canvas (this stores the future).
  await page.getByTestId('state-tab-future').click();
  await node(page, 'Papieren factuur archiveren').click();
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node').filter({ hasText: 'Papieren factuur archiveren' })).toHaveCount(0);
  await expect(page.getByTestId('future-preview')).toHaveCount(0);

  await page.getByTestId('aside-tab-actions').click();
  await panel.getByTestId('action-delete').click();
  const dialog = page.getByTestId('confirm-delete-action-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('met de hand');
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(panel.getByTestId('action-card')).toHaveCount(1);

  await panel.getByTestId('action-delete').click();
  await page.getByTestId('confirm-delete-action').click();
  await expect(panel.getByTestId('action-card')).toHaveCount(0);
  // The future was rebuilt from the remaining (no) actions: the hand-deleted step is back.
  await expect(node(page, 'Papieren factuur archiveren')).toBeVisible();
  expect(browserDialogs).toEqual([]);
});
