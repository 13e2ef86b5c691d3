import type { Page } from '@playwright/test';
import type { ProcessMap } from '../../shared/model/types';
import { expect, screenshot, test } from '../helpers/e2e';
import { node, openEditor } from '../helpers/editorPage';

async function documentMap(page: Page): Promise<ProcessMap> {
  return page.evaluate(() => {
    const hooks = window.__stroomlijnTest;
    if (!hooks) throw new Error('test hooks are not installed');
    return hooks.getState().map;
  });
}

/** Each step's label with the name of its lane, left to right. */
function stepsInLanes(map: ProcessMap): string[] {
  const laneName = new Map(map.lanes.map((lane) => [lane.id, lane.name]));
  return [...map.steps].sort((a, b) => a.position.x - b.position.x).map((step) => `${laneName.get(step.laneId) ?? '?'}: ${step.label}`);
}

test('quick entry: five typed lines make five steps in the right lanes, a bad line makes nothing, undo takes the last line away', async ({ page, appUrl }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openEditor(page, `${appUrl}?test`);
  await page.waitForFunction(() => window.__stroomlijnTest !== undefined);
  const before = await documentMap(page);
  expect(stepsInLanes(before)).toEqual(['Secretariaat: Start', 'Secretariaat: Klaar']);

  await page.keyboard.press('Control+Shift+E');
  const panel = page.getByTestId('quick-entry');
  await expect(panel).toBeVisible();
  const input = panel.getByRole('textbox');
  await expect(input).toBeFocused();

  const lines = [
    'Secretariaat: post openen, 5 min',
    'Secretariaat: factuur controleren, 10 min, wacht 2 uur',
    'Manager: akkoord geven, 2 min, wacht 2 dagen',
    'Financiën: betalen, 1,5 uur, wacht 1 dag',
  ];
  for (const [index, line] of lines.entries()) {
    await input.fill(line);
    await input.press('Enter');
    await expect(panel.getByTestId('quick-entry-placed').locator('li')).toHaveCount(index + 1);
    await expect(input).toHaveValue('');
  }
  // A line that cannot be read says which part and creates nothing.
  const stepCount = (await documentMap(page)).steps.length;
  await input.fill('Manager: tekenen, wacht 2 maanden');
  await input.press('Enter');
  await expect(panel.getByTestId('quick-entry-problem')).toContainText('Wachttijd');
  await expect(panel.getByTestId('quick-entry-problem')).toContainText('maanden');
  await expect(input).toHaveValue('Manager: tekenen, wacht 2 maanden');
  expect((await documentMap(page)).steps.length).toBe(stepCount);
  // The fifth line has no role: it goes to the role of the step before (Financiën).
  await input.fill('archiveren');
  await input.press('Enter');
  await expect(panel.getByTestId('quick-entry-placed').locator('li')).toHaveCount(5);
  await expect(node(page, 'archiveren')).toBeVisible();

  const after = await documentMap(page);
  expect(stepsInLanes(after)).toEqual([
    'Secretariaat: Start',
    'Secretariaat: post openen',
    'Secretariaat: factuur controleren',
    'Manager: akkoord geven',
    'Financiën: betalen',
    'Financiën: archiveren',
    'Secretariaat: Klaar',
  ]);
  // 1,5 uur = 90 min; 1 dag = 8 h = 480 min.
  expect(after.steps.find((step) => step.label === 'betalen')).toMatchObject({ processTime: 90, waitTime: 480 });
  await screenshot(page, 'quick-entry-1280x720');

  // Ctrl+Z in the empty field: exactly the last line's step goes, the list follows.
  await input.press('Control+z');
  await expect(panel.getByTestId('quick-entry-placed').locator('li')).toHaveCount(4);
  const undone = await documentMap(page);
  expect(undone.steps.map((step) => step.label)).not.toContain('archiveren');
  expect(undone.steps.length).toBe(after.steps.length - 1);
  await expect(node(page, 'archiveren')).toHaveCount(0);

  await page.setViewportSize({ width: 1920, height: 1080 });
  await screenshot(page, 'quick-entry-1920x1080');
  await input.press('Escape');
  await expect(panel).toHaveCount(0);
});

test('a new map offers how to start, beside the canvas; typing the steps opens the quick entry, drawing ends the offer', async ({ page, appUrl }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openEditor(page, appUrl);
  const start = page.getByTestId('start-panel');
  await expect(start).toBeVisible();
  await expect(start.locator('[data-start]')).toHaveCount(6);
  await screenshot(page, 'start-panel-1280x800');
  await start.locator('[data-start="quickEntry"]').click();
  await expect(page.getByTestId('quick-entry')).toBeVisible();
  await expect(start).toHaveCount(0);
  await page.getByTestId('quick-entry').getByRole('textbox').fill('Secretariaat: post openen');
  await page.getByTestId('quick-entry').getByRole('textbox').press('Enter');
  await page.getByTestId('quick-entry').getByRole('textbox').press('Escape');
  // The map is drawn on: the offer does not come back.
  await expect(start).toHaveCount(0);
  // File → New offers it again for the new blank map (after Don't save).
  await page.locator('[data-command="file.new"]').click();
  const discard = page.getByRole('button', { name: /Niet opslaan|Don.t save/ });
  await discard.click();
  await expect(start).toBeVisible();
  await start.locator('[data-start="blank"]').click();
  await expect(start).toHaveCount(0);
});
