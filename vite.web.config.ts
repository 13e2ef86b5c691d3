import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { RENDERER_ROOT, rendererConfig } from './vite.common.config.js';

const root = import.meta.dirname;

/** The same renderer for the browser, into dist-web/; the browser bridge is picked at runtime. */
export default defineConfig({
  ...rendererConfig(resolve(root, 'dist-web')),
  root: resolve(root, RENDERER_ROOT),
});
