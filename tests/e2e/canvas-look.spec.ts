import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, screenshot, test } from '../helpers/e2e';
import { waitForStillViewport } from '../helpers/editorPage';
import { canvasNode, openWithMap, threeLaneMap, viewportZoom } from './canvas-support';

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, `../../fixtures/maps/${name}.stroomlijn`), 'utf8'));
}

/** start → A ⇄ B (a loop nothing leaves), start → C (a dead end), and an end nothing reaches. */
function unfinishedMap(): unknown {
  const step = (id: string, type: string, label: string, x: number) => ({ id, type, label, laneId: 'sec', processTime: 5, position: { x, y: 50 } });
  return {
    format: 'stroomlijn-map',
    schemaVersion: 1,
    meta: { title: 'Onaf', description: '', organisation: '', author: '', language: 'nl', createdAt: '', updatedAt: '' },
    settings: { casesPerYear: 100, hoursPerDay: 8, currency: 'EUR', defaultHourlyCost: 45 },
    lanes: [{ id: 'sec', name: 'Secretariaat' }],
    steps: [step('start', 'start', 'Start', 0), step('A', 'activity', 'Controleren', 220), step('B', 'activity', 'Corrigeren', 440), step('C', 'activity', 'Doorsturen', 660), step('end', 'end', 'Klaar', 880)],
    flows: [
      { id: 'f1', from: 'start', to: 'A' },
      { id: 'f2', from: 'A', to: 'B' },
      { id: 'f3', from: 'B', to: 'A' },
      { id: 'f4', from: 'start', to: 'C' },
    ],
    annotations: [],
    actions: [],
  };
}

test('the analysis’ diagnostics are shown on the steps they concern', async ({ page, appUrl }) => {
  await openWithMap(page, appUrl, unfinishedMap());
  for (const id of ['A', 'B']) {
    await expect(canvasNode(page, id).locator('.step')).toHaveClass(/has-error/);
    await expect(canvasNode(page, id).locator('.diagnostic-message')).toHaveText('Lus zonder uitgang');
  }
  await expect(canvasNode(page, 'C').locator('.diagnostic-badge')).toHaveAttribute('aria-label', /^Doodlopend/);
  await expect(canvasNode(page, 'end').locator('.diagnostic-badge')).toHaveAttribute('aria-label', /^Onbereikbaar/);
  await screenshot(page, 'canvas-diagnostics');
});

/** start → split → { IT-account (it) ; Werkplek (fac) } → join → end: small enough to show every detail. */
function parallelBlockMap(): unknown {
  const step = (id: string, type: string, label: string, laneId: string, x: number, y: number) => ({ id, type, label, laneId, processTime: type === 'activity' ? 30 : 0, waitTime: type === 'activity' ? 480 : 0, position: { x, y } });
  return {
    format: 'stroomlijn-map',
    schemaVersion: 2,
    meta: { title: 'Nieuwe collega', language: 'nl' },
    settings: { casesPerYear: 40 },
    lanes: [{ id: 'hr', name: 'HR' }, { id: 'it', name: 'IT' }, { id: 'fac', name: 'Facilitair' }],
    steps: [
      step('start', 'start', 'Contract getekend', 'hr', 0, 50),
      step('split', 'parallel', 'Voorbereiding starten', 'hr', 220, 50),
      step('account', 'activity', 'Account maken', 'it', 440, 230),
      step('desk', 'activity', 'Werkplek inrichten', 'fac', 440, 410),
      step('join', 'parallel', 'Alles klaar', 'hr', 660, 50),
      step('end', 'end', 'Collega begint', 'hr', 880, 50),
    ],
    flows: [
      { id: 'f1', from: 'start', to: 'split' },
      { id: 'f2', from: 'split', to: 'account' },
      { id: 'f3', from: 'split', to: 'desk' },
      { id: 'f4', from: 'account', to: 'join' },
      { id: 'f5', from: 'desk', to: 'join' },
      { id: 'f6', from: 'join', to: 'end' },
    ],
  };
}

