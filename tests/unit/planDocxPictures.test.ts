import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeMap } from '../../shared/model/serialize';
import type { ProcessMap } from '../../shared/model/types';
import { generateMap } from '../bench/generateMap';
import { longChainMap, unzip } from './planFixtures';

/**
 * The Word plan of big maps through the real command line and the real SVG renderer
 * (resvg), in a child process: a renderer panic aborts the whole process (exit 134), which
 * an in-process test could not survive. Issue 12, defect 1.
 */
const ROOT = join(import.meta.dirname, '../..');
const folder = mkdtempSync(join(tmpdir(), 'stroomlijn-docx-pictures-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function planDocx(map: ProcessMap, name: string): Promise<{ status: number; stderr: string; docx: Uint8Array | null }> {
  const mapPath = join(folder, `${name}.stroomlijn`);
  const out = join(folder, `${name}.docx`);
  writeFileSync(mapPath, serializeMap(map));
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'shared/cli/plan.ts', mapPath, '--format', 'docx', '--out', out], { cwd: ROOT, timeout: 120_000 }, (error, _stdout, stderr) => {
      const status = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      let docx: Uint8Array | null;
      try {
        docx = readFileSync(out);
      } catch {
        docx = null;
      }
      resolve({ status, stderr, docx });
    });
  });
}

/** Width and height of a PNG from its IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('the Word plan of large maps with the real SVG renderer', () => {
  it.each([
    ['a generated 60-step map with rework loops', () => generateMap({ stepCount: 60 })],
    ['a 120-step chain with very long labels', () => longChainMap(120)],
  ])('%s: exit 0, every picture a page-sized PNG', async (name, build) => {
    const result = await planDocx(build(), name.replace(/\W+/g, '-'));
    expect(result.stderr).not.toMatch(/panicked/);
    expect(result.status).toBe(0);
    expect(result.docx).not.toBeNull();
    const parts = unzip(result.docx ?? new Uint8Array());
    const pngs = Object.entries(parts).filter(([path]) => path.startsWith('word/media/') && path.endsWith('.png'));
    expect(pngs.length).toBeGreaterThan(2);
    for (const [, png] of pngs) {
      const { width, height } = pngSize(png);
      // Twice the CSS size of a landscape A4 text area at most (about 1,060 × 720 CSS px).
      expect(width).toBeLessThanOrEqual(2 * 1300);
      expect(height).toBeLessThanOrEqual(2 * 1300);
    }
  }, 150_000);
});
