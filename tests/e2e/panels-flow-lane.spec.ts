import { expect, screenshot, test } from '../helpers/e2e';
import { clickFlow, fieldInput, openAppWithMap, WORKED_EXAMPLE } from './panels-support';

test.describe('flow, lane and note inspectors on the worked example', () => {
  test.beforeEach(async ({ page, appUrl }) => {
    await openAppWithMap(page, appUrl, WORKED_EXAMPLE);
  });

  test('a flow: ends, chance, rework, medium and label; a loop without exit hides the figures', async ({ page }) => {
    await clickFlow(page, 'f5');
    const inspector = page.getByTestId('flow-inspector');
    await expect(inspector.getByTestId('flow-from')).toHaveText('Akkoord?');
    await expect(inspector.getByTestId('flow-to')).toHaveText('Afgehandeld');
    await expect(fieldInput(page, 'field-probability')).toHaveValue('75');
    await expect(inspector.getByTestId('field-probability')).toContainText('Gebruikt in de cijfers: 75%');

    // 50% to the end: v = 2 for A, B, D; PT = 16·2 = 32 min; rolled %C&A = 0.8·0.5 = 40%.
    await fieldInput(page, 'field-probability').fill('50');
    await expect(page.getByTestId('metric-processTime')).toHaveText('32 minuten');
    await expect(page.getByTestId('metric-rolledCompleteAccurate')).toHaveText('40%');
    await fieldInput(page, 'field-probability').blur();

    // The rework arrow has no chance of its own: automatic, the rest (50%).
    await clickFlow(page, 'f4');
    await expect(fieldInput(page, 'field-probability')).toHaveValue('');
    await expect(fieldInput(page, 'field-probability')).toHaveAttribute('placeholder', 'automatisch');
    await expect(page.getByTestId('flow-inspector').getByTestId('field-probability')).toContainText('Gebruikt in de cijfers: 50%');
    const rework = page.getByTestId('field-rework').getByRole('checkbox');
    await expect(rework).toBeChecked();
    await expect(page.getByTestId('field-rework')).toContainText('Stuurt werk terug vanwege een fout.');
    await page.getByTestId('field-medium').getByRole('combobox').selectOption('paper');
    await fieldInput(page, 'field-flowLabel').fill('nee, aanvullen');
    await screenshot(page, 'panels-flow-inspector');

    // Reading back after selecting something else.
    await clickFlow(page, 'f1');
    await expect(page.getByTestId('flow-only-way')).toContainText('De enige uitgang van "Aanvraag binnen"');
    await clickFlow(page, 'f4');
    await expect(page.getByTestId('field-medium').getByRole('combobox')).toHaveValue('paper');
    await expect(fieldInput(page, 'field-flowLabel')).toHaveValue('nee, aanvullen');

    // 0% to the end: the case never leaves the loop. The bar says so instead of showing numbers.
    await clickFlow(page, 'f5');
    await fieldInput(page, 'field-probability').fill('0');
    await expect(page.getByTestId('metrics-unavailable')).toContainText('lus');
    await expect(page.getByTestId('metric-leadTime')).toHaveCount(0);
    await expect(page.getByTestId('timeline-ladder')).toContainText('Geen tijdlijn');
    await screenshot(page, 'panels-loop-without-exit');
    await fieldInput(page, 'field-probability').fill('75');
    await expect(page.getByTestId('metric-processTime')).toHaveText('21,3 minuten');
  });

  test('a lane: name, its own hourly cost or the map default, and its annual figures', async ({ page }) => {
    await page.getByRole('group', { name: 'Rol Manager' }).getByText('Manager', { exact: true }).click();
    const inspector = page.getByTestId('lane-inspector');
    await expect(inspector).toBeVisible();
    // Manager: 1200 · (4/3 · (5 + 1)) / 60 = 160 hours × €60.
    await expect(inspector.getByTestId('lane-annualHours')).toHaveText('160 uur');
    await expect(inspector.getByTestId('lane-annualCost')).toHaveText('€ 9.600');

    // Empty: the map default of €45 applies: 160 × 45 + 266.67 × 40 = €17,866.67.
    await fieldInput(page, 'field-hourlyCost').fill('');
    await expect(inspector.getByTestId('field-hourlyCost')).toContainText('standaardtarief');
    await expect(inspector.getByTestId('lane-annualCost')).toHaveText('€ 7.200');
    await expect(page.getByTestId('metric-annualCost')).toHaveText('€ 17.867');
    await fieldInput(page, 'field-hourlyCost').fill('-10');
    await expect(inspector.getByTestId('field-hourlyCost').getByRole('alert')).toBeVisible();
    await expect(page.getByTestId('metric-annualCost')).toHaveText('€ 17.867');

    await fieldInput(page, 'field-laneName').fill('Teamleider');
    await expect(page.getByRole('group', { name: 'Rol Teamleider' })).toBeVisible();
    await screenshot(page, 'panels-lane-inspector');
  });

  test('a note on the map: kind and text', async ({ page }) => {
    await page.getByText('Beoordelen ligt vaak stil').click();
    const inspector = page.getByTestId('annotation-inspector');
    await expect(inspector).toBeVisible();
    await page.getByTestId('field-annotationText').getByRole('textbox').fill('Beoordelen ligt vaak een week stil');
    await expect(page.locator('.react-flow').getByText('Beoordelen ligt vaak een week stil')).toBeVisible();
    await inspector.getByTestId('field-annotationKind').getByRole('combobox').selectOption('kaizen');
    await expect(inspector.getByTestId('field-annotationKind').getByRole('combobox')).toHaveValue('kaizen');
  });
});

