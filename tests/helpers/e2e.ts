import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { test as base, expect, type ConsoleMessage, type Page } from '@playwright/test';
import { startWebServer } from './e2eServer';

export { expect };

const SCREENSHOT_DIRECTORY = resolve(import.meta.dirname, '..', '..', 'artifacts', 'screenshots');

interface E2eTestFixtures {
  /**
   * Console errors and warnings, uncaught page errors and failed requests seen during the
   * test. The test fails at the end when any were recorded, unless it empties the list
   * after checking an expected problem itself.
   */
  consoleProblems: string[];
}

interface E2eWorkerFixtures {
  /** Root URL of the browser build, served for this worker on a free 127.0.0.1 port. */
  appUrl: string;
}

/** Playwright's test with the app server, console guard and Debian Chromium (playwright.config.ts). */
export const test = base.extend<E2eTestFixtures, E2eWorkerFixtures>({
  appUrl: [
    // Playwright requires the destructuring pattern even when no fixture is used.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startWebServer();
      try {
        await use(server.url);
      } finally {
        await server.stop();
      }
    },
    { scope: 'worker' },
  ],
  consoleProblems: [
    async ({ page }, use, testInfo) => {
      const problems: string[] = [];
      page.on('console', (message: ConsoleMessage) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`));
      await use(problems);
      if (testInfo.status === testInfo.expectedStatus) expect(problems, 'console errors, page errors or failed requests').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * Saves a PNG of the page (viewport) to artifacts/screenshots/<name>.png, where it
 * survives the next run, and returns the path.
 */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`screenshot name must be kebab-case, got "${name}"`);
  await mkdir(SCREENSHOT_DIRECTORY, { recursive: true });
  const path = join(SCREENSHOT_DIRECTORY, `${name}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? false, animations: 'disabled' });
  return path;
}
