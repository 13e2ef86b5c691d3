import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_STEP_OFFSET_PX, LANE_HEIGHT_PX } from '../../shared/model/layout';
import type { ProcessMap } from '../../shared/model/types';
import { expect, screenshot, test } from '../helpers/e2e';
import { waitForStillViewport } from '../helpers/editorPage';
import { currentMap, openWithMap } from './canvas-support';

const invoices: unknown = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/maps/inkomende-facturen.stroomlijn'), 'utf8'));

function positionsOf(map: ProcessMap): Record<string, { x: number; y: number }> {
  return Object.fromEntries(map.steps.map((step) => [step.id, step.position]));
}

test('auto-layout keeps every step in its lane, runs left to right, and is one undo step', async ({ page, appUrl }) => {
  await openWithMap(page, appUrl, invoices);
  const before = await currentMap(page);
  // Scramble the picture a little first, so the layout has work to do.
  await page.evaluate(() =>
    window.__stroomlijnTest?.dispatch({ type: 'step/move', moves: [{ stepId: 's9', position: { x: 200, y: 240 } }, { stepId: 's4', position: { x: 1800, y: 200 } }] }),
  );
  const scrambled = await currentMap(page);

  await page.locator('[data-command="view.autoLayout"]').click();
  await expect(page.getByRole('status').filter({ hasText: 'Kaart geordend' })).toBeVisible({ timeout: 15_000 });
  await waitForStillViewport(page);
  const after = await currentMap(page);
  await screenshot(page, 'canvas-auto-layout');

  const laneIndex = new Map(after.lanes.map((lane, index) => [lane.id, index]));
  for (const step of after.steps) {
    const original = before.steps.find((candidate) => candidate.id === step.id);
    expect(step.laneId, step.id).toBe(original?.laneId);
    expect(step.position.y, step.id).toBe((laneIndex.get(step.laneId) ?? -1) * LANE_HEIGHT_PX + DEFAULT_STEP_OFFSET_PX);
  }
  const positions = positionsOf(after);
  for (const flow of after.flows.filter((candidate) => !candidate.rework)) {
    expect(positions[flow.to]?.x ?? 0, `${flow.from} → ${flow.to}`).toBeGreaterThan(positions[flow.from]?.x ?? 0);
  }

  await page.locator('.react-flow__pane').click({ position: { x: 400, y: 10 } });
  await page.keyboard.press('Control+z');
  await expect.poll(async () => positionsOf(await currentMap(page))).toEqual(positionsOf(scrambled));
});