test('several selected: a count and what can be done with them', async ({ page, appUrl }) => {
  await openAppWithMap(page, appUrl, WORKED_EXAMPLE);
  await page.locator('.react-flow__node').filter({ hasText: 'Aanvraag invoeren' }).click();
  await expect(page.getByTestId('step-inspector')).toBeVisible();
  await page.keyboard.down('Control');
  await page.locator('.react-flow__node').filter({ hasText: 'Aanvraag beoordelen' }).click();
  await page.keyboard.up('Control');
  const summary = page.getByTestId('multi-inspector');
  await expect(summary.getByRole('heading')).toHaveText('2 onderdelen geselecteerd');
  await expect(summary).toContainText('2 stappen');
  await expect(summary).toContainText('Delete');
});

test('in English the panels speak English and format numbers the English way', async ({ page, appUrl }) => {
  await openAppWithMap(page, appUrl, WORKED_EXAMPLE);
  await page.locator('[data-language="en"]').click();
  await expect(page.getByTestId('metric-leadTime')).toHaveText('3 hours');
  await expect(page.getByTestId('metric-processTime')).toHaveText('21.3 minutes');
  await expect(page.getByTestId('metric-activityRatio')).toHaveText('11.8%');
  await expect(page.getByTestId('metric-annualCost')).toHaveText('€20,267');
  await expect(page.getByTestId('map-settings-inspector').getByRole('heading')).toHaveText('About this map');
  await page.getByTestId('timeline-segment-B').getByRole('button').click();
  await expect(page.getByTestId('field-waitTime').getByRole('combobox')).toHaveValue('hours');
  await expect(page.getByTestId('field-waitTime').getByRole('combobox').locator('option:checked')).toHaveText('hours');
  // In English a comma separates thousands: "1,5" is refused with the reason, "1.5" is one and a half.
  await fieldInput(page, 'field-processTime').fill('1,5');
  await fieldInput(page, 'field-processTime').blur();
  await expect(page.getByTestId('field-processTime').getByRole('alert')).toContainText('Did you mean 1.5?');
  await fieldInput(page, 'field-processTime').fill('1.5');
  await page.getByTestId('field-processTime').getByRole('combobox').selectOption('hours');
  // (10 + 90 + 1)·4/3 = 134.67 minutes of work per case.
  await expect(page.getByTestId('metric-processTime')).toHaveText('2.2 hours');
  await screenshot(page, 'panels-english');
});
