import type { Page } from '@playwright/test';
import { expect, screenshot, test } from '../helpers/e2e';
import { node, passPlanChecklist } from '../helpers/editorPage';
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
  actions: [
    {
      id: 'act1',
      title: `Sneller beoordelen ${FLAG}`,
      description: SCRIPT,
      findingIds: [],
      ecrs: 'simplify',
      owner: IMG,
      dueDate: '',
      effort: 'low',
      status: 'accepted',
      effects: [{ type: 'set-wait-time', stepId: 'B', minutes: 30 }],
    },
  ],
};

/** What a label that ran would leave behind, in a document (the page or a frame). */
async function injectedIn(page: Page, frameSelector?: string) {
  return page.evaluate((selector) => {
    const frame = selector ? document.querySelector<HTMLIFrameElement>(selector) : null;
    const doc = selector ? frame?.contentDocument : document;
    if (!doc) return null;
    return {
      flag: (window as unknown as { __xss?: number }).__xss ?? null,
      images: doc.querySelectorAll('img[src="x"], img[onerror]').length,
      handlers: doc.querySelectorAll('[onerror], [onload], [onclick], [onmouseover]').length,
      scripts: [...doc.scripts].filter((script) => script.src === '' || script.textContent.includes('__xss')).length,
    };
  }, frameSelector ?? null);
}
const NOTHING = { flag: null, images: 0, handlers: 0, scripts: 0 };

function hostileTextTests(csp: 'with the CSP' | 'with the CSP bypassed'): void {
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

    await screenshot(page, `security-xss-as-text-${csp === 'with the CSP' ? 'csp' : 'no-csp'}`);
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

  test('stays text in findings, actions, future state, comparison, PICK, export, the print frame, a refusal and a paste', async ({ page, appUrl }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openAppWithMap(page, appUrl, hostileMap, 'xss.stroomlijn');

    // Findings name the steps by their labels; the actions panel shows the action's texts.
    await page.getByTestId('aside-tab-findings').click();
    await expect(page.getByTestId('finding-card').first()).toBeVisible();
    await expect(page.getByTestId('findings-panel')).toContainText('<img src=x');
    await page.getByTestId('aside-tab-actions').click();
    await expect(page.getByTestId('action-card').first()).toContainText(`Sneller beoordelen ${FLAG}`);

    // Future state, comparison and PICK chart.
    for (const view of ['future', 'comparison', 'pick'] as const) {
      await page.getByTestId(`state-tab-${view}`).click();
      await expect(page.locator(`[data-testid="state-tab-${view}"][aria-selected="true"]`)).toBeVisible();
    }
    await expect(page.getByTestId('pick-chart')).toBeVisible();
    await page.getByTestId('state-tab-comparison').click();
    await expect(page.getByTestId('comparison-view')).toContainText(`Sneller beoordelen ${FLAG}`);
    expect(await injectedIn(page)).toEqual(NOTHING);

    // Export dialog, then the PDF through the browser's print frame (its own document).
    await page.getByTestId('state-tab-current').click();
    await page.keyboard.press('Control+e');
    await passPlanChecklist(page);
    const exportDialog = page.getByTestId('export-plan-dialog');
    await expect(exportDialog).toBeVisible();
    await exportDialog.locator('input[name="plan-format"][value="pdf"]').check();
    await exportDialog.getByTestId('export-plan-submit').click();
    const frame = page.locator('[data-testid="plan-print-frame"]');
    await expect(frame).toHaveCount(1);
    await expect.poll(() => page.evaluate(() => document.querySelector<HTMLIFrameElement>('[data-testid="plan-print-frame"]')?.contentDocument?.body?.innerText ?? '')).toContain(IMG);
    expect(await injectedIn(page, '[data-testid="plan-print-frame"]')).toEqual(NOTHING);
    await exportDialog.getByRole('button', { name: 'Sluiten' }).click();
    await expect(exportDialog).toBeHidden();

    // A refusal quotes the label of the step it is about: still text.
    const refused = { ...hostileMap, steps: hostileMap.steps.map((step) => (step.id === 'A' ? { ...step, processTime: -5 } : step)) };
    const chooser = page.waitForEvent('filechooser');
    await page.locator('[data-command="file.open"]').click();
    await (await chooser).setFiles({ name: 'geweigerd.stroomlijn', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(refused), 'utf8') });
    const message = page.getByTestId('message-dialog');
    await expect(message).toContainText(IMG);
    await screenshot(page, `security-xss-refusal-${csp === 'with the CSP' ? 'csp' : 'no-csp'}`);
    expect(await injectedIn(page)).toEqual(NOTHING);
    await message.getByRole('button').first().click();
    await expect(message).toBeHidden();

    // A hostile clipboard text pasted onto the canvas: refused or pasted as text, never run.
    const lanes = hostileMap.lanes;
    const payload = JSON.stringify({
      format: 'stroomlijn-clipboard',
      version: 1,
      steps: [{ id: 'p1', type: 'activity', label: `Geplakt ${IMG}`, laneId: 'sec', position: { x: 100, y: 60 }, note: SCRIPT }],
      flows: [],
      annotations: [],
      lanes,
    });
    await page.locator('.react-flow__pane').click({ position: { x: 600, y: 520 } });
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, payload);
    await expect(page.getByText(`Geplakt ${IMG}`).first()).toBeVisible();
    await page.waitForTimeout(300);
    expect(await injectedIn(page)).toEqual(NOTHING);
    expect(dialogs).toEqual([]);
  });
}

test.describe('security: hostile text in a map file, with the CSP', () => {
  hostileTextTests('with the CSP');
});

// The CSP would stop an injected script even if escaping failed; without it, only the
// escaping itself keeps the labels text.
test.describe('security: hostile text in a map file, with the CSP bypassed', () => {
  test.use({ bypassCSP: true });
  hostileTextTests('with the CSP bypassed');
});
