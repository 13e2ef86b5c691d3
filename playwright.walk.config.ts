import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * The new user's walk (issue 11): one long run through the browser build that leaves a
 * screenshot per stage and the Word plan rendered to pages in artifacts/walk/, for a person
 * to look at. Not part of `npm test` (it takes a minute or two): `npm run walk`.
 */
export default defineConfig({
  ...base,
  testDir: 'tests/walk',
  workers: 1,
  fullyParallel: false,
  timeout: 240_000,
});
