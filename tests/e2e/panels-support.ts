import type { Page } from '@playwright/test';
import { expect } from '../helpers/e2e';

/**
 * The worked example of domain.md section 3, as a file: start(sec) → A(sec, pt 10) →
 * B(mgr, pt 5, wait 120, %C&A 80) → D(mgr, pt 1) → end (75%), or back to A as rework
 * (the remaining 25%, left automatic). Hand-computed: v(A)=v(B)=v(D)=4/3, PT 21.33 min,
 * WT 160 min, LT 181.33 min, handoffs 5/3, rolled %C&A 0.6. With 1,200 cases a year:
 * 426.67 hours; cost = 266.67 h × €40 (sec) + 160 h × €60 (mgr) = €20,266.67.
 */
export const WORKED_EXAMPLE = {
  format: 'stroomlijn-map',
  schemaVersion: 1,
  meta: { title: 'Rekenvoorbeeld', description: 'Het rekenvoorbeeld uit de specificatie', organisation: '', author: '', language: 'nl', createdAt: '', updatedAt: '' },
  settings: { casesPerYear: 1200, hoursPerDay: 8, currency: 'EUR', defaultHourlyCost: 45 },
  lanes: [
    { id: 'sec', name: 'Secretariaat', hourlyCost: 40 },
    { id: 'mgr', name: 'Manager', hourlyCost: 60 },
  ],
  steps: [
    { id: 'start', type: 'start', label: 'Aanvraag binnen', laneId: 'sec', position: { x: 0, y: 50 } },
    { id: 'A', type: 'activity', label: 'Aanvraag invoeren', laneId: 'sec', processTime: 10, position: { x: 220, y: 50 } },
    { id: 'B', type: 'activity', label: 'Aanvraag beoordelen', laneId: 'mgr', processTime: 5, waitTime: 120, completeAccurate: 0.8, position: { x: 440, y: 230 } },
    { id: 'D', type: 'decision', label: 'Akkoord?', laneId: 'mgr', processTime: 1, position: { x: 660, y: 230 } },
    { id: 'end', type: 'end', label: 'Afgehandeld', laneId: 'mgr', position: { x: 880, y: 230 } },
  ],
  flows: [
    { id: 'f1', from: 'start', to: 'A' },
    { id: 'f2', from: 'A', to: 'B' },
    { id: 'f3', from: 'B', to: 'D' },
    { id: 'f4', from: 'D', to: 'A', rework: true, label: 'nee' },
    { id: 'f5', from: 'D', to: 'end', probability: 0.75, label: 'ja' },
  ],
  annotations: [{ id: 'a1', kind: 'note', text: 'Beoordelen ligt vaak stil', position: { x: 300, y: 400 } }],
  actions: [],
};

/**
 * Opens the app with a map loaded through File → Open. The File System Access API is
 * hidden first, so the browser bridge uses its <input type=file> fallback, which
 * Playwright can fill.
 */
export async function openAppWithMap(page: Page, appUrl: string, map: object, fileName = 'rekenvoorbeeld.stroomlijn'): Promise<void> {
  await page.addInitScript(() => {
    const pickers = window as unknown as Record<string, unknown>;
    delete pickers.showOpenFilePicker;
    delete pickers.showSaveFilePicker;
  });
  await page.goto(appUrl);
  await expect(page.getByTestId('metrics-bar')).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.locator('[data-command="file.open"]').click();
  await (await chooser).setFiles({ name: fileName, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(map), 'utf8') });
  await expect(page.getByTestId('metric-leadTime')).not.toHaveText('0 minuten');
}

/** A field of the inspector by its test id: its text input (the number of a duration, a text with suggestions). */
export function fieldInput(page: Page, testId: string) {
  return page.getByTestId('inspector').getByTestId(testId).locator('input[type="text"], textarea').first();
}

/**
 * Clicks an arrow on the canvas halfway along its drawn path (the middle of its bounding
 * box misses curved arrows such as rework loops) until the inspector shows that arrow;
 * right after a map opens the view may still be moving into place.
 */
export async function clickFlow(page: Page, flowId: string): Promise<void> {
  const edge = page.getByTestId(`rf__edge-${flowId}`);
  await expect(async () => {
    const point = await edge.locator('path').first().evaluate((path) => {
      const shape = path as SVGPathElement;
      const middle = shape.getPointAtLength(shape.getTotalLength() / 2);
      const matrix = shape.getScreenCTM();
      if (!matrix) throw new Error('the arrow is not on screen');
      return { x: middle.x * matrix.a + middle.y * matrix.c + matrix.e, y: middle.x * matrix.b + middle.y * matrix.d + matrix.f };
    });
    await page.mouse.click(point.x, point.y);
    await expect(page.locator(`[data-testid="flow-inspector"][data-flow-id="${flowId}"]`)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
}
