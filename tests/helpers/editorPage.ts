import type { Locator, Page } from '@playwright/test';
import { expect } from './e2e';

/**
 * Steps a person takes in the editor, for the editor end-to-end specs: find things by
 * what is on screen (labels, names), click and type like a user.
 */

export async function openEditor(page: Page, appUrl: string): Promise<void> {
  await page.goto(appUrl);
  await expect(page.getByTestId('metrics-bar')).toBeVisible();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
}

export function node(page: Page, label: string): Locator {
  return page.locator('.react-flow__node').filter({ hasText: label }).first();
}

/** Clicks a step on the canvas (selects it and gives the canvas keyboard focus). */
export async function selectStep(page: Page, label: string): Promise<void> {
  await node(page, label).click();
  await expect(node(page, label)).toHaveClass(/\bselected\b/);
  await expect(page.getByTestId('step-inspector')).toBeVisible();
  await expect(page.getByTestId('field-label').locator('input, textarea').first()).toHaveValue(label);
}

/**
 * Enter (or Tab) on the selected step: a new step after it, connected, selected, brought
 * into view and ready to be named in place; types its name and confirms with Enter.
 */
export async function addStepAfterSelected(page: Page, label: string, key: 'Enter' | 'Tab' = 'Enter'): Promise<void> {
  const nameField = page.getByTestId('field-label').locator('input, textarea').first();
  const previousName = await nameField.inputValue();
  await page.keyboard.press(key);
  await expect(nameField).not.toHaveValue(previousName);
  const editor = page.locator('.inline-editor');
  await expect(editor).toBeFocused();
  await editor.fill(label);
  await editor.press('Enter');
  await expect(nameField).toHaveValue(label);
  await expect(node(page, label)).toBeVisible();
}

/** The flow from one step to another, as React Flow draws it. */
export function edgeBetween(page: Page, fromId: string, toId: string): Locator {
  return page.locator(`.react-flow__edge[aria-label="Edge from ${fromId} to ${toId}"]`);
}

/** Clicks on the drawn line of an edge (its group has no visible box of its own). */
export async function clickEdge(page: Page, edge: Locator): Promise<void> {
  const path = edge.locator('path.react-flow__edge-interaction, path.react-flow__edge-path').first();
  const point = await path.evaluate((element) => {
    const line = element as SVGPathElement;
    const length = line.getTotalLength();
    const local = line.getPointAtLength(length * 0.35);
    const matrix = line.getScreenCTM();
    if (!matrix) throw new Error('edge is not on screen');
    return { x: local.x * matrix.a + local.y * matrix.c + matrix.e, y: local.x * matrix.b + local.y * matrix.d + matrix.f };
  });
  await page.mouse.click(point.x, point.y);
}

/** The id of a step, read from its node on the canvas. */
export async function stepId(page: Page, label: string): Promise<string> {
  const testId = await node(page, label).getAttribute('data-testid');
  if (!testId) throw new Error(`no node for ${label}`);
  return testId.replace(/^rf__node-/, '');
}

/** Drags from a step's outgoing handle onto another step: a new flow. */
export async function connectSteps(page: Page, fromLabel: string, toLabel: string): Promise<void> {
  const source = node(page, fromLabel).locator('.react-flow__handle.source').first();
  const target = node(page, toLabel).locator('.react-flow__handle.target').first();
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('steps are not visible');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** The text input (or textarea) of an inspector field, by its test id. */
export function field(page: Page, testId: string): Locator {
  return page.getByTestId(testId).locator('input:not([type="checkbox"]), textarea').first();
}

export function fieldSelect(page: Page, testId: string): Locator {
  return page.getByTestId(testId).locator('select').first();
}

/** Types a value into an inspector field and leaves it, as a user tabbing on would. */
export async function setField(page: Page, testId: string, value: string): Promise<void> {
  const input = field(page, testId);
  await input.fill(value);
  await input.press('Tab');
}

/** Clicks "Fit" and waits until the zoom animation has settled, so later clicks land on target. */
export async function fitView(page: Page): Promise<void> {
  await page.locator('[data-command="view.fitView"]').click();
  await waitForStillViewport(page);
}

export async function waitForStillViewport(page: Page): Promise<void> {
  const viewport = page.locator('.react-flow__viewport');
  let previous = '';
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const transform = (await viewport.getAttribute('style')) ?? '';
    if (transform === previous) return;
    previous = transform;
    await page.waitForTimeout(120);
  }
}

/**
 * Makes the browser build save by download (no File System Access API), so a test can
 * read what Save writes. Call before page.goto.
 */
export async function saveByDownload(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const pickers = window as unknown as Record<string, unknown>;
    delete pickers.showSaveFilePicker;
    delete pickers.showOpenFilePicker;
  });
}

/** The document as Save writes it (parsed JSON), without the save timestamp. */
export async function savedDocument(page: Page): Promise<Record<string, unknown>> {
  const download = page.waitForEvent('download', { timeout: 15_000 });
  await page.locator('[data-command="file.save"]').click();
  const stream = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const document = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { meta: Record<string, unknown> } & Record<string, unknown>;
  delete document.meta.updatedAt;
  return document;
}

/**
 * After File → Export plan: the checklist of what the plan still lacks comes first when
 * something is missing; "Export anyway" leads on to the export choices, which this waits for.
 */
export async function passPlanChecklist(page: Page): Promise<void> {
  const checklist = page.getByTestId('plan-checklist-dialog');
  const choices = page.getByTestId('export-plan-dialog');
  await expect(checklist.or(choices)).toBeVisible();
  if (await checklist.isVisible()) await page.getByTestId('plan-checklist-anyway').click();
  await expect(choices).toBeVisible();
}

/** A step drawn after another one as a user does it: see drawStepAfter. */
export interface DrawnStep {
  after: string;
  label: string;
  /** Enter (default) or Tab adds the step. */
  key?: 'Enter' | 'Tab';
  /** Click "Fit" first, so the step to select is in view. */
  fit?: boolean;
  /** Option labels of the inspector's selects, as shown in the UI language. */
  type?: string;
  lane?: string;
  valueType?: string;
  /** Minutes, typed as the user types them. */
  processTime?: string;
  waitTime?: string;
}

/**
 * Selects `after`, adds the next step with Enter (or Tab) and names it in place, then fills
 * the inspector: type, lane, work and waiting time, value for the customer, in that order.
 */
export async function drawStepAfter(page: Page, step: DrawnStep): Promise<void> {
  if (step.fit === true) await fitView(page);
  await selectStep(page, step.after);
  await addStepAfterSelected(page, step.label, step.key);
  if (step.type !== undefined) await fieldSelect(page, 'field-type').selectOption({ label: step.type });
  if (step.lane !== undefined) await fieldSelect(page, 'field-lane').selectOption({ label: step.lane });
  if (step.processTime !== undefined) await setField(page, 'field-processTime', step.processTime);
  if (step.waitTime !== undefined) await setField(page, 'field-waitTime', step.waitTime);
  if (step.valueType !== undefined) await fieldSelect(page, 'field-valueType').selectOption({ label: step.valueType });
}
