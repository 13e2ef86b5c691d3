import type { Page } from '@playwright/test';
import { rendererResources } from '../../renderer/base/i18n/resources';
import { expect, screenshot, test } from '../helpers/e2e';
import { clickEdge, edgeBetween, openEditor, selectStep, stepId } from '../helpers/editorPage';

type Language = 'nl' | 'en';
type Tree = { [key: string]: Tree | string };

function leafTexts(tree: Tree): string[] {
  return Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : leafTexts(value)));
}

/**
 * Static pieces of every text of one language (between {{placeholders}}), at least 8
 * characters, that appear nowhere in the other language: if such a piece is on screen in
 * the other language, a text was left untranslated.
 */
function textsOnlyIn(language: Language): string[] {
  const other: Language = language === 'nl' ? 'en' : 'nl';
  const otherTexts = Object.values(rendererResources[other] as unknown as Record<string, Tree>).flatMap(leafTexts);
  const otherJoined = otherTexts.join('\n');
  const pieces = Object.values(rendererResources[language] as unknown as Record<string, Tree>)
    .flatMap(leafTexts)
    .flatMap((text) => text.split(/\{\{[^}]*\}\}|\$t\([^)]*\)|\n/))
    .map((piece) => piece.trim())
    .filter((piece) => piece.length >= 8 && !otherJoined.includes(piece));
  return [...new Set(pieces)];
}

/** Everything a user can read: visible text plus tooltips, labels and placeholders. */
async function readableTexts(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[title], [aria-label], [placeholder]')].flatMap((element) =>
      ['title', 'aria-label', 'placeholder'].map((name) => element.getAttribute(name) ?? ''),
    );
    return [document.body.innerText, ...attributes].join('\n');
  });
}

/** i18next shows a missing key as the key itself, e.g. "inspector.stepHeading" or "app:toolbar.label". */
const MISSING_KEY = /\b(?:[a-z]+:)?[a-z][a-zA-Z]+\.[a-z][a-zA-Z]+(?:\.[a-zA-Z]+)*\b/;

async function expectFullyIn(page: Page, language: Language, where: string): Promise<void> {
  const text = await readableTexts(page);
  const missingKey = text
    .split('\n')
    .flatMap((line) => line.split(/\s+/))
    .find((word) => MISSING_KEY.test(word) && !/\.(stroomlijn|json|nl|com)$/.test(word) && !/^\d/.test(word));
  expect(missingKey, `${where}: a translation key is shown`).toBeUndefined();
  const foreign = textsOnlyIn(language === 'nl' ? 'en' : 'nl').filter((piece) => text.includes(piece));
  expect(foreign, `${where}: texts of the other language in the ${language} UI`).toEqual([]);
}

/** Shows the screens with the most texts: map settings, a step, a flow, the templates dialog. */
async function visitScreens(page: Page, language: Language): Promise<void> {
  await page.keyboard.press('Escape');
  await expectFullyIn(page, language, 'map settings');
  const start = language === 'nl' ? 'Start' : 'Start';
  const end = language === 'nl' ? 'Klaar' : 'Done';
  await selectStep(page, start);
  await expectFullyIn(page, language, 'start step');
  await clickEdge(page, edgeBetween(page, await stepId(page, start), await stepId(page, end)));
  await expect(page.getByTestId('flow-inspector')).toBeVisible();
  await expectFullyIn(page, language, 'flow');
  await page.locator('[data-command="file.newFromTemplate"]').click();
  await expect(page.getByTestId('templates-dialog')).toBeVisible();
  // Template titles and descriptions are map content in the map's own language, not UI text.
  await expect(page.getByTestId('templates-dialog')).toContainText(language === 'nl' ? 'Nieuwe kaart' : 'New map');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('templates-dialog')).toBeHidden();
}

test('switches between Dutch and English with nothing left untranslated', async ({ page, appUrl }) => {
  test.setTimeout(90_000);
  await openEditor(page, appUrl);
  // The system language (nl-NL in this browser) decides the first start.
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.locator('[data-command="file.save"]')).toHaveText('Opslaan');
  await visitScreens(page, 'nl');
  await screenshot(page, 'language-nl');

  await page.locator('[data-language="en"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('[data-command="file.save"]')).toHaveText('Save');
  // The open map keeps its own (Dutch) content; a new map starts in the UI language.
  await page.locator('[data-command="file.new"]').click();
  await expect(page.getByTestId('document-name')).toHaveText('New map');
  await visitScreens(page, 'en');
  await screenshot(page, 'language-en');

  // The choice is remembered for the next start.
  await page.reload();
  await expect(page.locator('[data-command="file.save"]')).toHaveText('Save');
  await page.locator('[data-language="nl"]').click();
  await expect(page.locator('[data-command="file.save"]')).toHaveText('Opslaan');
  await page.reload();
  await expect(page.locator('[data-command="file.save"]')).toHaveText('Opslaan');
});
