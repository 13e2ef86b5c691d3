import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** Test files that replace modules with vi.mock (electron, settings): each runs in a fresh module graph (tests/unit/mockingFiles.test.ts keeps this list complete). */
export const MOCKING_FILES = [
  'electron/main/main.test.ts',
  'electron/main/planPdf.test.ts',
  'electron/main/settings.test.ts',
  'electron/main/windows.test.ts',
  'electron/preload/preload.test.ts',
];
const ALL_FILES = ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    // Tests never assert on time (benches measure speed); on a loaded CI machine the 5 s
    // default failed tests that were only slow. A real hang still fails after a minute.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Vitest runs one worker fewer than the machine has cores: one worker on CI's two. Both
    // cores run tests here; many tests wait on child processes and files anyway.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    server: { deps: { inline: ['electron-store'] } },
    projects: [
      // Most files share a worker's module graph (isolate: false): importing zod, i18next and
      // the schemas once per worker instead of once per file halved the unit run on two cores.
      // Tests must therefore leave module state as they found it (language, settings).
      { extends: true, test: { name: 'unit', include: ALL_FILES, exclude: MOCKING_FILES, isolate: false } },
      { extends: true, test: { name: 'mocks', include: MOCKING_FILES, isolate: true } },
    ],
  },
});
