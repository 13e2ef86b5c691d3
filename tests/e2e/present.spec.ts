import type { Page } from '@playwright/test';
import { expect, screenshot, test } from '../helpers/e2e';
import { selectStep } from '../helpers/editorPage';
import { invoicesWithActions } from '../unit/planFixtures';
import { openWithMap } from './canvas-support';

const map = invoicesWithActions();

/** What presenting must leave exactly as it was. */
async function editorSnapshot(page: Page) {
  return page.evaluate(() => {
    const hooks = window.__stroomlijnTest;
    if (!hooks) throw new Error('test hooks are not installed');
    const state = hooks.getState();
    const session = hooks.getSession();
    return { map: JSON.stringify(state.map), canUndo: state.canUndo, canRedo: state.canRedo, selection: session.selection, target: session.target, view: session.view };
  });
}

test('presentation mode steps through every stage at 1280×720 and 1920×1080 and returns with the document and selection unchanged', async ({ page, appUrl }) => {
  // Two passes through every stage and two window sizes: generous on a loaded machine.
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openWithMap(page, appUrl, map);
  await selectStep(page, map.steps.find((step) => step.id === 's5')?.label ?? '');
  const before = await editorSnapshot(page);
  expect(before.selection.stepIds).toEqual(['s5']);

  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await page.keyboard.press('F5');
    const presentation = page.getByTestId('presentation');
    await expect(presentation).toBeVisible();
    // The window opens at once; the first stage follows when the figures are ready.
    await expect(page.getByTestId('present-counter')).toBeVisible();
    const stages: string[] = [];
    for (;;) {
      const stage = (await presentation.getAttribute('data-stage')) ?? '';
      const counter = (await page.getByTestId('present-counter').textContent()) ?? '';
      stages.push(stage);
      // The map fits the screen: its picture lies inside the window.
      if (stage === 'current' || stage === 'finding' || stage === 'future') {
        const box = await page.getByTestId('present-map').boundingBox();
        expect(box).not.toBeNull();
        expect((box?.x ?? -1) >= 0 && (box?.y ?? -1) >= 0).toBe(true);
        expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(size.width + 1);
        expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(size.height + 1);
      }
      // Each kind of stage once per screen size, to look at.
      if (stages.filter((kind) => kind === stage).length === 1) {
        await screenshot(page, `present-${stage}-${size.width}x${size.height}`);
      }
      const [shown, total] = counter.split('/').map((part) => Number(part.trim()));
      if (shown === total) break;
      await page.keyboard.press('ArrowRight');
      await expect(page.getByTestId('present-counter')).not.toHaveText(counter);
    }
    expect(stages[0]).toBe('current');
    expect(stages[1]).toBe('time');
    expect(stages.filter((stage) => stage === 'finding').length).toBeGreaterThanOrEqual(3);
    expect(stages.slice(-3)).toEqual(['actions', 'future', 'before-after']);
    // Back one stage, then Escape: editing again, exactly where the user was.
    await page.keyboard.press('ArrowLeft');
    await expect(presentation).toHaveAttribute('data-stage', 'future');
    await page.keyboard.press('Escape');
    await expect(presentation).toHaveCount(0);
    expect(await editorSnapshot(page)).toEqual(before);
  }
  // The toolbar button opens it too.
  await page.locator('[data-command="view.present"]').click();
  await expect(page.getByTestId('presentation')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);
  expect(await editorSnapshot(page)).toEqual(before);
});
