import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { exportBpmn } from '../../shared/formats/bpmn/exportBpmn';
import { parseMap } from '../../shared/model/parse';

const ROOT = join(import.meta.dirname, '../..');

/**
 * The BPMN export in a real BPMN renderer (domain.md section 9: "so Camunda Modeler and
 * bpmn.io show it laid out"): bpmn-js's viewer bundle from node_modules draws the exported
 * file of a template with a parallel block; it must import without warnings and draw a
 * shape per step and lane and an edge per flow.
 */
test('bpmn-js draws the exported BPMN of a map laid out, without warnings', async ({ page }) => {
  const parsed = parseMap(readFileSync(join(ROOT, 'fixtures/maps/onboarding-new-colleague.stroomlijn'), 'utf8'));
  if (!parsed.ok) throw new Error('fixture does not open');
  const xml = exportBpmn(parsed.map);
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.setContent('<!doctype html><html><body style="margin:0"><div id="canvas" style="width:1600px;height:900px"></div></body></html>');
  await page.addScriptTag({ path: join(ROOT, 'node_modules/bpmn-js/dist/bpmn-viewer.production.min.js') });
  await page.addStyleTag({ path: join(ROOT, 'node_modules/bpmn-js/dist/assets/bpmn-js.css') });
  const result = await page.evaluate(async (text) => {
    const Viewer = (window as unknown as { BpmnJS: new (options: { container: string }) => { importXML(xml: string): Promise<{ warnings: unknown[] }>; get(name: string): { zoom(mode: string): void } } }).BpmnJS;
    const viewer = new Viewer({ container: '#canvas' });
    const { warnings } = await viewer.importXML(text);
    viewer.get('canvas').zoom('fit-viewport');
    return { warnings: warnings.map(String) };
  }, xml);
  expect(result.warnings).toEqual([]);
  const state = parsed.map;
  await expect(page.locator('.djs-shape[data-element-id]:not([data-element-id$="_label"])')).toHaveCount(state.steps.length + state.lanes.length + 1);
  await expect(page.locator('.djs-connection')).toHaveCount(state.flows.length);
  await page.screenshot({ path: join(ROOT, 'artifacts/screenshots/bpmn-export-in-bpmn-js.png') });
});
