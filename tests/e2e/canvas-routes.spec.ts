import { expect, screenshot, test } from '../helpers/e2e';
import { waitForStillViewport } from '../helpers/editorPage';
import { currentMap, openWithMap } from './canvas-support';

/**
 * Issue 11's scenario "declaraties verwerken": four lanes, an incompleteness loop back to the
 * employee through a correction step that only the rework flow reaches (first in the file, as
 * when it is added early), and an approval with a rejection end. Positions scrambled.
 */
function declaraties(): unknown {
  const step = (id: string, type: string, label: string, laneId: string, x: number, y: number) => ({ id, type, label, laneId, processTime: 10, position: { x, y } });
  return {
    format: 'stroomlijn-map',
    schemaVersion: 1,
    meta: { title: 'Declaraties verwerken', description: '', organisation: '', author: '', language: 'nl', createdAt: '', updatedAt: '' },
    settings: { casesPerYear: 1800, hoursPerDay: 8, currency: 'EUR', defaultHourlyCost: 45 },
    lanes: [
      { id: 'med', name: 'Medewerker' },
      { id: 'sec', name: 'Secretariaat' },
      { id: 'mgr', name: 'Manager' },
      { id: 'fin', name: 'Financiën' },
    ],
    steps: [
      step('aanvullen', 'activity', 'Declaratie aanvullen', 'med', 0, 50),
      step('start', 'start', 'Bon in handen', 'med', 600, 50),
      step('indienen', 'activity', 'Declaratie indienen', 'med', 300, 50),
      step('controleren', 'activity', 'Controleren', 'sec', 900, 230),
      step('compleet', 'decision', 'Compleet?', 'sec', 200, 230),
      step('goedkeuren', 'decision', 'Akkoord?', 'mgr', 1100, 410),
      step('afgewezen', 'end', 'Afgewezen', 'mgr', 100, 410),
      step('uitbetalen', 'activity', 'Uitbetalen', 'fin', 700, 590),
      step('klaar', 'end', 'Uitbetaald', 'fin', 300, 590),
    ],
    flows: [
      { id: 'f1', from: 'start', to: 'indienen' },
      { id: 'f2', from: 'indienen', to: 'controleren' },
      { id: 'f3', from: 'controleren', to: 'compleet' },
      { id: 'f4', from: 'compleet', to: 'goedkeuren', probability: 0.8, label: 'ja' },
      { id: 'f5', from: 'compleet', to: 'aanvullen', probability: 0.2, rework: true, label: 'nee' },
      { id: 'f6', from: 'aanvullen', to: 'controleren' },
      { id: 'f7', from: 'goedkeuren', to: 'uitbetalen', probability: 0.9, label: 'ja' },
      { id: 'f8', from: 'goedkeuren', to: 'afgewezen', probability: 0.1, label: 'nee' },
      { id: 'f9', from: 'uitbetalen', to: 'klaar' },
    ],
    annotations: [],
    actions: [],
  };
}

test('auto-layout of the scenario: start leftmost, ends last, and no flow drawn through a step', async ({ page, appUrl }) => {
  await openWithMap(page, appUrl, declaraties());
  await page.locator('[data-command="view.autoLayout"]').click();
  await expect(page.getByRole('status').filter({ hasText: 'Kaart geordend' })).toBeVisible({ timeout: 60_000 });
  await waitForStillViewport(page);
  await screenshot(page, 'canvas-routes-scenario');

  const map = await currentMap(page);
  const x = new Map(map.steps.map((step) => [step.id, step.position.x]));
  for (const step of map.steps) if (step.id !== 'start') expect(x.get(step.id) ?? 0, step.id).toBeGreaterThan(x.get('start') ?? 0);
  for (const end of ['afgewezen', 'klaar']) for (const other of ['uitbetalen', 'goedkeuren', 'aanvullen']) expect(x.get(end) ?? 0).toBeGreaterThan(x.get(other) ?? 0);

  // Every drawn flow, sampled along its path on screen, stays out of the boxes of the other steps.
  const hits = await page.evaluate(() => {
    const boxes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((node) => ({ id: node.dataset.id ?? '', rect: node.getBoundingClientRect() }));
    const found: string[] = [];
    for (const edge of document.querySelectorAll<SVGGElement>('.react-flow__edge')) {
      const path = edge.querySelector<SVGPathElement>('path.react-flow__edge-path');
      const id = edge.getAttribute('data-id') ?? '';
      if (!path) continue;
      const matrix = path.getScreenCTM();
      if (!matrix) continue;
      const length = path.getTotalLength();
      for (let along = 0; along <= length; along += 4) {
        const point = new DOMPoint(path.getPointAtLength(along).x, path.getPointAtLength(along).y).matrixTransform(matrix);
        for (const box of boxes) {
          const inset = 3;
          const inside = point.x > box.rect.left + inset && point.x < box.rect.right - inset && point.y > box.rect.top + inset && point.y < box.rect.bottom - inset;
          if (inside) found.push(`${id} in ${box.id}`);
        }
      }
    }
    return [...new Set(found)];
  });
  // A flow may touch its own ends only: the edge id is the flow id, node ids the step ids.
  const flows = new Map(map.flows.map((flow) => [flow.id, flow]));
  const foreign = hits.filter((hit) => {
    const [flowId, , stepId] = hit.split(' ');
    const flow = flows.get(flowId ?? '');
    return flow?.from !== stepId && flow?.to !== stepId;
  });
  expect(foreign).toEqual([]);

  // Closer up, with the flow labels shown: kept for looking at, not asserted.
  await page.locator('.canvas-controls__button').first().click();
  await page.locator('.canvas-controls__button').first().click();
  await waitForStillViewport(page);
  await screenshot(page, 'canvas-routes-scenario-zoomed');
});
