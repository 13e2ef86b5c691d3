import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { UserConfig } from 'vite';
import { RENDERER_ROOT, rendererConfig } from './vite.common.config.js';

const root = import.meta.dirname;

/** electron-vite looks for src/renderer/index.html by default; ours is renderer/index.html. */
function withRendererInput(config: UserConfig): UserConfig {
  return {
    ...config,
    root: resolve(root, RENDERER_ROOT),
    build: { ...config.build, rolldownOptions: { ...config.build?.rolldownOptions, input: resolve(root, RENDERER_ROOT, 'index.html') } },
  };
}

/**
 * main → out/main/main.js (ES module), preload → out/preload/preload.cjs (CommonJS:
 * sandboxed preloads cannot be ES modules), renderer → out/renderer (minified).
 */
export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      rolldownOptions: { input: { main: resolve(root, 'electron/main/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // Bundle everything: a sandboxed preload can only require('electron').
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: resolve(root, 'electron/preload/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: withRendererInput(rendererConfig(resolve(root, 'out/renderer'))),
});
