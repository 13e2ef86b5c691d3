import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './electron/main/contentSecurityPolicy.js';
import { RENDERER_ROOT, rendererConfig } from './vite.common.config.js';

/**
 * The header form of the CSP (with frame-ancestors 'none', which a <meta> tag cannot carry)
 * next to the build, for scripts/serve-web.mjs to send with every response: one policy,
 * written in one place (electron/main/contentSecurityPolicy.ts).
 */
function cspHeaderFilePlugin(): Plugin {
  return {
    name: 'stroomlijn:csp-header-file',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'content-security-policy.txt', source: `${contentSecurityPolicy('header')}\n` });
    },
  };
}

const root = import.meta.dirname;

/** The same renderer for the browser, into dist-web/; the browser bridge is picked at runtime. */
const common = rendererConfig(resolve(root, 'dist-web'));
export default defineConfig({
  ...common,
  plugins: [...(common.plugins ?? []), cspHeaderFilePlugin()],
  root: resolve(root, RENDERER_ROOT),
});
