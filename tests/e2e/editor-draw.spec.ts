import { formatCurrency, formatDuration, formatNumber, formatPercent } from '../../shared/i18n/format';
import { expect, screenshot, test } from '../helpers/e2e';
import {
  clickEdge,
  connectSteps,
  drawStepAfter,
  edgeBetween,
  fitView,
  node,
  openEditor,
  setField,
  stepId,
} from '../helpers/editorPage';

/*
 * A new user draws an invoice-approval process from an empty map (nl), with the mouse
 * and the keyboard only, and reads the metrics bar. Lanes: Secretariaat (sec), Manager (mgr).
 *
 *   Start(sec) → Registreren(sec, PT 10) → Beoordelen(mgr, PT 20, WT 240, value-adding)
 *     → Goedgekeurd?(mgr, decision, PT 5)
 *         ja  80% → Bevestigen(sec, PT 5, WT 60) → Archiveren(sec, PT 3) → Klaar(sec)
 *         nee 20% → Afwijzen(mgr, PT 15)         → Archiveren
 *
 * Hand calculation (domain.md sections 2–3), visits v: 1 for every step except
 * v(Bevestigen) = 0.8 and v(Afwijzen) = 0.2.
 *   PT  = 10 + 20 + 5 + 0.8·5 + 0.2·15 + 3      = 45 min
 *   WT  = 240 + 0.8·60                           = 288 min
 *   LT  = 45 + 288                               = 333 min  (= 5.55 h at 8 h/day)
 *   activity ratio = 45 / 333                    = 13.51 %
 *   PCE = 20 (value-adding Beoordelen) / 333     = 6.01 %
 *   handoffs = Registreren→Beoordelen 1 + Goedgekeurd?→Bevestigen 0.8 + Afwijzen→Archiveren 0.2 = 2
 *   rolled %C&A = 100 % (every step 100 %)
 *   annual effort (1,000 cases) = 1000 · 45 / 60 = 750 h
 *   annual cost = 750 h · € 45 (default rate, no lane rate) = € 33,750
 */
const expected = {
  leadTime: formatDuration(333, 8, 'nl'),
  processTime: formatDuration(45, 8, 'nl'),
  activityRatio: formatPercent(45 / 333, 'nl', 1),
  pce: formatPercent(20 / 333, 'nl', 1),
  handoffs: formatNumber(2, 'nl', 1),
  rolledCompleteAccurate: formatPercent(1, 'nl', 0),
  annualHours: `${formatNumber(750, 'nl', 0)} uur`,
  annualCost: formatCurrency(33750, 'EUR', 'nl'),
};

test('a new user draws a process with keyboard and mouse and gets the hand-calculated metrics', async ({ page, appUrl }) => {
  test.setTimeout(120_000);
  await openEditor(page, appUrl);

  // The empty map joins Start to Klaar; the user removes that arrow first.
  const startId = await stepId(page, 'Start');
  const endId = await stepId(page, 'Klaar');
  await clickEdge(page, edgeBetween(page, startId, endId));
  await expect(page.getByTestId('flow-inspector')).toBeVisible();
  await page.keyboard.press('Delete');
  await expect(edgeBetween(page, startId, endId)).toHaveCount(0);

  // Enter after a selected step adds the next one, connected, ready to be named.
  await drawStepAfter(page, { after: 'Start', label: 'Registreren', processTime: '10' });
  await drawStepAfter(page, { after: 'Registreren', label: 'Beoordelen', key: 'Tab', lane: 'Manager', processTime: '20', waitTime: '240', valueType: 'Waardetoevoegend' });
  await drawStepAfter(page, { fit: true, after: 'Beoordelen', label: 'Goedgekeurd?', type: 'Beslissing', processTime: '5' });
  await drawStepAfter(page, { fit: true, after: 'Goedgekeurd?', label: 'Bevestigen', lane: 'Secretariaat', processTime: '5', waitTime: '60' });
  await drawStepAfter(page, { fit: true, after: 'Goedgekeurd?', label: 'Afwijzen', processTime: '15' });
  await drawStepAfter(page, { fit: true, after: 'Bevestigen', label: 'Archiveren', processTime: '3' });

  // The mouse joins the remaining steps: Afwijzen → Archiveren → Klaar.
  await fitView(page);
  await connectSteps(page, 'Afwijzen', 'Archiveren');
  await connectSteps(page, 'Archiveren', 'Klaar');
  const ids = {
    decision: await stepId(page, 'Goedgekeurd?'),
    confirm: await stepId(page, 'Bevestigen'),
    reject: await stepId(page, 'Afwijzen'),
    archive: await stepId(page, 'Archiveren'),
  };
  await expect(edgeBetween(page, ids.reject, ids.archive)).toHaveCount(1);
  await expect(edgeBetween(page, ids.archive, endId)).toHaveCount(1);

  // The two branches of the decision get their probabilities in the inspector.
  await clickEdge(page, edgeBetween(page, ids.decision, ids.confirm));
  await setField(page, 'field-probability', '80');
  await clickEdge(page, edgeBetween(page, ids.decision, ids.reject));
  await setField(page, 'field-probability', '20');

  // Demand is a map setting: nothing selected shows the map's settings.
  await page.keyboard.press('Escape');
  await node(page, 'Klaar').click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('map-settings-inspector')).toBeVisible();
  await setField(page, 'field-casesPerYear', '1000');

  const metric = (id: string) => page.getByTestId(`metric-${id}`);
  await expect(metric('leadTime')).toHaveText(expected.leadTime);
  await expect(metric('processTime')).toHaveText(expected.processTime);
  await expect(metric('activityRatio')).toHaveText(expected.activityRatio);
  await expect(page.getByTestId('metric-pce')).toContainText(expected.pce);
  await expect(metric('handoffs')).toHaveText(expected.handoffs);
  await expect(metric('rolledCompleteAccurate')).toHaveText(expected.rolledCompleteAccurate);
  await expect(metric('annualHours')).toHaveText(expected.annualHours);
  await expect(metric('annualCost')).toHaveText(expected.annualCost);
  await expect(page.getByTestId('diagnostics')).toHaveCount(0);

  await fitView(page);
  await screenshot(page, 'editor-drawn-process');
});
