import * as fsPromises from 'node:fs/promises';
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { WritableFileHandle } from './atomicWrite';
import { createDocumentFiles, type DocumentFileSystem } from './documentFiles';

/**
 * Fault injection at EVERY file system call of a save: a clean save is recorded
 * call by call (stat, realpath, open, each write/chmod/sync/close of a handle, rename,
 * unlink, readdir, mkdir, readFile — for the backup and for the map), then the save is
 * repeated once per call with exactly that call failing. After each: the map on disk is
 * the old or the new text, whole, never a mix; its private mode 0600 is kept; no
 * temporary file is left beside it; and the next save succeeds.
 */
const OLD_TEXT = '{"format":"stroomlijn-map","schemaVersion":2,"meta":{"title":"Facturen"}}\n';
const NEW_TEXT = `{"format":"stroomlijn-map","schemaVersion":2,"meta":{"title":"Facturen v2"},"padding":"${'x'.repeat(32 * 1024)}"}\n`;
const folders: string[] = [];
afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

function injected(call: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`EIO: injected fault, ${call}`), { code: 'EIO' });
}

/** node:fs/promises where call number `failAt` (counting every call, also on handles) fails. */
function countingFs(failAt: number | null) {
  const calls: string[] = [];
  const step = (name: string): void => {
    calls.push(name);
    if (calls.length - 1 === failAt) throw injected(name);
  };
  const fs: DocumentFileSystem = {
    stat: async (path) => (step('stat'), fsPromises.stat(path)),
    realpath: async (path) => (step('realpath'), fsPromises.realpath(path)),
    readFile: async (path) => (step('readFile'), fsPromises.readFile(path)),
    readdir: async (path) => (step('readdir'), fsPromises.readdir(path)),
    mkdir: async (path, options) => (step('mkdir'), fsPromises.mkdir(path, options)),
    unlink: async (path) => (step('unlink'), fsPromises.unlink(path)),
    rename: async (from, to) => (step('rename'), fsPromises.rename(from, to)),
    async open(path, flags, mode) {
      step(`open ${flags}`);
      const real = await fsPromises.open(path, flags, mode);
      const handle: WritableFileHandle = {
        writeFile: async (data) => (step('handle.writeFile'), real.writeFile(data)),
        chmod: async (value) => (step('handle.chmod'), real.chmod(value)),
        truncate: async (length) => (step('handle.truncate'), real.truncate(length)),
        sync: async () => (step('handle.sync'), real.sync()),
        // A failing close still closes: the descriptor must not leak into the next round.
        close: async () => {
          await real.close();
          step('handle.close');
        },
      };
      return handle;
    },
  };
  return { fs, calls };
}

async function saveOnce(failAt: number | null) {
  const folder = await mkdtemp(join(tmpdir(), 'stroomlijn-every-call-'));
  folders.push(folder);
  const path = join(folder, 'facturen.stroomlijn');
  await writeFile(path, OLD_TEXT);
  await chmod(path, 0o600);
  const { fs, calls } = countingFs(null);
  const files = createDocumentFiles({
    fs,
    dialogs: { chooseFileToOpen: () => Promise.resolve(path), chooseFileToSave: () => Promise.resolve(null) },
    defaultDirectory: () => folder,
    untitledName: () => 'x',
    platform: 'linux',
    backupDirectory: () => join(folder, 'backups'),
  });
  const opened = await files.openMapFile(null);
  if (!opened.ok) throw new Error('open failed');
  // Count from here: the save's calls only.
  calls.length = 0;
  const faulty = countingFs(failAt);
  Object.assign(fs, faulty.fs);
  const result = await files.saveMapFile(null, { handle: opened.handle, suggestedName: 'x', text: NEW_TEXT, saveAs: false });
  return { folder, path, result, calls: faulty.calls, files, handle: opened.handle };
}

describe('a fault at every file system call of a save', () => {
  it('leaves the old or the new map whole, keeps 0600, leaves no temporary file, and the next save works', async () => {
    const clean = await saveOnce(null);
    expect(clean.result).toMatchObject({ ok: true });
    // The previous version of a private map is kept privately too.
    const [backup] = await readdir(join(clean.folder, 'backups'));
    expect((await stat(join(clean.folder, 'backups', backup ?? ''))).mode & 0o777).toBe(0o600);
    const callCount = clean.calls.length;
    expect(callCount).toBeGreaterThan(15);
    const outcomes: Record<string, number> = {};
    for (let failAt = 0; failAt < callCount; failAt += 1) {
      const run = await saveOnce(failAt);
      const name = `${failAt}:${clean.calls[failAt] ?? '?'}`;
      const onDisk = await readFile(run.path, 'utf8');
      expect([OLD_TEXT, NEW_TEXT], name).toContain(onDisk);
      expect((await stat(run.path)).mode & 0o777, name).toBe(0o600);
      expect((await readdir(run.folder)).filter((entry) => entry.endsWith('.tmp')), name).toEqual([]);
      // A save that reports success wrote the new text; one that failed says so.
      if (run.result.ok) expect(onDisk, name).toBe(NEW_TEXT);
      else expect(run.result, name).toMatchObject({ reason: 'failed' });
      const outcome = run.result.ok ? 'saved' : onDisk === OLD_TEXT ? 'refused, old kept' : 'refused after the rename';
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      // The injected fault is gone: saving again works (force: the failed round may have written).
      const again = await run.files.saveMapFile(null, { handle: run.handle, suggestedName: 'x', text: NEW_TEXT, saveAs: false, force: true });
      expect(again, name).toMatchObject({ ok: true });
      expect(await readFile(run.path, 'utf8'), name).toBe(NEW_TEXT);
    }
    console.log(`[save faults] ${callCount} calls in a save (${clean.calls.join(', ')}); outcomes ${JSON.stringify(outcomes)}`);
  }, 60_000);
});
