import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const uiAndPlatform = ['react', 'react-dom', 'react-dom/*', 'react-i18next', '@xyflow/*', 'electron', 'electron-store'];
const elk = ['elkjs', 'elkjs/*'];
const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'url', 'process'];
const sharedLayering = [
  { group: [...uiAndPlatform, ...nodeBuiltins], message: 'shared/ must not depend on React, the DOM, Electron or Node (only shared/cli may use Node).' },
  { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ must not import renderer/ or electron/.' },
];

const rendererLayering = [
  { group: ['electron', 'electron-store', ...nodeBuiltins], message: 'The renderer reaches the platform only through the bridge.' },
  { group: ['**/electron/**'], message: 'renderer/ must not import electron/.' },
];
/** Every folder of renderer/features/ is a feature: a new one is covered without editing this file. */
const RENDERER_FEATURES = readdirSync(new URL('./renderer/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
/** A relative import that climbs out with ../ and goes straight into one of `folders`. */
function climbsInto(folders) {
  return `^(\\.\\./)+(${folders.join('|')})(/|$)`;
}

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'dist-web/', '.tsbuild/', 'test-results/', 'playwright-report/', 'artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Layering (style.md principle 1): shared/ is framework-free and runs everywhere.
    files: ['shared/**/*.ts'],
    ignores: ['shared/cli/**', 'shared/layout/**', 'shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        ...sharedLayering,
        { group: elk, message: 'Only shared/layout/ may use ELK (it runs on Node and in the renderer\'s layout worker).' },
      ] }],
    },
  },
  {
    // The lane layout builds ELK graphs and runs ELK: the same code on Node (CLI, tests) and in a worker.
    files: ['shared/layout/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: sharedLayering }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: rendererLayering }],
    },
  },
  // Layers inside the renderer (style.md): base/ (stores, session, hooks, bridge, i18n) imports
  // only shared/; each feature imports base/ and shared/ but never another feature or the
  // shell; shell/ composes them all. Patterns see the import as written, so they match a
  // relative path that climbs (../) and enters a forbidden folder.
  {
    files: ['renderer/base/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        ...rendererLayering,
        { regex: climbsInto(['features', 'shell']), message: 'renderer/base/ is the bottom layer: it must not import a feature or the shell.' },
      ] }],
    },
  },
  ...RENDERER_FEATURES.map((feature) => ({
    files: [`renderer/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        ...rendererLayering,
        { regex: climbsInto(['shell']), message: 'A renderer feature must not import the shell: the shell composes the features.' },
        {
          regex: climbsInto(RENDERER_FEATURES.filter((other) => other !== feature).flatMap((other) => [other, `features/${other}`])),
          message: `renderer/features/${feature}/ must not import another feature: move the shared piece down into renderer/base/, up into the shell, or pass it in.`,
        },
      ] }],
    },
  })),
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/renderer/**', 'react', 'react-dom', '@xyflow/*'], message: 'electron/ must not import renderer/ or React.' },
      ] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs', '.ci/**'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { ...globals.node }, parserOptions: { projectService: false, project: null } },
  },
);
