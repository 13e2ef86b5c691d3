import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Electronegativity does not flag `nodeIntegration: true`, and it cannot see options that
 * are built elsewhere. So: windows are created in exactly one place (windows.ts, whose
 * webPreferences windows.test.ts and main.test.ts assert for every window), and no
 * source of the main process or preload turns an insecure option on.
 */
const ELECTRON_ROOT = join(import.meta.dirname, '..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const sources = sourceFiles(ELECTRON_ROOT).map((path) => ({ path: relative(ELECTRON_ROOT, path), text: readFileSync(path, 'utf8') }));

describe('window creation in the main process', () => {
  it('happens only in main/windows.ts', () => {
    const creators = sources.filter(({ text }) => /new\s+(BrowserWindow|BrowserView|WebContentsView|BaseWindow)\s*\(/.test(text)).map(({ path }) => path);
    expect(creators).toEqual([join('main', 'windows.ts')]);
  });

  it.each([
    /nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/,
    /contextIsolation\s*:\s*false/,
    /sandbox\s*:\s*false/,
    /webSecurity\s*:\s*false/,
    /allowRunningInsecureContent\s*:\s*true/,
    /webviewTag\s*:\s*true/,
    /experimentalFeatures\s*:\s*true/,
    /enableBlinkFeatures/,
    /enableRemoteModule/,
    /setWindowOpenHandler\([^)]*action:\s*'allow'/,
  ])('never sets %s', (pattern) => {
    expect(sources.filter(({ text }) => pattern.test(text)).map(({ path }) => path)).toEqual([]);
  });
});
