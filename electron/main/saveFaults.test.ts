import * as fsPromises from 'node:fs/promises';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SaveMapFileRequest } from '../../shared/ipc/contract';
import type { WritableFileHandle } from './atomicWrite';
import { createDocumentFiles, type DocumentFileSystem } from './documentFiles';

/**
 * Fault injection on real temporary folders: the file system fails at a chosen point of a
 * save. After each fault the original file must be byte-identical, and the same document
 * must still save elsewhere.
 */
const OWNER = null;
const ORIGINAL = Buffer.from('{"format":"stroomlijn-map","schemaVersion":1,"meta":{"title":"Facturen — €","x":"\u00e9\u00e9n"}}\n', 'utf8');
const NEW_TEXT = `{"format":"stroomlijn-map","schemaVersion":1,"meta":{"title":"Facturen v2"},"padding":"${'x'.repeat(64 * 1024)}"}`;

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'stroomlijn-faults-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function systemError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/** Thrown by every call once the simulated process has died. */
class ProcessDied extends Error {}

const isTemporary = (path: string) => path.endsWith('.tmp');

type Fault = 'disk full half-way' | 'permission denied' | 'file locked' | 'flush fails' | 'process dies before rename';

/** node:fs/promises with one fault armed; `disarm()` turns it back into the real file system. */
function faultyFs(fault: Fault) {
  let armed = true;
  let dead = false;
  const alive = () => {
    if (dead) throw new ProcessDied('the process is gone');
  };
  const fs: DocumentFileSystem = {
    // async, so a dead process rejects like the real fs would instead of throwing synchronously.
    stat: async (path) => (alive(), fsPromises.stat(path)),
    realpath: async (path) => (alive(), fsPromises.realpath(path)),
    readFile: async (path) => (alive(), fsPromises.readFile(path)),
    readdir: async (path) => (alive(), fsPromises.readdir(path)),
    mkdir: async (path, options) => (alive(), fsPromises.mkdir(path, options)),
    unlink: async (path) => (alive(), fsPromises.unlink(path)),
    async open(path, flags, mode) {
      alive();
      if (armed && fault === 'permission denied' && isTemporary(path)) throw systemError('EACCES', `permission denied, open '${path}'`);
      const real = await fsPromises.open(path, flags, mode);
      if (!armed || !isTemporary(path)) return real;
      const handle: WritableFileHandle = {
        async writeFile(data) {
          if (fault !== 'disk full half-way') return real.writeFile(data);
          const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
          await real.write(bytes.subarray(0, Math.floor(bytes.byteLength / 2)));
          throw systemError('ENOSPC', 'no space left on device, write');
        },
        async sync() {
          alive();
          if (fault === 'flush fails') throw systemError('EIO', 'i/o error, fsync');
          return real.sync();
        },
        close: () => real.close(),
        chmod: (mode) => real.chmod(mode),
        truncate: (length) => real.truncate(length),
      };
      return handle;
    },
    async rename(from, to) {
      alive();
      if (armed && fault === 'file locked') throw systemError('EBUSY', `resource busy or locked, rename '${from}' -> '${to}'`);
      // The backup is renamed into place first; the process dies at the rename over the map itself.
      if (armed && fault === 'process dies before rename' && !to.endsWith('.bak')) {
        dead = true;
        throw new ProcessDied('killed between write and rename');
      }
      return fsPromises.rename(from, to);
    },
  };
  return {
    fs,
    disarm: () => {
      armed = false;
      dead = false;
    },
  };
}

async function openedDocument(fs: DocumentFileSystem, choices: { save?: string } = {}) {
  const path = join(folder, 'facturen.stroomlijn');
  await writeFile(path, ORIGINAL);
  const files = createDocumentFiles({
    fs,
    dialogs: { chooseFileToOpen: () => Promise.resolve(path), chooseFileToSave: () => Promise.resolve(choices.save ?? null) },
    defaultDirectory: () => folder,
    untitledName: () => 'Naamloze kaart',
    platform: 'linux',
    backupDirectory: () => join(folder, 'userData', 'backups'),
  });
  const opened = await files.openMapFile(OWNER);
  if (!opened.ok) throw new Error('open failed');
  const save = (extra: Partial<SaveMapFileRequest> = {}) => files.saveMapFile(OWNER, { handle: opened.handle, suggestedName: 'Facturen', text: NEW_TEXT, saveAs: false, ...extra });
  return { path, files, handle: opened.handle, save };
}

