import { expect, screenshot, test } from '../helpers/e2e';
import { node } from '../helpers/editorPage';
import { WORKED_EXAMPLE, openAppWithMap } from './panels-support';

/**
 * A map file is untrusted input: a colleague's file, a download. Labels, names, notes and
 * titles that contain HTML or script must show as plain text everywhere and run nothing.
 */
const IMG = '<img src=x onerror=alert(1)>';
const FLAG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';
const SVG = '<svg onload="window.__xss=3"></svg>';

const hostileMap = {
  ...WORKED_EXAMPLE,
  meta: { ...WORKED_EXAMPLE.meta, title: `Facturen ${SCRIPT}`, description: FLAG },
  lanes: [
    { id: 'sec', name: `Secretariaat ${SVG}`, hourlyCost: 40 },
    { id: 'mgr', name: 'Manager', hourlyCost: 60 },
  ],
  steps: WORKED_EXAMPLE.steps.map((step) =>
    step.id === 'A' ? { ...step, label: IMG, note: FLAG, system: SCRIPT } : step.id === 'B' ? { ...step, label: `Beoordelen ${FLAG}` } : step,
  ),
  flows: WORKED_EXAMPLE.flows.map((flow) => (flow.id === 'f5' ? { ...flow, label: SVG } : flow)),
  annotations: [{ id: 'a1', kind: 'note', text: `Let op ${IMG}`, position: { x: 300, y: 400 } }],
};

test.describe('security: hostile text in a map file', () => {
  test('is shown as text on the canvas, in the inspector and the title, and runs nothing', async ({ page, appUrl }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openAppWithMap(page, appUrl, hostileMap, 'xss.stroomlijn');

    // Canvas: the step label is the literal text, and no element came out of it.
    const step = page.locator('.react-flow__node[data-id="A"]');
    await expect(step).toBeVisible();
    await expect(step).toContainText(IMG);
    await expect(node(page, 'Beoordelen')).toContainText(FLAG);
    await expect(page.getByText(`Secretariaat ${SVG}`).first()).toBeVisible();
    await expect(page.getByText(`Let op ${IMG}`).first()).toBeVisible();

    // Inspector: the fields hold the text as typed.
    await step.click();
    await expect(page.getByTestId('step-inspector')).toBeVisible();
    await expect(page.getByTestId('field-label').locator('input, textarea').first()).toHaveValue(IMG);
    await expect(page.getByTestId('inspector')).toContainText(FLAG);

    // The map title and description, in the map's settings (nothing selected).
    await page.keyboard.press('Escape');
    await page.locator('.react-flow__pane').click({ position: { x: 600, y: 520 } });
    const fieldValues = () => page.getByTestId('inspector').locator('input, textarea').evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value));
    await expect.poll(fieldValues).toEqual(expect.arrayContaining([`Facturen ${SCRIPT}`, FLAG]));

    await screenshot(page, 'security-xss-as-text');
    // Give anything injected the chance to load or fire.
    await page.waitForTimeout(300);
    const injected = await page.evaluate(() => ({
      flag: (window as unknown as { __xss?: number }).__xss ?? null,
      images: document.querySelectorAll('img[src="x"], img[onerror]').length,
      handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
      scripts: [...document.scripts].filter((script) => script.src === '' || script.textContent.includes('__xss')).length,
      svgs: [...document.querySelectorAll('svg')].filter((svg) => svg.getAttribute('onload') !== null).length,
    }));
    expect(injected).toEqual({ flag: null, images: 0, handlers: 0, scripts: 0, svgs: 0 });
    expect(dialogs).toEqual([]);
  });
});
