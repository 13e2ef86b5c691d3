import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { analyseMap } from '../../shared/analysis/analyseMap';
import { computeHeatMap, summariseHandoffs } from '../../shared/analysis/overlays';
import type { Finding } from '../../shared/analysis/types';
import { formatCurrency, formatNumber } from '../../shared/i18n/format';
import { parseMap } from '../../shared/model/parse';
import type { ProcessMap } from '../../shared/model/types';
import { FINDING_CATEGORIES } from '../../shared/model/vocabulary';
import { expect, screenshot, test } from '../helpers/e2e';
import { openEditor, saveByDownload, savedDocument, selectStep, waitForStillViewport } from '../helpers/editorPage';

const projectRoot = resolve(import.meta.dirname, '..', '..');

function loadInvoiceMap(): ProcessMap {
  const parsed = parseMap(readFileSync(resolve(projectRoot, 'fixtures/maps/inkomende-facturen.stroomlijn'), 'utf8'));
  if (!parsed.ok) throw new Error('the invoice template does not parse');
  return parsed.map;
}

const invoice = loadInvoiceMap();
const analysis = analyseMap(invoice);

/** The impact line as the Dutch UI words it (renderer/features/improve/findings/impactText.ts). */
function expectedImpact(finding: Finding): string {
  const hours = formatNumber(finding.impactHoursPerYear, 'nl', finding.impactHoursPerYear < 10 ? 1 : 0);
  if (finding.impactKind === 'case-hours') {
    const line = `≈ ${hours} uur per jaar wachttijd van de zaken samen (geen werk)`;
    return finding.impactCost > 0 ? `${line} · ${formatCurrency(finding.impactCost, invoice.settings.currency, 'nl')}` : line;
  }
  const line = `≈ ${hours} werkuren per jaar`;
  return finding.impactCost > 0 ? `${line} · ${formatCurrency(finding.impactCost, invoice.settings.currency, 'nl')}` : line;
}

async function openInvoiceTemplate(page: Page, appUrl: string): Promise<void> {
  await openEditor(page, appUrl);
  await page.locator('[data-command="file.newFromTemplate"]').click();
  await page.getByTestId('template-inkomende-facturen').click();
  await expect(page.getByTestId('document-name')).toHaveText(invoice.meta.title);
}

function stepNode(page: Page, stepId: string) {
  return page.locator(`.react-flow__node[data-id="${stepId}"] .step-node`);
}

