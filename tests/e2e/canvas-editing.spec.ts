import { expect, screenshot, test } from '../helpers/e2e';
import { canvasNode, currentMap, dragNodeBy, flowToScreen, openWithMap, stepById, stepByLabel, threeLaneMap } from './canvas-support';

test.describe('canvas: drawing and editing steps', () => {
  test.beforeEach(async ({ page, appUrl }) => {
    await openWithMap(page, appUrl, threeLaneMap());
  });

  test('an activity dragged from the palette lands in the lane it is dropped on', async ({ page }) => {
    // An empty spot in the Manager band (180–360), right of "Beoordelen".
    const drop = await flowToScreen(page, { x: 760, y: 270 });
    const pane = await page.locator('.react-flow__pane').boundingBox();
    if (!pane) throw new Error('no pane');
    await page.locator('[data-palette-kind="activity"]').dragTo(page.locator('.react-flow__pane'), {
      targetPosition: { x: drop.x - pane.x, y: drop.y - pane.y },
    });
    const editor = page.locator('.inline-editor');
    await expect(editor).toBeFocused();
    await editor.fill('Budget controleren');
    await editor.press('Enter');
    await expect(canvasNode(page, 'reg')).toBeVisible();
    await expect(page.locator('.react-flow__node').filter({ hasText: 'Budget controleren' })).toBeVisible();
    const added = await stepByLabel(page, 'Budget controleren');
    expect(added).toMatchObject({ type: 'activity', laneId: 'mgr' });
    // Centred on the drop point (150 × 100 box), snapped to the 10 px grid, inside the band.
    expect(Math.abs((added?.position.x ?? 0) - 685)).toBeLessThanOrEqual(10);
    expect(added?.position.y).toBeGreaterThanOrEqual(188);
    expect(added?.position.y).toBeLessThanOrEqual(252);
    await screenshot(page, 'canvas-palette-drop');
  });

  test('a double-click on an empty spot of a lane adds a step there and starts naming it', async ({ page }) => {
    const spot = await flowToScreen(page, { x: 300, y: 450 });
    await page.mouse.dblclick(spot.x, spot.y);
    const editor = page.locator('.inline-editor');
    await expect(editor).toBeFocused();
    await expect(editor).toHaveValue('Nieuwe stap');
    await editor.fill('Bon opzoeken');
    await editor.press('Enter');
    await expect(editor).toHaveCount(0);
    expect(await stepByLabel(page, 'Bon opzoeken')).toMatchObject({ laneId: 'fin', type: 'activity' });
  });

  test('a step is renamed in place: Enter saves, Escape cancels, F2 starts', async ({ page }) => {
    await canvasNode(page, 'reg').locator('.step__label').dblclick();
    const editor = page.locator('.inline-editor');
    await expect(editor).toBeFocused();
    await editor.fill('Registreren in Excel');
    await screenshot(page, 'canvas-inline-rename');
    await editor.press('Enter');
    await expect(canvasNode(page, 'reg')).toContainText('Registreren in Excel');
    expect((await stepById(page, 'reg')).label).toBe('Registreren in Excel');

    // F2 on the selected step, then Escape: nothing changes.
    await canvasNode(page, 'reg').click();
    await page.keyboard.press('F2');
    await expect(editor).toBeFocused();
    await editor.fill('Iets anders');
    await editor.press('Escape');
    await expect(editor).toHaveCount(0);
    expect((await stepById(page, 'reg')).label).toBe('Registreren in Excel');
  });

  test('dragging from a step’s handle to another step adds a flow', async ({ page }) => {
    await canvasNode(page, 'reg').hover();
    const handle = canvasNode(page, 'reg').locator('.react-flow__handle[data-handleid="out"]');
    const from = await handle.boundingBox();
    const to = await canvasNode(page, 'pay').boundingBox();
    if (!from || !to) throw new Error('steps are not visible');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + 12, to.y + to.height / 2, { steps: 20 });
    await page.mouse.up();
    await expect.poll(async () => (await currentMap(page)).flows.filter((flow) => flow.from === 'reg' && flow.to === 'pay').length).toBe(1);
    // The new flow is selected, so the inspector can set its chance straight away.
    const added = (await currentMap(page)).flows.find((flow) => flow.from === 'reg' && flow.to === 'pay');
    await expect(page.locator(`.react-flow__edge[data-id="${added?.id ?? ''}"]`)).toHaveClass(/selected/);
  });

  test('moving a step into another band moves it to that lane, in one undo step', async ({ page }) => {
    const before = await stepById(page, 'reg');
    // One band down: from Secretariaat into Manager.
    await dragNodeBy(page, 'reg', { x: 0, y: 180 });
    await expect.poll(async () => (await stepById(page, 'reg')).laneId).toBe('mgr');
    const moved = await stepById(page, 'reg');
    expect(moved.position.y).toBeGreaterThanOrEqual(188);
    expect(moved.position.y).toBeLessThanOrEqual(252);
    expect(moved.position.x % 10).toBe(0);
    await screenshot(page, 'canvas-step-moved-to-lane');

    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await stepById(page, 'reg')).laneId).toBe('sec');
    expect((await stepById(page, 'reg')).position).toEqual(before.position);
    expect(await page.evaluate(() => window.__stroomlijnTest?.getState().canUndo)).toBe(false);
  });

  test('Ctrl-click adds to the selection and a Shift-drag box selects what it touches', async ({ page }) => {
    await canvasNode(page, 'reg').click();
    await canvasNode(page, 'pay').click({ modifiers: ['Control'] });
    await expect.poll(() => page.evaluate(() => window.__stroomlijnTest?.getSession().selection.stepIds)).toEqual(['reg', 'pay']);

    await page.locator('.react-flow__pane').click({ position: { x: 400, y: 20 } });
    const corner = await flowToScreen(page, { x: 200, y: 20 });
    const opposite = await flowToScreen(page, { x: 620, y: 350 });
    await page.keyboard.down('Shift');
    await page.mouse.move(corner.x, corner.y);
    await page.mouse.down();
    await page.mouse.move(opposite.x, opposite.y, { steps: 10 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect.poll(async () => [...((await page.evaluate(() => window.__stroomlijnTest?.getSession().selection.stepIds)) ?? [])].sort()).toEqual(['check', 'reg']);
  });
});
