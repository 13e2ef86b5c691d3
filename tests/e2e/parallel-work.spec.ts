import type { Page } from '@playwright/test';
import { describeParallelBlocks } from '../../shared/analysis/parallelQueries';
import { expect, screenshot, test } from '../helpers/e2e';
import { connectSteps, node, passPlanChecklist, saveByDownload, selectStep } from '../helpers/editorPage';
import { canvasNode, currentMap, openWithMap } from './canvas-support';

/*
 * An assistant maps a new colleague's start: after "Contract getekend" IT makes the account
 * while facilities arranges the desk. She draws the parallel block from the palette, adds a
 * branch with Enter, is told why an arrow out of a branch is refused, looks at the longest
 * route and at how long it really takes, and exports the plan with its new section.
 */
function onboardingMap(): unknown {
  return {
    format: 'stroomlijn-map',
    schemaVersion: 2,
    meta: { title: 'Nieuwe collega', description: '', organisation: '', author: '', language: 'nl', createdAt: '', updatedAt: '' },
    settings: { casesPerYear: 120, hoursPerDay: 8, currency: 'EUR', defaultHourlyCost: 45 },
    lanes: [
      { id: 'hr', name: 'HR' },
      { id: 'it', name: 'ICT' },
    ],
    steps: [
      { id: 'start', type: 'start', label: 'Contract getekend', laneId: 'hr', position: { x: 0, y: 50 } },
      { id: 'prep', type: 'activity', label: 'Start voorbereiden', laneId: 'hr', processTime: 30, waitTime: 480, waitVariability: 1, position: { x: 220, y: 50 } },
      { id: 'welcome', type: 'activity', label: 'Welkom heten', laneId: 'hr', processTime: 60, waitTime: 960, position: { x: 1320, y: 50 } },
      { id: 'end', type: 'end', label: 'Aan de slag', laneId: 'hr', position: { x: 1540, y: 50 } },
    ],
    flows: [
      { id: 'f1', from: 'start', to: 'prep' },
      { id: 'f2', from: 'prep', to: 'welcome' },
      { id: 'f3', from: 'welcome', to: 'end' },
    ],
    annotations: [],
    actions: [],
  };
}

async function nameSelected(page: Page, label: string): Promise<void> {
  const editor = page.locator('.inline-editor');
  await expect(editor).toBeFocused();
  await editor.fill(label);
  await editor.press('Enter');
  await expect(node(page, label)).toBeVisible();
}

test('draws a parallel block, sees the longest route and the distribution, and exports the plan with it', async ({ page, appUrl }) => {
  test.setTimeout(120_000);
  await saveByDownload(page);
  await openWithMap(page, appUrl, onboardingMap());

  // The gateway from the palette: a whole block between the selected step and its next step.
  await selectStep(page, 'Start voorbereiden');
  await page.locator('[data-palette-kind="parallel"]').click();
  await nameSelected(page, 'Account maken');
  let map = await currentMap(page);
  let blocks = describeParallelBlocks(map).blocks;
  expect(blocks).toHaveLength(1);
  const [block] = blocks;
  expect(map.flows.find((flow) => flow.from === 'prep')?.to).toBe(block?.splitId);
  expect(map.flows.find((flow) => flow.from === block?.joinId)?.to).toBe('welcome');

  // Enter on the split adds a third branch.
  await canvasNode(page, block?.splitId ?? '').click();
  await page.keyboard.press('Enter');
  await nameSelected(page, 'Pas bestellen');
  map = await currentMap(page);
  blocks = describeParallelBlocks(map).blocks;
  expect(blocks[0]?.branches).toHaveLength(3);
  await page.locator('[data-command="view.fitView"]').click();

  // An arrow from a branch straight to the end would end a case inside the block: refused, and said why.
  const flowsBefore = map.flows.length;
  await connectSteps(page, 'Pas bestellen', 'Aan de slag');
  const refusal = page.getByTestId('block-refusal');
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText('Deze pijl kan niet');
  await expect(refusal).toContainText('parallelle splitsing');
  await expect(refusal).toContainText('"Pas bestellen"');
  expect((await currentMap(page)).flows).toHaveLength(flowsBefore);
  await screenshot(page, 'parallel-refused-arrow');
  await refusal.getByRole('button').click();

  // The longest route: the steps on it stand out, the others are dimmed.
  const longest = page.locator('[data-command="view.criticalPath"]');
  await expect(longest).toHaveAttribute('title', /langzaamste tak/);
  await longest.click();
  await expect(longest).toHaveAttribute('aria-pressed', 'true');
  await expect(canvasNode(page, 'welcome').locator('.step-node')).toHaveAttribute('data-emphasis', 'highlighted');
  await expect(page.locator('.step-node[data-emphasis="dimmed"]').first()).toBeVisible();
  await screenshot(page, 'parallel-critical-path');
  await page.keyboard.press('Control+Shift+K');
  await expect(longest).toHaveAttribute('aria-pressed', 'false');

  // How long does it really take: a target of 5 working days, then the figures from the worker.
  await page.getByRole('tab', { name: 'Hoe lang?' }).click();
  const panel = page.getByTestId('distribution-panel');
  await panel.getByTestId('field-leadTimeTarget').locator('input').fill('5');
  await panel.getByTestId('field-leadTimeTarget').locator('input').press('Tab');
  await expect(panel.getByTestId('distribution-figures')).toBeVisible({ timeout: 60_000 });
  await expect(panel).toContainText(/85\s?% van de zaken is binnen .* klaar/);
  await expect(panel.getByTestId('distribution-table')).toContainText('Gemiddelde doorlooptijd, exact berekend');
  await expect(panel.getByTestId('distribution-table')).toContainText('Op tijd klaar');
  expect(await panel.getByTestId('distribution-histogram').evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  expect((await currentMap(page)).settings.leadTimeTargetMinutes).toBe(5 * 8 * 60);
  await screenshot(page, 'parallel-distribution');
  // Leaving the panel ends its simulation workers: before, every opening left two running.
  const simulationWorkers = (): number => page.workers().filter((worker) => worker.url().includes('simulation')).length;
  expect(simulationWorkers()).toBeGreaterThan(0);
  await page.getByRole('tab', { name: 'Gegevens' }).click();
  await expect.poll(simulationWorkers, { timeout: 30_000 }).toBe(0);

  // The plan has its section with the histogram.
  await page.locator('[data-command="file.exportPlan"]').click();
  await passPlanChecklist(page);
  const dialog = page.getByTestId('export-plan-dialog');
  await dialog.getByRole('radio', { name: /Webpagina/ }).check();
  const download = page.waitForEvent('download', { timeout: 30_000 });
  await page.getByTestId('export-plan-submit').click();
  const file = await download;
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  const html = Buffer.concat(chunks).toString('utf8');
  expect(html).toContain('Hoe lang duurt het echt?');
  expect(html).toMatch(/85\s?% van de zaken is binnen/);
  expect(html).toContain('Account maken');
});
