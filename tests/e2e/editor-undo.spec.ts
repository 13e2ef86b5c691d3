import type { Page } from '@playwright/test';
import { canvasNl } from '../../renderer/base/i18n/locales/canvas';
import { expect, screenshot, test } from '../helpers/e2e';
import {
  addStepAfterSelected,
  clickEdge,
  connectSteps,
  edgeBetween,
  fitView,
  node,
  openEditor,
  savedDocument,
  saveByDownload,
  selectStep,
  setField,
  stepId,
  waitForStillViewport,
} from '../helpers/editorPage';

/**
 * Every kind of edit is one undo step: undo gives back exactly the document before it,
 * redo exactly the document after it. "Exactly" is what Save writes (minus its timestamp).
 * Each edit starts from the document the previous one ended with (redone), so that saved
 * document is the next one's "before" and each edit costs three saves, not four.
 */
let lastSaved: Record<string, unknown> | null = null;

async function expectUndoRedo(page: Page, what: string, edit: () => Promise<void>): Promise<void> {
  await test.step(what, async () => {
    lastSaved = await checkUndoRedo(page, what, edit, lastSaved ?? (await savedDocument(page)));
  });
}

async function checkUndoRedo(page: Page, what: string, edit: () => Promise<void>, before: Record<string, unknown>): Promise<Record<string, unknown>> {
  await edit();
  await waitForStillViewport(page);
  const after = await savedDocument(page);
  expect(after, `${what} changes the document`).not.toEqual(before);
  await page.keyboard.press('Control+z');
  expect(await savedDocument(page), `undo ${what}`).toEqual(before);
  await page.keyboard.press('Control+Shift+z');
  expect(await savedDocument(page), `redo ${what}`).toEqual(after);
  return after;
}

function laneRegion(page: Page, name: string) {
  return page.locator(`[aria-label="${canvasNl.lane.region.replace('{{name}}', name)}"]`);
}

test('undo and redo every kind of edit', async ({ page, appUrl }) => {
  test.setTimeout(240_000);
  lastSaved = null;
  await saveByDownload(page);
  await openEditor(page, appUrl);

  // Build a small map first: Start → Eerste → Tweede, Tweede → Klaar. (Each edit below
  // ends redone, so the next one starts from the document after it.)
  await selectStep(page, 'Start');
  await addStepAfterSelected(page, 'Eerste');
  await addStepAfterSelected(page, 'Tweede');
  await fitView(page);
  await connectSteps(page, 'Tweede', 'Klaar');

  await test.step('Ctrl+Y redoes like Ctrl+Shift+Z', async () => {
    const before = await savedDocument(page);
    await page.keyboard.press('Control+z');
    expect(await savedDocument(page), 'undo the last flow').not.toEqual(before);
    await page.keyboard.press('Control+y');
    lastSaved = await savedDocument(page);
    expect(lastSaved, 'redo with Ctrl+Y').toEqual(before);
  });

  await expectUndoRedo(page, 'add step', async () => {
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: canvasNl.palette.addAria.replace('{{kind}}', canvasNl.palette.activity) }).click();
    await page.keyboard.press('Escape');
  });

  await expectUndoRedo(page, 'rename step', async () => {
    await selectStep(page, 'Eerste');
    await setField(page, 'field-label', 'Eerste stap');
  });

  await expectUndoRedo(page, 'set times', async () => {
    await selectStep(page, 'Eerste stap');
    await setField(page, 'field-processTime', '12');
  });

  await expectUndoRedo(page, 'move step', async () => {
    const box = await node(page, 'Tweede').boundingBox();
    if (!box) throw new Error('Tweede is not visible');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 90, { steps: 10 });
    await page.mouse.up();
  });

  await expectUndoRedo(page, 'add flow', () => connectSteps(page, 'Eerste stap', 'Klaar'));

  const ids = { first: await stepId(page, 'Eerste stap'), end: await stepId(page, 'Klaar') };
  await expectUndoRedo(page, 'set probability', async () => {
    await clickEdge(page, edgeBetween(page, ids.first, ids.end));
    await setField(page, 'field-probability', '30');
  });

  await expectUndoRedo(page, 'delete step', async () => {
    await selectStep(page, 'Tweede');
    await page.keyboard.press('Delete');
    await expect(node(page, 'Tweede')).toHaveCount(0);
  });

  await expectUndoRedo(page, 'paste', async () => {
    await selectStep(page, 'Eerste stap');
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await expect(page.locator('.react-flow__node').filter({ hasText: 'Eerste stap' })).toHaveCount(2);
  });

  await expectUndoRedo(page, 'add lane', async () => {
    await laneRegion(page, 'Manager').getByRole('button', { name: canvasNl.lane.addBelow }).click();
    await expect(laneRegion(page, canvasNl.newElement.lane)).toBeVisible();
  });

  await expectUndoRedo(page, 'rename lane', async () => {
    await laneRegion(page, canvasNl.newElement.lane).click();
    await setField(page, 'field-laneName', 'Financiën');
    await expect(laneRegion(page, 'Financiën')).toBeVisible();
  });

  await expectUndoRedo(page, 'reorder lanes', () =>
    laneRegion(page, 'Financiën').getByRole('button', { name: canvasNl.lane.moveUp }).click(),
  );

  await expectUndoRedo(page, 'delete lane', async () => {
    await laneRegion(page, 'Financiën').getByRole('button', { name: canvasNl.lane.delete }).click();
    await page.getByRole('dialog').getByRole('button', { name: canvasNl.deleteLane.confirm }).click();
    await expect(laneRegion(page, 'Financiën')).toHaveCount(0);
  });

  await expectUndoRedo(page, 'change settings', async () => {
    await page.keyboard.press('Escape');
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await expect(page.getByTestId('map-settings-inspector')).toBeVisible();
    await setField(page, 'field-casesPerYear', '2400');
  });

  await expectUndoRedo(page, 'auto-layout', async () => {
    await page.locator('[data-command="view.autoLayout"]').click();
    await expect(page.locator('[data-command="edit.undo"]')).toHaveAttribute('title', /netjes ordenen/);
  });

  await fitView(page);
  await screenshot(page, 'editor-after-undo-redo');
});
