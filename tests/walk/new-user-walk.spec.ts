import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/e2e';
import {
  clickEdge,
  connectSteps,
  drawStepAfter,
  edgeBetween,
  fitView,
  node,
  openEditor,
  saveByDownload,
  savedDocument,
  setField,
  stepId,
} from '../helpers/editorPage';

/*
 * Issue 11's walk: a Dutch management assistant maps "Declaraties verwerken" from a blank map
 * with mouse and keyboard: four roles, a rework loop, an approval, 1.800 cases a year; fills
 * in the goal and the causes, accepts actions, looks at the future, exports the Word plan.
 * Every stage leaves a screenshot in artifacts/walk/ and the plan is rendered to pages there
 * (LibreOffice + pdftoppm): look at them. Run with `npm run walk` after `npm run build:web`.
 */
const walkDirectory = resolve(import.meta.dirname, '..', '..', 'artifacts', 'walk');

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: resolve(walkDirectory, `${name}.png`) });
}

function laneHeader(page: Page, name: string) {
  return page.getByRole('group', { name: `Rol ${name}` });
}

async function nameLaneInPlace(page: Page, name: string): Promise<void> {
  const editor = page.locator('.inline-editor');
  await expect(editor).toBeFocused();
  await editor.fill(name);
  await editor.press('Enter');
  await expect(laneHeader(page, name)).toBeVisible();
}

