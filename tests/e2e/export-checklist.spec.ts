import { expect, screenshot, test } from '../helpers/e2e';
import { openEditor, saveByDownload } from '../helpers/editorPage';
import { currentMap } from './canvas-support';

/**
 * Issue 11 items 9 and 10: before the plan is exported, a checklist says what it still lacks
 * and takes the user to where each is filled in: the "why?" chain of a finding, the goal with
 * its targets (typed as the Dutch write numbers and dates). What was filled in reaches the plan.
 */
test('the export checklist leads to the causes and the goal, and the plan prints them', async ({ page, appUrl }) => {
  test.setTimeout(60_000);
  await saveByDownload(page);
  // ?test installs the hooks that read the document, to check what was stored.
  await openEditor(page, `${appUrl}?test`);
  await page.locator('[data-command="file.newFromTemplate"]').click();
  await page.getByTestId('template-inkomende-facturen').click();
  await expect(page.getByTestId('templates-dialog')).toBeHidden();

  await page.locator('[data-command="file.exportPlan"]').click();
  const checklist = page.getByTestId('plan-checklist-dialog');
  await expect(checklist).toBeVisible();
  // The template has a description but no goal and no causes yet.
  await expect(checklist.getByTestId('plan-gap')).toHaveCount(2);
  await expect(checklist.locator('[data-gap="goal"]')).toContainText('nog geen doel');
  await expect(checklist.locator('[data-gap="causes"]')).toContainText('Bij 3 bevindingen');
  await screenshot(page, 'export-checklist');

  // "Ask why" opens the findings with the first finding's chain, its first answer focused.
  await checklist.getByTestId('plan-gap-fix-causes').click();
  await expect(checklist).toBeHidden();
  const firstAnswer = page.locator('[data-highlighted="true"] [data-testid="why-input-0"]');
  await expect(firstAnswer).toBeFocused();
  await page.keyboard.type('De manager ziet de factuur pas als hij op kantoor is');
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-highlighted="true"] [data-testid="why-input-1"]')).toBeFocused();
  await page.keyboard.type('Facturen komen op papier binnen');
  const findingId = await page.locator('[data-highlighted="true"]').getAttribute('data-finding-id');
  await expect.poll(async () => (await currentMap(page)).rootCauses).toEqual([
    { findingId, whys: ['De manager ziet de factuur pas als hij op kantoor is', 'Facturen komen op papier binnen'] },
  ]);
  // Typing one answer is one undo step: undo takes the second answer away as a whole.
  await page.locator('[data-command="edit.undo"]').click();
  await expect.poll(async () => (await currentMap(page)).rootCauses[0]?.whys).toEqual(['De manager ziet de factuur pas als hij op kantoor is']);
  await screenshot(page, 'export-checklist-why');

  // "Set a goal" opens the map's panel with the goal's text focused; a target in working days.
  await page.locator('[data-command="file.exportPlan"]').click();
  await expect(checklist.locator('[data-gap="causes"]')).toContainText('Bij 2 bevindingen');
  await checklist.getByTestId('plan-gap-fix-goal').click();
  await expect(page.getByTestId('field-goal-text').locator('textarea')).toBeFocused();
  await page.keyboard.type('Elke factuur binnen een week betaald');
  await page.getByTestId('goal-new-value').locator('input').fill('4,5');
  await page.getByTestId('goal-add-target').click();
  const target = page.getByTestId('goal-target');
  await expect(target).toHaveCount(1);
  await expect(target).toContainText('nu 10,1 werkdagen');
  const date = target.getByTestId('goal-target-date');
  await expect(date).toHaveAttribute('placeholder', 'dd-mm-jjjj');
  await date.fill('1-3-2027');
  await date.blur();
  await expect(date).toHaveValue('01-03-2027');
  // 4,5 working days of 8 hours: 4.5 × 8 × 60 = 2160 minutes.
  await expect.poll(async () => (await currentMap(page)).goal).toEqual({
    text: 'Elke factuur binnen een week betaald',
    targets: [{ metric: 'leadTimeMinutes', value: 2160, dueDate: '2027-03-01' }],
  });
  await screenshot(page, 'export-checklist-goal');

  // Only the causes of two findings are left; export anyway, and the plan carries goal and cause.
  await page.locator('[data-command="file.exportPlan"]').click();
  await expect(checklist.getByTestId('plan-gap')).toHaveCount(1);
  await checklist.getByTestId('plan-checklist-anyway').click();
  const dialog = page.getByTestId('export-plan-dialog');
  await dialog.getByRole('radio', { name: /Markdown/ }).check();
  const download = page.waitForEvent('download', { timeout: 20_000 });
  await page.getByTestId('export-plan-submit').click();
  const file = await download;
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  const markdown = Buffer.concat(chunks).toString('utf8').replace(/[\s\u00a0\u202f]+/g, ' ');
  expect(markdown).toContain('Elke factuur binnen een week betaald');
  expect(markdown).toContain('Doorlooptijd van 10,1 naar 4,5 werkdagen vóór 1 maart 2027');
  expect(markdown).toContain('De manager ziet de factuur pas als hij op kantoor is');
});
