import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { build } from 'vite';

const pagesRoot = import.meta.dirname;

/**
 * Builds the benchmark pages (the canvas harness and the bare React Flow page) into
 * `outDir` with the production settings of the app (minified, ES workers). Set
 * BENCH_NO_MINIFY=1 to keep names readable in a profile.
 */
export async function buildBenchPages(outDir: string): Promise<void> {
  await build({
    root: pagesRoot,
    base: './',
    logLevel: 'warn',
    configFile: false,
    plugins: [react()],
    worker: { format: 'es' },
    build: {
      outDir,
      emptyOutDir: true,
      minify: process.env.BENCH_NO_MINIFY === undefined,
      chunkSizeWarningLimit: 4000,
      rolldownOptions: { input: { canvas: resolve(pagesRoot, 'canvas.html'), bare: resolve(pagesRoot, 'bare.html') } },
    },
  });
}
