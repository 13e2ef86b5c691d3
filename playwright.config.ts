import { defineConfig } from '@playwright/test';

/** Debian's Chromium; Playwright never downloads a browser here. Override with CHROMIUM_PATH elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * End-to-end tests against the browser build (dist-web, built by `npm run test:e2e`).
 * Each worker serves dist-web itself on a free port (tests/helpers/e2eServer.ts).
 * Screenshots worth keeping go to artifacts/screenshots/, not test-results/ (wiped per run).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // Several people running the suite at once on one checkout would wipe each other's
  // traces; PLAYWRIGHT_OUTPUT_DIR gives a run its own folder.
  outputDir: process.env.PLAYWRIGHT_OUTPUT_DIR ?? 'test-results',
  workers: 2,
  fullyParallel: true,
  forbidOnly: process.env.CI !== undefined,
  // One retry in CI only: a test that fails twice is a real failure; one that passes on retry is reported as flaky.
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    locale: 'nl-NL',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
