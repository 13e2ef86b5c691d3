import { expect, screenshot, test } from '../helpers/e2e';
import { savedDocument } from '../helpers/editorPage';
import { fieldInput, openAppWithMap, WORKED_EXAMPLE } from './panels-support';

test.describe('inspector and live metrics on the worked example', () => {
  test.beforeEach(async ({ page, appUrl }) => {
    await openAppWithMap(page, appUrl, WORKED_EXAMPLE);
  });

  test('the metrics bar shows the hand-computed figures', async ({ page }) => {
    await expect(page.getByTestId('metric-leadTime')).toHaveText('3 uur'); // 181.33 min
    await expect(page.getByTestId('metric-processTime')).toHaveText('21,3 minuten');
    await expect(page.getByTestId('metric-activityRatio')).toHaveText('11,8%'); // 21.33 / 181.33
    await expect(page.getByTestId('metric-pce')).toHaveText('waardetoevoegend 0%'); // no value-adding steps yet
    await expect(page.getByTestId('metric-handoffs')).toHaveText('1,7'); // 4/3 + 1/3
    await expect(page.getByTestId('metric-rolledCompleteAccurate')).toHaveText('60%');
    await expect(page.getByTestId('metric-annualHours')).toHaveText('427 uur');
    await expect(page.getByTestId('metric-annualCost')).toHaveText('€ 20.267');
    await expect(page.getByTestId('timeline-total-leadTime')).toHaveText('3 uur');
    await expect(page.getByTestId('timeline-total-processTime')).toHaveText('21,3 minuten');
    await screenshot(page, 'panels-worked-example');
  });

  test('editing a step updates the metrics to the hand-computed values', async ({ page }) => {
    await page.getByTestId('timeline-segment-B').getByRole('button').click();
    const inspector = page.getByTestId('step-inspector');
    await expect(fieldInput(page, 'field-label')).toHaveValue('Aanvraag beoordelen');

    // Process time 5 → 11 min: PT = (10 + 11 + 1)·4/3 = 29.33; LT = 189.33 min.
    await fieldInput(page, 'field-processTime').fill('11');
    await expect(page.getByTestId('metric-processTime')).toHaveText('29,3 minuten');
    await expect(page.getByTestId('metric-leadTime')).toHaveText('3,2 uur');

    // Wait time 120 min is shown as 2 hours; choosing "working days" makes it 2 working days = 960 min:
    // LT = 960·4/3 + 29.33 = 1309.33 min = 2.7 working days.
    await expect(fieldInput(page, 'field-waitTime')).toHaveValue('2');
    await expect(inspector.getByTestId('field-waitTime').getByRole('combobox')).toHaveValue('hours');
    await inspector.getByTestId('field-waitTime').getByRole('combobox').selectOption('workingDays');
    await expect(page.getByTestId('metric-leadTime')).toHaveText('2,7 werkdagen');

    // %C&A 80 → 60: rolled = 0.6 · 0.75 = 45%.
    await expect(fieldInput(page, 'field-completeAccurate')).toHaveValue('80');
    await fieldInput(page, 'field-completeAccurate').fill('60');
    await expect(page.getByTestId('metric-rolledCompleteAccurate')).toHaveText('45%');

    // Value-adding: PCE = 11·4/3 / 1309.33 = 1.1%.
    await inspector.getByTestId('field-valueType').getByRole('combobox').selectOption('value-adding');
    await expect(page.getByTestId('metric-pce')).toHaveText('waardetoevoegend 1,1%');

    // Lane Manager → Secretariaat: B→D and A→B... handoffs = v(B)·1 (B→D) + v(D)·0.25 (D→A) = 4/3 + 1/3 = 1.7 still, but
    // the cost moves: 1200·(4/3·(10+11))/60 = 560 h × €40 + 1200·(4/3·1)/60 = 26.67 h × €60 = €24,000.
    await inspector.getByTestId('field-lane').getByRole('combobox').selectOption('sec');
    await expect(page.getByTestId('metric-annualCost')).toHaveText('€ 24.000');

    // Other fields are stored (checked by reading them back after selecting another step and this one again).
    await inspector.getByTestId('field-activity').getByRole('combobox').selectOption('approval');
    await fieldInput(page, 'field-system').fill('AFAS');
    await inspector.getByTestId('waste-waiting').getByRole('checkbox').check();
    await fieldInput(page, 'field-batchInterval').fill('1');
    await page.getByTestId('field-note').getByRole('textbox').fill('Ligt vaak een week in het postvak');
    await page.getByTestId('timeline-segment-A').getByRole('button').click();
    await expect(fieldInput(page, 'field-label')).toHaveValue('Aanvraag invoeren');
    await page.getByTestId('timeline-segment-B').getByRole('button').click();
    await expect(inspector.getByTestId('field-activity').getByRole('combobox')).toHaveValue('approval');
    await expect(fieldInput(page, 'field-system')).toHaveValue('AFAS');
    await expect(inspector.getByTestId('waste-waiting').getByRole('checkbox')).toBeChecked();
    await expect(fieldInput(page, 'field-batchInterval')).toHaveValue('1');
    await expect(inspector.getByTestId('field-batchInterval').getByRole('combobox')).toHaveValue('workingDays');
    await expect(page.getByTestId('field-note').getByRole('textbox')).toHaveValue('Ligt vaak een week in het postvak');
    await screenshot(page, 'panels-step-inspector');
  });

  test('impossible numbers show a message and leave the map unchanged', async ({ page }) => {
    await page.getByTestId('timeline-segment-B').getByRole('button').click();
    const inspector = page.getByTestId('step-inspector');

    await fieldInput(page, 'field-processTime').fill('-5');
    await expect(inspector.getByTestId('field-processTime').getByRole('alert')).toContainText('Kan niet minder dan 0 zijn');
    await fieldInput(page, 'field-processTime').fill('abc');
    await expect(inspector.getByTestId('field-processTime').getByRole('alert')).toContainText('‘abc’ is geen getal');
    await fieldInput(page, 'field-completeAccurate').fill('150');
    await expect(inspector.getByTestId('field-completeAccurate').getByRole('alert')).toContainText('van 0 tot en met 100');
    await screenshot(page, 'panels-invalid-input');

    // Nothing reached the document: the figures are those of the worked example, and there is nothing to undo.
    await expect(page.getByTestId('metric-processTime')).toHaveText('21,3 minuten');
    await expect(page.getByTestId('metric-rolledCompleteAccurate')).toHaveText('60%');
    await expect(page.locator('[data-command="edit.undo"]')).toBeDisabled();

    // Settings: a working day of 0 or 25 hours is refused too.
    await page.getByTestId('timeline-segment-B').getByRole('button').click(); // toggles nothing: still B
    await page.keyboard.press('Escape');
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await expect(page.getByTestId('map-settings-inspector')).toBeVisible();
    await fieldInput(page, 'field-hoursPerDay').fill('0');
    await expect(page.getByTestId('field-hoursPerDay').getByRole('alert')).toContainText('24 uur');
    await fieldInput(page, 'field-hoursPerDay').fill('25');
    await expect(page.getByTestId('field-hoursPerDay').getByRole('alert')).toBeVisible();
    await fieldInput(page, 'field-casesPerYear').fill('-1');
    await expect(page.getByTestId('field-casesPerYear').getByRole('alert')).toBeVisible();
    await expect(page.getByTestId('metric-annualHours')).toHaveText('427 uur');
    await expect(page.locator('[data-command="edit.undo"]')).toBeDisabled();
  });

  test('typing in one field is one undo step', async ({ page }) => {
    await page.getByTestId('timeline-segment-B').getByRole('button').click();
    const processTime = fieldInput(page, 'field-processTime');
    await processTime.fill('');
    await processTime.pressSequentially('125');
    await expect(page.getByTestId('metric-processTime')).toHaveText('3 uur'); // (10 + 125 + 1)·4/3 = 181.33 min
    await processTime.blur();
    await page.locator('[data-command="edit.undo"]').click();
    await expect(processTime).toHaveValue('5');
    await expect(page.getByTestId('metric-processTime')).toHaveText('21,3 minuten');
    await expect(page.locator('[data-command="edit.undo"]')).toBeDisabled();
  });

  test('map settings change the annual figures', async ({ page }) => {
    await expect(page.getByTestId('map-settings-inspector')).toBeVisible();
    await fieldInput(page, 'field-casesPerYear').fill('2400');
    await expect(page.getByTestId('metric-annualHours')).toHaveText('853 uur'); // 2 × 426.67
    await expect(page.getByTestId('metric-annualCost')).toHaveText('€ 40.533'); // 2 × 20,266.67
    await fieldInput(page, 'field-title').fill('');
    await expect(page.getByTestId('field-title').getByRole('alert')).toContainText('titel');
    await fieldInput(page, 'field-title').fill('Aanvragen behandelen');
    await expect(page.getByTestId('field-title').getByRole('alert')).toHaveCount(0);
  });

  test('a Dutch thousands separator: 1.800 cases a year are eighteen hundred', async ({ page }) => {
    const cases = fieldInput(page, 'field-casesPerYear');
    await cases.fill('');
    // Typed key by key: on the way ("1.8", "1.80") the field keeps quiet and stores nothing new.
    await cases.pressSequentially('1.800');
    await expect(page.getByTestId('field-casesPerYear').getByRole('alert')).toHaveCount(0);
    await cases.blur();
    await expect(cases).toHaveValue('1.800');
    // 1800 cases × 21.33 min / 60 = 640 h; cost 1800 × (13.33 min × €40 + 8 min × €60) / 60 = €30,400.
    await expect(page.getByTestId('metric-annualHours')).toHaveText('640 uur');
    await expect(page.getByTestId('metric-annualCost')).toHaveText('€ 30.400');
    expect((await savedDocument(page)).settings).toMatchObject({ casesPerYear: 1800 });

    // "1.80" is no Dutch number: refused with the reason when the field is left, nothing stored.
    await cases.fill('1.80');
    await cases.blur();
    await expect(page.getByTestId('field-casesPerYear').getByRole('alert')).toContainText('Bedoel je 1,80?');
    await expect(page.getByTestId('metric-annualHours')).toHaveText('640 uur');
    await screenshot(page, 'panels-dutch-thousands');
  });
});
