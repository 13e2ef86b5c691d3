import type { Page } from '@playwright/test';
import { expect, screenshot, test } from '../helpers/e2e';
import { currentMap, openWithMap, stepById, threeLaneMap } from './canvas-support';

function laneHeader(page: Page, name: string) {
  return page.getByRole('group', { name: `Rol ${name}` });
}

async function laneNames(page: Page): Promise<string[]> {
  return (await currentMap(page)).lanes.map((lane) => lane.name);
}

test.describe('canvas: swimlanes', () => {
  test.beforeEach(async ({ page, appUrl }) => {
    await openWithMap(page, appUrl, threeLaneMap());
  });

  test('a lane is added below another and named in place; the lanes under it keep their steps', async ({ page }) => {
    await laneHeader(page, 'Secretariaat').getByRole('button', { name: 'Rol hieronder toevoegen' }).click();
    const editor = page.locator('.inline-editor');
    await expect(editor).toBeFocused();
    await editor.fill('Inkoop');
    await editor.press('Enter');
    await expect.poll(() => laneNames(page)).toEqual(['Secretariaat', 'Inkoop', 'Manager', 'Financiën']);
    // Manager and Financiën moved one band down, and their steps with them.
    expect((await stepById(page, 'check')).position.y).toBe(230 + 180);
    expect((await stepById(page, 'pay')).position.y).toBe(410 + 180);
    await expect(laneHeader(page, 'Inkoop')).toBeVisible();
    await screenshot(page, 'canvas-lane-added');

    // Undo twice: the rename, then the new lane with the step moves (one entry).
    await page.locator('.react-flow__pane').click({ position: { x: 500, y: 10 } });
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(() => laneNames(page)).toEqual(['Secretariaat', 'Manager', 'Financiën']);
    expect((await stepById(page, 'check')).position.y).toBe(230);
  });

  test('a lane is renamed with a double-click on its name, and moved with the arrows', async ({ page }) => {
    await laneHeader(page, 'Manager').locator('.lane-header__name').dblclick();
    const editor = page.locator('.inline-editor');
    await editor.fill('Teamleider');
    await editor.press('Enter');
    await expect(laneHeader(page, 'Teamleider')).toBeVisible();

    await laneHeader(page, 'Teamleider').getByRole('button', { name: 'Rol omhoog' }).click();
    await expect.poll(() => laneNames(page)).toEqual(['Teamleider', 'Secretariaat', 'Financiën']);
    // The steps follow their lane's band.
    expect((await stepById(page, 'check')).position.y).toBe(50);
    expect((await stepById(page, 'reg')).position.y).toBe(230);
    await expect(laneHeader(page, 'Teamleider').getByRole('button', { name: 'Rol omhoog' })).toBeDisabled();
  });

  test('clicking a lane header selects the lane for the inspector', async ({ page }) => {
    await laneHeader(page, 'Financiën').click({ position: { x: 60, y: 20 } });
    await expect.poll(() => page.evaluate(() => window.__stroomlijnTest?.getSession().selection.laneIds)).toEqual(['fin']);
    await expect(laneHeader(page, 'Financiën')).toHaveClass(/is-selected/);
  });

  test('deleting a lane asks whether to move or delete its steps', async ({ page }) => {
    await laneHeader(page, 'Manager').getByRole('button', { name: 'Rol verwijderen' }).click();
    const dialog = page.getByRole('dialog', { name: 'De rol “Manager” verwijderen?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('Deze rol bevat 1 stap. Wat moet daarmee gebeuren?')).toBeVisible();
    await expect(dialog.getByRole('radio', { name: 'Verplaatsen naar een andere rol' })).toBeChecked();
    await dialog.getByRole('combobox').selectOption({ label: 'Financiën' });
    await screenshot(page, 'canvas-delete-lane-dialog');
    await dialog.getByRole('button', { name: 'Rol verwijderen' }).click();
    await expect(dialog).toHaveCount(0);
    await expect.poll(() => laneNames(page)).toEqual(['Secretariaat', 'Financiën']);
    const check = await stepById(page, 'check');
    expect(check.laneId).toBe('fin');
    // Drawn in the Financiën band, which is now the second one (180–360).
    expect(check.position.y).toBeGreaterThanOrEqual(188);
    expect(check.position.y).toBeLessThanOrEqual(252);
  });

  test('a lane holding the only end step cannot take its steps with it', async ({ page }) => {
    await laneHeader(page, 'Financiën').getByRole('button', { name: 'Rol verwijderen' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('radio', { name: 'Verwijderen, met hun stromen' })).toBeDisabled();
    await expect(dialog.getByText('Niet mogelijk: de startstap of de enige eindstap staat in deze rol.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await expect(dialog).toHaveCount(0);
    expect(await laneNames(page)).toEqual(['Secretariaat', 'Manager', 'Financiën']);
  });
});