test('findings panel: grouped findings with the analysis numbers, show on map, set aside with a reason', async ({ page, appUrl }) => {
  expect(analysis.findings.length).toBeGreaterThan(3);
  await saveByDownload(page);
  await openInvoiceTemplate(page, appUrl);

  await expect(page.getByTestId('findings-count')).toHaveText(String(analysis.findings.length));
  await page.getByTestId('aside-tab-findings').click();
  const panel = page.getByTestId('findings-panel');
  await expect(panel).toBeVisible();

  // Every category with findings is a group, in DOWNTIME order, with the analysis' titles and impacts.
  const categories = FINDING_CATEGORIES.filter((category) => analysis.findings.some((finding) => finding.category === category));
  await expect(panel.locator('section.finding-group')).toHaveCount(categories.length);
  for (const category of categories) {
    const expected = analysis.findings.filter((finding) => finding.category === category);
    const group = page.getByTestId(`finding-group-${category}`);
    const cards = group.getByTestId('finding-card');
    await expect(cards).toHaveCount(expected.length);
    await expect(group.getByTestId('finding-group-totals')).toContainText(expected.length === 1 ? '1 bevinding' : `${expected.length} bevindingen`);
    for (const [index, finding] of expected.entries()) {
      const card = cards.nth(index);
      await expect(card).toHaveAttribute('data-finding-id', finding.id);
      await expect(card.locator('.finding-card__title')).toHaveText(finding.title);
      if (finding.impactHoursPerYear > 0) await expect(card.getByTestId('finding-impact')).toHaveText(expectedImpact(finding));
    }
  }

  await screenshot(page, 'improve-findings-groups');

  // A long explanation is folded to a few lines until asked for; the numbers stay in the text.
  const longFinding = analysis.findings.find((finding) => finding.explanation.length > 220);
  if (longFinding) {
    const explanation = panel.locator(`[data-finding-id="${longFinding.id}"]`).getByTestId('finding-explanation');
    await expect(explanation).toHaveClass(/is-folded/);
    await panel.locator(`[data-finding-id="${longFinding.id}"]`).getByRole('button', { name: 'Lees verder' }).click();
    await expect(explanation).not.toHaveClass(/is-folded/);
    await expect(explanation).toHaveText(longFinding.explanation);
  }

  // Show on map: the finding's steps are highlighted, the others dimmed.
  const shown = analysis.findings.find((finding) => finding.category === 'waiting') ?? analysis.findings[0];
  if (!shown) throw new Error('no finding');
  const shownCard = panel.locator(`[data-finding-id="${shown.id}"]`);
  await shownCard.getByTestId('finding-show').click();
  await expect(shownCard).toHaveAttribute('data-highlighted', 'true');
  for (const stepId of shown.stepIds) await expect(stepNode(page, stepId)).toHaveAttribute('data-emphasis', 'highlighted');
  // The view zooms to the finding's steps; the other steps still drawn are faded.
  await expect(page.locator('.step-node[data-emphasis="dimmed"]').first()).toBeAttached();
  await waitForStillViewport(page);
  await screenshot(page, 'improve-findings-panel');

  // Set aside with a reason: it moves to the collapsed group, and the file keeps the reason.
  const dismissed = analysis.findings.find((finding) => finding.category === 'handoff') ?? analysis.findings[1];
  if (!dismissed) throw new Error('no second finding');
  await panel.locator(`[data-finding-id="${dismissed.id}"]`).getByTestId('finding-dismiss').click();
  await page.getByTestId('dismiss-reason').fill('Hoort bij de afspraken met de accountant');
  await page.getByTestId('dismiss-confirm').click();
  await expect(page.getByTestId('dismiss-dialog')).toHaveCount(0);
  await expect(page.getByTestId('findings-count')).toHaveText(String(analysis.findings.length - 1));
  const setAside = page.getByTestId('findings-set-aside');
  await expect(setAside.locator('summary')).toHaveText('Terzijde gelegd (1)');
  await setAside.locator('summary').click();
  await expect(setAside.locator('.finding-card__reason')).toHaveText('Reden: Hoort bij de afspraken met de accountant');
  const saved = await savedDocument(page);
  expect(saved.dismissedFindings).toEqual([{ findingId: dismissed.id, reason: 'Hoort bij de afspraken met de accountant' }]);

  // Leaving the findings tab gives the map back without highlight.
  await page.getByTestId('aside-tab-properties').click();
  await expect(page.locator('.step-node[data-emphasis="highlighted"]')).toHaveCount(0);
  await page.getByTestId('aside-tab-findings').click();
  await page.getByTestId('findings-set-aside').locator('summary').click();

  // Restore brings it back.
  await setAside.getByTestId('finding-restore').click();
  await expect(page.getByTestId('findings-count')).toHaveText(String(analysis.findings.length));
  await expect(page.getByTestId('findings-set-aside')).toHaveCount(0);
});

test('findings panel follows the selected step; a waste tagged by hand becomes a finding', async ({ page, appUrl }) => {
  await openInvoiceTemplate(page, appUrl);
  const step = invoice.steps.find((candidate) => candidate.id === 's3');
  if (!step) throw new Error('s3 missing');

  // Tag "overproduction" on the step in the inspector (the analysis does not detect it there itself).
  await selectStep(page, step.label);
  await page.getByTestId('waste-overproduction').click();
  const tagged = analyseMap({ ...invoice, steps: invoice.steps.map((item) => (item.id === 's3' ? { ...item, wastes: ['overproduction'] } : item)) });
  expect(tagged.findings.length).toBe(analysis.findings.length + 1);
  await expect(page.getByTestId('findings-count')).toHaveText(String(tagged.findings.length));

  await page.getByTestId('aside-tab-findings').click();
  const ofStep = tagged.findings.filter((finding) => finding.stepIds.includes('s3'));
  await expect(page.getByTestId('findings-filter')).toContainText(step.label);
  await expect(page.getByTestId('finding-card')).toHaveCount(ofStep.length);
  await expect(page.getByTestId('finding-group-overproduction')).toBeVisible();

  await page.getByTestId('findings-show-all').click();
  await expect(page.getByTestId('findings-filter')).toHaveCount(0);
  await expect(page.getByTestId('finding-card')).toHaveCount(tagged.findings.length);
});

