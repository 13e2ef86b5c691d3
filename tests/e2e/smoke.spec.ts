import { expect, screenshot, test } from '../helpers/e2e';

test.describe('smoke: the browser build starts', () => {
  test('shows the main screen in Dutch on a Dutch system, without console errors', async ({ page, appUrl }) => {
    await page.goto(appUrl);
    await expect(page.getByRole('toolbar')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.locator('.react-flow')).toBeVisible();
    // A new map starts with a start and an end step on the canvas.
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    expect(await page.locator('.react-flow__node').count()).toBeGreaterThanOrEqual(2);
    await expect(page.getByTestId('metrics-bar')).toBeVisible();
    await expect(page.getByTestId('inspector')).toBeVisible();
    await expect(page).toHaveTitle(/Stroomlijn$/);
    await screenshot(page, 'smoke-main-screen-nl');
  });

  test.describe('on an English system', () => {
    test.use({ locale: 'en-GB' });

    test('shows the main screen in English', async ({ page, appUrl }) => {
      await page.goto(appUrl);
      await expect(page.getByRole('toolbar')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.locator('.react-flow__node').first()).toBeVisible();
      await screenshot(page, 'smoke-main-screen-en');
    });
  });

  test('runs on the browser bridge under the strict CSP', async ({ page, appUrl, consoleProblems }) => {
    await page.goto(appUrl);
    await expect(page.getByRole('toolbar')).toBeVisible();
    expect(await page.evaluate(() => 'stroomlijn' in window)).toBe(false);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    // Inline script is refused by the policy: the page cannot run injected code.
    const inlineRan = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(inlineRan).toBe(false);
    // Chromium reports the refusal once per policy that refuses it: the <meta> tag and the
    // server's header (scripts/serve-web.mjs). Those errors are the expected outcome.
    expect(consoleProblems.length).toBeGreaterThanOrEqual(1);
    for (const problem of consoleProblems) {
      expect(problem).toMatch(/^console\.error: Executing inline script violates the following Content Security Policy directive 'script-src 'self''/);
    }
    consoleProblems.length = 0;
  });
});