test('a new user maps declaraties verwerken and exports the plan', async ({ page, appUrl }) => {
  rmSync(walkDirectory, { recursive: true, force: true });
  mkdirSync(walkDirectory, { recursive: true });
  await saveByDownload(page);
  await openEditor(page, appUrl);
  await shot(page, '01-blank-map');

  // Four roles: rename the first, add the others in place.
  const lanes = await page.locator('.lane-header__name').allInnerTexts();
  await laneHeader(page, lanes[0] ?? '').locator('.lane-header__name').dblclick();
  await nameLaneInPlace(page, 'Medewerker');
  await laneHeader(page, 'Medewerker').getByRole('button', { name: 'Rol hieronder toevoegen' }).click();
  await nameLaneInPlace(page, 'Secretariaat');
  const manager = lanes[1] ?? 'Manager';
  await laneHeader(page, manager).getByRole('button', { name: 'Rol hieronder toevoegen' }).click();
  await nameLaneInPlace(page, 'Financiële administratie');

  // The empty map joins Start to Klaar; that arrow goes first.
  const startId = await stepId(page, 'Start');
  const endId = await stepId(page, 'Klaar');
  await clickEdge(page, edgeBetween(page, startId, endId));
  await page.keyboard.press('Delete');
  await shot(page, '02-four-roles');

  // The steps, with Enter after the selected step and the inspector for the figures.
  await drawStepAfter(page, { after: 'Start', label: 'Declaratie indienen', processTime: '15' });
  await drawStepAfter(page, { after: 'Declaratie indienen', label: 'Declaratie controleren', lane: 'Secretariaat', processTime: '10', waitTime: '480' });
  await drawStepAfter(page, { fit: true, after: 'Declaratie controleren', label: 'Bonnetjes compleet?', type: 'Beslissing', processTime: '2' });
  await drawStepAfter(page, { fit: true, after: 'Bonnetjes compleet?', label: 'Declaratie goedkeuren', lane: manager, processTime: '5', waitTime: '2400' });
  await drawStepAfter(page, { fit: true, after: 'Bonnetjes compleet?', label: 'Bonnetjes aanvullen', lane: 'Medewerker', processTime: '20', waitTime: '960' });
  await drawStepAfter(page, { fit: true, after: 'Declaratie goedkeuren', label: 'Uitbetalen', lane: 'Financiële administratie', processTime: '8', waitTime: '1440' });
  await shot(page, '03-steps-drawn');

  // The mouse closes the loop and the end: the rework flow back to the check, and Uitbetalen → Klaar.
  await fitView(page);
  await connectSteps(page, 'Bonnetjes aanvullen', 'Declaratie controleren');
  const ids = {
    decision: await stepId(page, 'Bonnetjes compleet?'),
    approve: await stepId(page, 'Declaratie goedkeuren'),
    complete: await stepId(page, 'Bonnetjes aanvullen'),
    check: await stepId(page, 'Declaratie controleren'),
  };
  await clickEdge(page, edgeBetween(page, ids.decision, ids.approve));
  await setField(page, 'field-probability', '80');
  await clickEdge(page, edgeBetween(page, ids.decision, ids.complete));
  await setField(page, 'field-probability', '20');
  await clickEdge(page, edgeBetween(page, ids.complete, ids.check));
  const rework = page.getByTestId('field-rework').locator('input[type="checkbox"]');
  if (!(await rework.isChecked())) await rework.check();
  // The end is joined after the loop, so no other arrow lies over the loop when it is clicked.
  await fitView(page);
  await connectSteps(page, 'Uitbetalen', 'Klaar');
  await expect(edgeBetween(page, await stepId(page, 'Uitbetalen'), endId)).toHaveCount(1);

  // 1.800 cases a year, written the Dutch way.
  await page.keyboard.press('Escape');
  await node(page, 'Klaar').click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('map-settings-inspector')).toBeVisible();
  await setField(page, 'field-casesPerYear', '1.800');
  await expect(page.getByTestId('field-casesPerYear').locator('input')).toHaveValue('1.800');
  await setField(page, 'field-description', 'Medewerkers wachten vaak weken op het geld van hun declaratie; het secretariaat krijgt er veel vragen over.');
  await shot(page, '04-map-with-settings');

  await page.locator('[data-command="view.autoLayout"]').click();
  await expect(page.getByText('De kaart wordt geordend')).toHaveCount(0, { timeout: 60_000 });
  await fitView(page);
  await shot(page, '05-auto-layout');

  // What the analysis finds.
  await page.getByTestId('aside-tab-findings').click();
  await expect(page.getByTestId('finding-card').first()).toBeVisible();
  await shot(page, '06-findings');

  // Actions: accept the first two suggestions.
  await page.getByTestId('aside-tab-actions').click();
  for (let index = 0; index < 2; index += 1) {
    const accept = page.getByTestId('suggestion-accept').first();
    await expect(accept).toBeVisible({ timeout: 30_000 });
    await accept.click();
  }
  await expect(page.getByTestId('action-card')).toHaveCount(2);
  await shot(page, '07-actions');

  // The checklist before export leads to what is missing: goal, causes, owners, dates.
  await page.locator('[data-command="file.exportPlan"]').click();
  const checklist = page.getByTestId('plan-checklist-dialog');
  await expect(checklist).toBeVisible();
  await shot(page, '08-checklist');
  // The map is still called "Nieuwe kaart": the checklist asks for a title first.
  await checklist.getByTestId('plan-gap-fix-title').click();
  await expect(page.getByTestId('field-title').locator('input')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Declaraties verwerken');
  await page.keyboard.press('Tab');
  await page.locator('[data-command="file.exportPlan"]').click();
  await checklist.getByTestId('plan-gap-fix-goal').click();
  await page.keyboard.type('Elke declaratie binnen een week uitbetaald');
  await page.getByTestId('goal-new-value').locator('input').fill('5');
  await page.getByTestId('goal-add-target').click();
  await page.getByTestId('goal-target-date').fill('01-06-2027');
  await page.getByTestId('goal-target-date').blur();
  await shot(page, '09-goal');

  await page.locator('[data-command="file.exportPlan"]').click();
  await checklist.getByTestId('plan-gap-fix-causes').click();
  await page.keyboard.type('De manager keurt declaraties eens per week goed');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Er is geen vaste dag of vervanger voor het goedkeuren');
  await shot(page, '10-why-chain');

  for (const gap of ['owners', 'due-dates'] as const) {
    await page.locator('[data-command="file.exportPlan"]').click();
    if (!(await checklist.locator(`[data-gap="${gap}"]`).isVisible())) {
      await page.getByRole('button', { name: 'Annuleren' }).click();
      continue;
    }
    await checklist.getByTestId(`plan-gap-fix-${gap}`).click();
    if (gap === 'owners') await page.getByTestId('action-owner').fill('Fatima (secretariaat)');
    else await page.getByTestId('action-due-date').fill('15-03-2027');
    await shot(page, `11-action-${gap}`);
    await page.getByTestId('action-editor').getByRole('button', { name: 'Opslaan' }).click();
  }

  // The future state and the comparison.
  await page.getByTestId('state-tab-future').click();
  await fitView(page);
  await shot(page, '12-future');
  await page.getByTestId('state-tab-comparison').click();
  await expect(page.getByTestId('comparison-view')).toBeVisible();
  await shot(page, '13-comparison');
  await page.getByTestId('state-tab-pick').click();
  await expect(page.getByTestId('pick-chart')).toBeVisible();
  await shot(page, '14-pick');
  await page.getByTestId('state-tab-current').click();

  // The map as saved, for the command line (npm run analyze -- artifacts/walk/declaraties.stroomlijn).
  writeFileSync(resolve(walkDirectory, 'declaraties.stroomlijn'), JSON.stringify(await savedDocument(page), null, 2));

  // The Word plan, rendered to pages.
  await page.locator('[data-command="file.exportPlan"]').click();
  const dialog = page.getByTestId('export-plan-dialog');
  if (await checklist.isVisible()) {
    await shot(page, '15-checklist-left');
    await page.getByTestId('plan-checklist-anyway').click();
  }
  await dialog.getByRole('radio', { name: /Word/ }).check();
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByTestId('export-plan-submit').click();
  const file = await download;
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  const docx = resolve(walkDirectory, 'plan.docx');
  writeFileSync(docx, Buffer.concat(chunks));
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', walkDirectory, docx], { stdio: 'ignore', timeout: 180_000 });
  execFileSync('pdftoppm', ['-r', '60', '-png', resolve(walkDirectory, 'plan.pdf'), resolve(walkDirectory, 'plan-page')]);
  expect(readdirSync(walkDirectory).filter((name) => name.startsWith('plan-page')).length).toBeGreaterThan(2);
});