test('overlays: heat maps with a legend and the handoff view with a table', async ({ page, appUrl }) => {
  await openInvoiceTemplate(page, appUrl);
  const switcher = page.getByTestId('overlay-switcher');

  for (const [overlay, mode] of [['heat-effort', 'effort'], ['heat-findings', 'findings'], ['heat-wait', 'wait']] as const) {
    await switcher.selectOption(overlay);
    await expect(page.getByTestId('heat-legend')).toHaveAttribute('data-mode', mode);
    const heat = computeHeatMap(invoice, invoice.settings, analysis, mode);
    for (const step of heat.steps) await expect(stepNode(page, step.stepId)).toHaveAttribute('data-heat', String(step.heatClass));
  }
  await waitForStillViewport(page);
  await screenshot(page, 'improve-heat-map');

  await switcher.selectOption('handoffs');
  await expect(page.getByTestId('heat-legend')).toHaveCount(0);
  const summary = summariseHandoffs(invoice, invoice.settings, analysis);
  await expect(page.getByTestId('handoff-row')).toHaveCount(summary.pairs.length);
  await expect(page.getByTestId('handoff-total')).toHaveText(formatNumber(analysis.metrics?.handoffsPerCase ?? Number.NaN, 'nl', 2));
  const laneOf = new Map(invoice.steps.map((step) => [step.id, step.laneId]));
  const crossLane = invoice.flows.filter((flow) => laneOf.get(flow.from) !== laneOf.get(flow.to));
  expect(crossLane.length).toBeGreaterThan(0);
  for (const flow of crossLane) await expect(page.locator(`.react-flow__edge[data-id="${flow.id}"] path.flow-edge`)).toHaveClass(/flow-edge--handoff/);
  await waitForStillViewport(page);
  await screenshot(page, 'improve-handoffs');
  // Folded, the table is one line with the total.
  await page.getByTestId('handoff-table').locator('summary').click();
  await expect(page.getByTestId('handoff-row').first()).toBeHidden();
  await expect(page.getByTestId('handoff-table').locator('summary')).toHaveText(
    `Overdrachten per zaak: ${formatNumber(analysis.metrics?.handoffsPerCase ?? Number.NaN, 'nl', 2)}`,
  );

  await switcher.selectOption('none');
  await expect(page.getByTestId('handoff-table')).toHaveCount(0);
  await expect(stepNode(page, 's3')).not.toHaveAttribute('data-heat', /./);
});

test('findings and overlays speak English in the English UI', async ({ page, appUrl }) => {
  await openInvoiceTemplate(page, appUrl);
  await page.locator('[data-language="en"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByTestId('aside-tab-findings').click();
  await expect(page.getByTestId('aside-tab-findings')).toContainText('Findings');
  await expect(page.getByTestId('finding-group-waiting').locator('h3')).toHaveText('Waiting — work lies still');
  const waiting = analysis.findings.find((finding) => finding.category === 'waiting' && finding.impactHoursPerYear >= 10);
  if (!waiting) throw new Error('no waiting finding');
  // The finding's own words stay in the map's language (Dutch); the UI around it is English.
  await expect(page.locator(`[data-finding-id="${waiting.id}"]`).getByTestId('finding-impact')).toHaveText(
    `≈ ${formatNumber(waiting.impactHoursPerYear, 'en', 0)} hours a year of cases waiting together (not work)`,
  );
  await page.getByTestId('overlay-switcher').selectOption('heat-effort');
  await expect(page.getByTestId('heat-legend')).toContainText('Work hours per year');
  await waitForStillViewport(page);
  await screenshot(page, 'improve-findings-en');
});