test('parallel gateways are drawn as a diamond with a plus, and the lead time runs along one branch', async ({ page, appUrl }) => {
  await openWithMap(page, appUrl, parallelBlockMap());
  for (const id of ['split', 'join']) {
    await expect(canvasNode(page, id).locator('.step--parallel .parallel__plus')).toHaveCount(1);
    await expect(canvasNode(page, id).locator('.diagnostic-badge')).toHaveCount(0);
  }
  await expect(canvasNode(page, 'split')).toContainText('Voorbereiding starten');
  // Both branches take 1 working day and 30 minutes; they run at the same time, so the case takes that once.
  await expect(page.getByRole('region', { name: 'Kerncijfers' })).toContainText('1,1 werkdagen');
  await screenshot(page, 'canvas-parallel-gateways');
});

test('zoomed far out the steps become simple boxes, and come back when zooming in', async ({ page, appUrl }) => {
  await openWithMap(page, appUrl, fixture('bestuursvergadering-voorbereiden'));
  const zoomOut = page.getByRole('button', { name: 'Uitzoomen' });
  while ((await viewportZoom(page)) >= 0.45) {
    await zoomOut.click();
    await waitForStillViewport(page);
  }
  await expect(page.locator('.step-simple').first()).toBeVisible();
  await expect(page.locator('.step__data')).toHaveCount(0);
  // A long word ("Vergaderstukken") wraps inside its box instead of being clipped at the edge.
  // Only names shown whole count: a name cut after its last line ends in an ellipsis, which
  // may stick out by a few pixels.
  const clippedLabels = await page
    .locator('.step-simple__label')
    .evaluateAll((labels) =>
      labels.filter((label) => label.scrollHeight <= label.clientHeight && label.scrollWidth > label.clientWidth).map((label) => label.textContent),
    );
  expect(clippedLabels).toEqual([]);
  await screenshot(page, 'canvas-level-of-detail');

  // Zoom in with the wheel over a step, so the view stays on the map.
  const box = await canvasNode(page, 's3').boundingBox();
  if (!box) throw new Error('step s3 is not visible');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  while ((await viewportZoom(page)) < 0.9) {
    await page.mouse.wheel(0, -120);
    await waitForStillViewport(page);
  }
  await expect(page.locator('.step__data').first()).toBeVisible();
  await expect(page.locator('.step-simple')).toHaveCount(0);
  await screenshot(page, 'canvas-close-up');
});

test.describe('in English', () => {
  test.use({ locale: 'en-GB' });

  test('the canvas speaks English', async ({ page, appUrl }) => {
    await openWithMap(page, appUrl, threeLaneMap());
    await expect(page.getByRole('navigation', { name: 'Add' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add Improvement idea' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Role Manager' }).getByRole('button', { name: 'Add a role below' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Role Manager' })).toContainText('€45 per hour (default)');
    await expect(canvasNode(page, 'check')).toContainText('work');
    await expect(canvasNode(page, 'check')).toContainText('2 working days');
    await expect(page.locator('.flow-label').filter({ hasText: 'Rework' })).toBeVisible();
    await screenshot(page, 'canvas-english');
  });
});

test('a note and a kaizen burst are added from the palette and take their text in place', async ({ page, appUrl }) => {
  await openWithMap(page, appUrl, threeLaneMap());
  await page.getByRole('button', { name: 'Verbeteridee toevoegen' }).click();
  const editor = page.locator('.inline-editor');
  await expect(editor).toBeFocused();
  await editor.fill('Declareren via de app');
  await editor.press('Enter');
  await expect(page.locator('.annotation--kaizen')).toContainText('Declareren via de app');
  await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await expect(editor).toBeFocused();
  await editor.fill('Bonnetjes raken kwijt');
  await editor.press('Enter');
  await expect(page.locator('.annotation--note')).toContainText('Bonnetjes raken kwijt');
  const annotations = await page.evaluate(() => window.__stroomlijnTest?.getState().map.annotations.map((annotation) => [annotation.kind, annotation.text]));
  expect(annotations).toEqual([
    ['kaizen', 'Declareren via de app'],
    ['note', 'Bonnetjes raken kwijt'],
  ]);
  await screenshot(page, 'canvas-annotations');
});
