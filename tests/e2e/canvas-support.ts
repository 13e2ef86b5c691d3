import type { Locator, Page } from '@playwright/test';
import type { ProcessMap, Step } from '../../shared/model/types';
import { expect } from '../helpers/e2e';
import { waitForStillViewport } from '../helpers/editorPage';

/**
 * A small three-lane map for the canvas specs. Bands (180 px each): sec 0–180, mgr 180–360,
 * fin 360–540. Steps sit at y = laneIndex·180 + 50, 220 px apart.
 */
export function threeLaneMap(): unknown {
  return {
    format: 'stroomlijn-map',
    schemaVersion: 1,
    meta: { title: 'Declaraties', description: '', organisation: '', author: '', language: 'nl', createdAt: '', updatedAt: '' },
    settings: { casesPerYear: 1000, hoursPerDay: 8, currency: 'EUR', defaultHourlyCost: 45 },
    lanes: [
      { id: 'sec', name: 'Secretariaat', hourlyCost: 42 },
      { id: 'mgr', name: 'Manager' },
      { id: 'fin', name: 'Financiën', hourlyCost: 55 },
    ],
    steps: [
      { id: 'start', type: 'start', label: 'Declaratie binnen', laneId: 'sec', position: { x: 0, y: 50 } },
      { id: 'reg', type: 'activity', label: 'Registreren', laneId: 'sec', processTime: 10, waitTime: 60, system: 'Excel', position: { x: 220, y: 50 } },
      {
        id: 'check',
        type: 'activity',
        label: 'Beoordelen',
        laneId: 'mgr',
        processTime: 20,
        waitTime: 960,
        completeAccurate: 0.8,
        valueType: 'value-adding',
        position: { x: 440, y: 230 },
      },
      { id: 'pay', type: 'activity', label: 'Uitbetalen', laneId: 'fin', processTime: 5, valueType: 'value-adding', position: { x: 660, y: 410 } },
      { id: 'end', type: 'end', label: 'Uitbetaald', laneId: 'fin', position: { x: 880, y: 410 } },
    ],
    flows: [
      { id: 'f1', from: 'start', to: 'reg' },
      { id: 'f2', from: 'reg', to: 'check' },
      { id: 'f3', from: 'check', to: 'pay', probability: 0.9, label: 'akkoord' },
      { id: 'f4', from: 'check', to: 'reg', probability: 0.1, rework: true, label: 'aanvullen' },
      { id: 'f5', from: 'pay', to: 'end' },
    ],
    annotations: [],
    actions: [],
  };
}

/** Opens the app with test hooks (`?test`) and loads a map through the real load pipeline. */
export async function openWithMap(page: Page, appUrl: string, map: unknown): Promise<void> {
  await page.goto(`${appUrl}?test`);
  await page.waitForFunction(() => window.__stroomlijnTest !== undefined);
  const result = await page.evaluate((json) => window.__stroomlijnTest?.loadMap(json), JSON.stringify(map));
  expect(result).toEqual({ ok: true });
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await waitForStillViewport(page);
}

export async function currentMap(page: Page): Promise<ProcessMap> {
  const map = await page.evaluate(() => window.__stroomlijnTest?.getState().map);
  if (!map) throw new Error('test hooks are not installed');
  return map;
}

export async function stepById(page: Page, id: string): Promise<Step> {
  const step = (await currentMap(page)).steps.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return step;
}

export async function stepByLabel(page: Page, label: string): Promise<Step | undefined> {
  return (await currentMap(page)).steps.find((candidate) => candidate.label === label);
}

export function canvasNode(page: Page, id: string): Locator {
  return page.locator(`.react-flow__node[data-id="${id}"]`);
}

/** Screen position of a point in flow coordinates (document positions). */
export async function flowToScreen(page: Page, point: { x: number; y: number }): Promise<{ x: number; y: number }> {
  const { x, y, zoom } = await page.locator('.react-flow__viewport').evaluate((element) => {
    const matrix = new DOMMatrixReadOnly(getComputedStyle(element).transform);
    return { x: matrix.e, y: matrix.f, zoom: matrix.a };
  });
  const pane = await page.locator('.react-flow').boundingBox();
  if (!pane) throw new Error('no canvas');
  return { x: pane.x + x + point.x * zoom, y: pane.y + y + point.y * zoom };
}

export async function viewportZoom(page: Page): Promise<number> {
  return page.locator('.react-flow__viewport').evaluate((element) => new DOMMatrixReadOnly(getComputedStyle(element).transform).a);
}

/** Drags a node by a distance in flow pixels with the mouse, in small moves like a hand. */
export async function dragNodeBy(page: Page, id: string, delta: { x: number; y: number }): Promise<void> {
  const box = await canvasNode(page, id).boundingBox();
  if (!box) throw new Error(`node ${id} is not visible`);
  const zoom = await viewportZoom(page);
  // Grab the lower part of the box (the data box), away from the name and the handles.
  const from = { x: box.x + box.width / 2, y: box.y + box.height * 0.75 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + delta.x * zoom, from.y + delta.y * zoom, { steps: 15 });
  await page.mouse.up();
}

/** Number of entries the user can undo, read through the toolbar's undo button state. */
export async function canUndo(page: Page): Promise<boolean> {
  return page.evaluate(() => window.__stroomlijnTest?.getState().canUndo ?? false);
}
