import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MOCKING_FILES } from '../../vitest.config';

const ROOT = resolve(import.meta.dirname, '../..');

function testFilesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.test\.tsx?$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/**
 * Unit test files share one module graph per worker (vitest.config.ts): a file that replaces
 * a module with vi.mock would replace it for the files after it in that worker. Each such
 * file must run on its own, so it must be listed in MOCKING_FILES.
 */
describe('vitest.config.ts', () => {
  it('runs every test file that mocks modules in a module graph of its own', () => {
    const mocking = ['shared', 'electron', 'renderer', 'tests/unit']
      .flatMap(testFilesUnder)
      .filter((file) => /\bvi\.(do)?mock\(/.test(readFileSync(join(ROOT, file), 'utf8')))
      .sort();
    expect(mocking).toEqual([...MOCKING_FILES].sort());
  });
});
