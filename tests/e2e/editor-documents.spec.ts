import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { appNl } from '../../renderer/base/i18n/locales/app';
import { expect, screenshot, test } from '../helpers/e2e';
import { openEditor, savedDocument, saveByDownload, selectStep, setField } from '../helpers/editorPage';

const projectRoot = resolve(import.meta.dirname, '..', '..');

test.beforeEach(async ({ page, appUrl }) => {
  await saveByDownload(page);
  await openEditor(page, appUrl);
});

test('New asks before replacing unsaved changes: Cancel keeps them, Don’t save drops them', async ({ page }) => {
  await selectStep(page, 'Start');
  await setField(page, 'field-label', 'Post binnen');
  await expect(page.getByTestId('unsaved-marker')).toBeVisible();
  await expect(page).toHaveTitle('• Nieuwe kaart — Stroomlijn');

  await page.locator('[data-command="file.new"]').click();
  const dialog = page.getByTestId('confirm-discard-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(appNl.dialogs.confirmDiscardBody);
  await screenshot(page, 'dialog-confirm-discard');
  await dialog.getByRole('button', { name: appNl.dialogs.cancel }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.react-flow__node').filter({ hasText: 'Post binnen' })).toBeVisible();

  // Escape is Cancel too.
  await page.locator('[data-command="file.new"]').click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('.react-flow__node').filter({ hasText: 'Post binnen' })).toBeVisible();

  await page.locator('[data-command="file.new"]').click();
  await dialog.getByRole('button', { name: appNl.dialogs.dontSave }).click();
  await expect(page.locator('.react-flow__node').filter({ hasText: 'Post binnen' })).toHaveCount(0);
  await expect(page.getByTestId('unsaved-marker')).toHaveCount(0);
  await expect(page.locator('[data-command="edit.undo"]')).toBeDisabled();
});

test('Save in the dialog saves first, then replaces; the saved file reopens as it was', async ({ page }) => {
  await selectStep(page, 'Start');
  await setField(page, 'field-label', 'Verzoek ontvangen');
  const download = page.waitForEvent('download');
  await page.locator('[data-command="file.new"]').click();
  await page.getByTestId('confirm-discard-dialog').getByRole('button', { name: appNl.dialogs.save, exact: true }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('Nieuwe kaart.stroomlijn');
  const savedPath = await saved.path();
  await expect(page.locator('.react-flow__node').filter({ hasText: 'Verzoek ontvangen' })).toHaveCount(0);

  const chooser = page.waitForEvent('filechooser');
  await page.locator('[data-command="file.open"]').click();
  await (await chooser).setFiles({ name: saved.suggestedFilename(), mimeType: 'application/json', buffer: readFileSync(savedPath) });
  await expect(page.locator('.react-flow__node').filter({ hasText: 'Verzoek ontvangen' })).toBeVisible();
  await expect(page.getByTestId('document-name')).toHaveText('Nieuwe kaart');
  await expect(page.getByTestId('unsaved-marker')).toHaveCount(0);
});

test('Open refuses a broken file with the problems in the UI language and keeps the open map', async ({ page }) => {
  const before = await savedDocument(page);
  const chooser = page.waitForEvent('filechooser');
  await page.locator('[data-command="file.open"]').click();
  await (await chooser).setFiles({
    name: 'kapot.stroomlijn',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'stroomlijn-map', schemaVersion: 1, meta: { title: '' }, lanes: [], steps: [], flows: [] })),
  });
  const dialog = page.getByTestId('message-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(appNl.dialogs.openFailedTitle);
  await expect(dialog).toContainText('kapot.stroomlijn');
  await expect(dialog.locator('li').first()).toBeVisible();
  await screenshot(page, 'dialog-open-failed');
  await dialog.getByRole('button', { name: appNl.dialogs.close }).click();
  await expect(dialog).toBeHidden();
  expect(await savedDocument(page)).toEqual(before);
});

test('Open loads a valid map file and the window title names it', async ({ page }) => {
  const chooser = page.waitForEvent('filechooser');
  await page.locator('[data-command="file.open"]').click();
  await (await chooser).setFiles(resolve(projectRoot, 'fixtures/maps/inkomende-facturen.stroomlijn'));
  await expect(page.getByTestId('document-name')).toHaveText('inkomende-facturen');
  await expect(page).toHaveTitle('inkomende-facturen — Stroomlijn');
  const original = JSON.parse(readFileSync(resolve(projectRoot, 'fixtures/maps/inkomende-facturen.stroomlijn'), 'utf8')) as { steps: unknown[] };
  await expect(page.locator('.react-flow__node.react-flow__node-activity, .react-flow__node.react-flow__node-decision')).not.toHaveCount(0);
  const reopened = await savedDocument(page);
  expect(reopened.steps).toEqual(original.steps);
});

test('unsaved work survives a crash: the next start offers it and restores it unsaved', async ({ page, appUrl, context }) => {
  await selectStep(page, 'Start');
  await setField(page, 'field-label', 'Werk van vanochtend');
  // The recovery copy is written about a second after the last edit.
  await page.waitForTimeout(1800);
  await page.close({ runBeforeUnload: false });

  const next = await context.newPage();
  await next.goto(appUrl);
  const dialog = next.getByTestId('recovered-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Nieuwe kaart');
  await screenshot(next, 'dialog-recovered');
  await dialog.getByRole('button', { name: appNl.dialogs.restore }).click();
  await expect(dialog).toBeHidden();
  await expect(next.locator('.react-flow__node').filter({ hasText: 'Werk van vanochtend' })).toBeVisible();
  await expect(next.getByTestId('unsaved-marker')).toBeVisible();
});
