import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { contentSecurityPolicyMetaTag } from './electron/main/contentSecurityPolicy.js';

/**
 * Renderer build settings shared by the Electron build (electron.vite.config.ts) and the
 * browser build (vite.web.config.ts): the same app, the bridge is chosen at runtime.
 */
export const RENDERER_ROOT = 'renderer';

/** Puts the CSP <meta> tag first in <head> of the built index.html (not in dev: the dev server injects inline scripts). */
export function cspMetaTagPlugin(): Plugin {
  return {
    name: 'stroomlijn:csp-meta-tag',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error('index.html must not carry its own CSP; the build injects it');
        // After <meta charset> (which must come first), before any script or stylesheet.
        const charset = /<meta\s+charset=[^>]*>/i.exec(html);
        if (charset !== null) return html.replace(charset[0], `${charset[0]}\n    ${contentSecurityPolicyMetaTag()}`);
        return html.replace(/<head>/i, `<head>\n    ${contentSecurityPolicyMetaTag()}`);
      },
    },
  };
}

export function rendererConfig(outDir: string): UserConfig {
  return {
    root: RENDERER_ROOT,
    base: './',
    plugins: [react(), cspMetaTagPlugin()],
    worker: { format: 'es' },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      // Large libraries (docx) are loaded with import(); warn if the entry chunk grows past this.
      chunkSizeWarningLimit: 1500,
      // Rolldown's note about slow plugins is noise on a 2-core build machine.
      rolldownOptions: { checks: { bundlerTimings: false } },
    },
  };
}