describe('a save that fails leaves the original byte-identical and the document saveable elsewhere', () => {
  it.each([
    ['disk full half-way', /^ENOSPC/],
    ['permission denied', /^EACCES/],
    ['file locked', /^EBUSY/],
    ['flush fails', /^EIO/],
  ] as const)('%s', async (fault, message) => {
    const { fs, disarm } = faultyFs(fault);
    const elsewhere = join(folder, 'elders', 'facturen-kopie.stroomlijn');
    const { path, save } = await openedDocument(fs, { save: elsewhere });

    const result = await save();
    expect(result).toMatchObject({ ok: false, reason: 'failed' });
    expect(result.ok === false && result.reason === 'failed' ? result.message : '').toMatch(message);
    expect(Buffer.compare(await readFile(path), ORIGINAL)).toBe(0);
    expect((await readdir(folder)).sort()).toEqual(['facturen.stroomlijn', 'userData']);

    disarm();
    await mkdir(join(folder, 'elders'));
    expect(await save({ saveAs: true })).toMatchObject({ ok: true, fileName: 'facturen-kopie.stroomlijn' });
    expect(await readFile(elsewhere, 'utf8')).toBe(NEW_TEXT);
    expect(Buffer.compare(await readFile(path), ORIGINAL)).toBe(0);
  });

  it('the process dies between write and rename: the original stays, the next run saves and tidies up', async () => {
    const { fs, disarm } = faultyFs('process dies before rename');
    const { path, save } = await openedDocument(fs);
    // What the dying save answers does not matter: nobody is left to hear it.
    await save();
    expect(Buffer.compare(await readFile(path), ORIGINAL)).toBe(0);
    // A dead process cleans nothing: the flushed temporary file is still there.
    const leftovers = (await readdir(folder)).filter((name) => name.endsWith('.tmp'));
    expect(leftovers).toHaveLength(1);
    expect(await readFile(join(folder, leftovers[0] ?? ''), 'utf8')).toBe(NEW_TEXT);

    // The next run: a fresh documentFiles on the real file system opens the same file and saves it.
    disarm();
    const restarted = await openedDocumentAt(path);
    expect(Buffer.compare(Buffer.from(restarted.text, 'utf8'), ORIGINAL)).toBe(0);
    expect(await restarted.save()).toMatchObject({ ok: true });
    expect(await readFile(path, 'utf8')).toBe(NEW_TEXT);
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('the folder is gone: the save fails, and Save As to another folder works', async () => {
    const elsewhere = join(folder, 'facturen-gered.stroomlijn');
    const inner = join(folder, 'project');
    await mkdir(inner);
    const path = join(inner, 'facturen.stroomlijn');
    await writeFile(path, ORIGINAL);
    const files = createDocumentFiles({
      fs: fsPromises,
      dialogs: { chooseFileToOpen: () => Promise.resolve(path), chooseFileToSave: () => Promise.resolve(elsewhere) },
      defaultDirectory: () => folder,
      untitledName: () => 'x',
      platform: 'linux',
    });
    const opened = await files.openMapFile(OWNER);
    if (!opened.ok) throw new Error('open failed');
    await rm(inner, { recursive: true });
    const failed = await files.saveMapFile(OWNER, { handle: opened.handle, suggestedName: 'x', text: NEW_TEXT, saveAs: false });
    expect(failed).toMatchObject({ ok: false, reason: 'failed', message: expect.stringMatching(/^ENOENT/) as unknown });
    expect(await files.saveMapFile(OWNER, { handle: opened.handle, suggestedName: 'x', text: NEW_TEXT, saveAs: true })).toMatchObject({ ok: true });
    expect(await readFile(elsewhere, 'utf8')).toBe(NEW_TEXT);
  });
});

async function openedDocumentAt(path: string) {
  const files = createDocumentFiles({
    fs: fsPromises,
    dialogs: { chooseFileToOpen: () => Promise.resolve(path), chooseFileToSave: () => Promise.resolve(null) },
    defaultDirectory: () => folder,
    untitledName: () => 'x',
    platform: 'linux',
  });
  const opened = await files.openMapFile(OWNER);
  if (!opened.ok) throw new Error('open failed');
  return { text: opened.text, save: () => files.saveMapFile(OWNER, { handle: opened.handle, suggestedName: 'x', text: NEW_TEXT, saveAs: false }) };
}

describe('a file changed on disk since it was opened', () => {
  it('is not overwritten without asking: conflict first, then force', async () => {
    const { path, save } = await openedDocument(fsPromises);
    const colleague = Buffer.from('{"changed":"by a colleague"}');
    await writeFile(path, colleague);
    await utimes(path, new Date(), new Date(Date.now() + 5_000));
    const conflict = await save();
    expect(conflict).toMatchObject({ ok: false, reason: 'conflict', fileName: 'facturen.stroomlijn' });
    expect(conflict.ok === false && conflict.reason === 'conflict' && conflict.modifiedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(Buffer.compare(await readFile(path), colleague)).toBe(0);

    expect(await save({ force: true })).toMatchObject({ ok: true });
    expect(await readFile(path, 'utf8')).toBe(NEW_TEXT);
    // The save is the new baseline: saving again is no conflict.
    expect(await save()).toMatchObject({ ok: true });
  });

  it('is no conflict when only touched, or when deleted (saving puts it back)', async () => {
    const { path, save } = await openedDocument(fsPromises);
    await utimes(path, new Date(), new Date(Date.now() + 60_000));
    expect(await save()).toMatchObject({ ok: true });
    await rm(path);
    expect(await save()).toMatchObject({ ok: true });
    expect(await readFile(path, 'utf8')).toBe(NEW_TEXT);
  });

  it('is noticed between two windows that opened the same file', async () => {
    const { path, files, save } = await openedDocument(fsPromises);
    const second = await files.openPath(path);
    if (!second.ok) throw new Error('open failed');
    expect(await save()).toMatchObject({ ok: true });
    const secondSave = await files.saveMapFile(OWNER, { handle: second.handle, suggestedName: 'x', text: '{"from":"window 2"}', saveAs: false });
    expect(secondSave).toMatchObject({ ok: false, reason: 'conflict' });
    expect(await readFile(path, 'utf8')).toBe(NEW_TEXT);
  });

  it('a different size is a conflict even with the same modification time', async () => {
    const { path, save } = await openedDocument(fsPromises);
    const { mtime } = await fsPromises.stat(path);
    await writeFile(path, 'short');
    await utimes(path, mtime, mtime);
    expect(await save()).toMatchObject({ ok: false, reason: 'conflict' });
    expect(await readFile(path, 'utf8')).toBe('short');
  });
});
