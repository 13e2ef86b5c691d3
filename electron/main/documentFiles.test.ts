import * as fsPromises from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveMapFileResultSchema, openMapFileResultSchema } from '../../shared/ipc/contract';
import { writeFileAtomically } from './atomicWrite';
import { backupPathFor } from './backups';
import { createDocumentFiles, type DocumentDialogs, type DocumentFileSystem } from './documentFiles';
import { createFileHandles } from './fileHandles';

const OWNER = { window: 'main' };
let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'stroomlijn-files-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** The real file system, with every call recorded. */
function recordingFs() {
  const calls: string[] = [];
  const fs: DocumentFileSystem = {
    stat: (path) => (calls.push(`stat ${path}`), fsPromises.stat(path)),
    realpath: (path) => (calls.push(`realpath ${path}`), fsPromises.realpath(path)),
    readFile: (path) => (calls.push(`readFile ${path}`), fsPromises.readFile(path)),
    open: (path, flags, mode) => (calls.push(`open ${path} ${flags}`), fsPromises.open(path, flags, mode)),
    rename: (from, to) => (calls.push(`rename ${from} -> ${to}`), fsPromises.rename(from, to)),
    unlink: (path) => (calls.push(`unlink ${path}`), fsPromises.unlink(path)),
    readdir: (path) => (calls.push(`readdir ${path}`), fsPromises.readdir(path)),
    mkdir: (path, options) => (calls.push(`mkdir ${path}`), fsPromises.mkdir(path, options)),
  };
  return { fs, calls };
}

function fakeDialogs(choices: { open?: string | null; save?: string | null } = {}) {
  return {
    chooseFileToOpen: vi.fn<DocumentDialogs<typeof OWNER>['chooseFileToOpen']>(() => Promise.resolve(choices.open ?? null)),
    chooseFileToSave: vi.fn<DocumentDialogs<typeof OWNER>['chooseFileToSave']>(() => Promise.resolve(choices.save ?? null)),
  };
}

function setup(options: { fs?: DocumentFileSystem; dialogs?: ReturnType<typeof fakeDialogs>; maxFileBytes?: number; backups?: string } = {}) {
  let handleNumber = 0;
  const dialogs = options.dialogs ?? fakeDialogs();
  const used: string[] = [];
  const files = createDocumentFiles({
    fs: options.fs ?? fsPromises,
    dialogs,
    defaultDirectory: () => join(folder, 'Documents'),
    untitledName: () => 'Naamloze kaart',
    platform: 'linux',
    handles: createFileHandles(() => `handle-${++handleNumber}`),
    backupDirectory: () => options.backups ?? null,
    onFileUsed: (path) => used.push(path),
    ...(options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes }),
  });
  return { files, dialogs, used };
}

describe('openMapFile', () => {
  it('refuses a file that is not UTF-8 in the app language, naming the byte, as the CLI does', async () => {
    const path = join(folder, 'kapot.stroomlijn');
    await writeFile(path, Uint8Array.from([0x7b, 0x22, 0x61, 0xc3, 0x28, 0x22, 0x7d]));
    const { files } = setup({ dialogs: fakeDialogs({ open: path }) });
    const refused = await files.openPath(path);
    expect(refused).toMatchObject({ ok: false, reason: 'failed', fileName: 'kapot.stroomlijn' });
    expect(!refused.ok && refused.reason === 'failed' && refused.message).toContain('byte 3');
    const utf16 = join(folder, 'utf16.stroomlijn');
    await writeFile(utf16, Buffer.from('{"format":"stroomlijn-map"}', 'utf16le'));
    const utf16Result = await files.openPath(utf16);
    expect(!utf16Result.ok && utf16Result.reason === 'failed' && utf16Result.message).toContain('UTF-16');
  });

  it('returns the text and an opaque handle, never the path', async () => {
    const path = join(folder, 'facturen.stroomlijn');
    await writeFile(path, '\uFEFF{"format":"stroomlijn-map"}');
    const { files, dialogs } = setup({ dialogs: fakeDialogs({ open: path }) });
    const result = await files.openMapFile(OWNER);
    // The byte order mark stays in the text: parseMap strips exactly one, on every open path.
    expect(result).toEqual({ ok: true, handle: 'handle-1', fileName: 'facturen.stroomlijn', text: '\uFEFF{"format":"stroomlijn-map"}' });
    expect(JSON.stringify(result)).not.toContain(folder);
    expect(dialogs.chooseFileToOpen).toHaveBeenCalledWith(OWNER);
    expect(openMapFileResultSchema.safeParse(result).success).toBe(true);
  });

  it('reports a cancelled dialog', async () => {
    const { files } = setup();
    expect(await files.openMapFile(OWNER)).toEqual({ ok: false, reason: 'cancelled' });
  });

  it('refuses a file over the limit without reading it', async () => {
    const path = join(folder, 'huge.stroomlijn');
    await writeFile(path, 'x'.repeat(2049));
    const { fs, calls } = recordingFs();
    const { files } = setup({ fs, dialogs: fakeDialogs({ open: path }), maxFileBytes: 2048 });
    expect(await files.openMapFile(OWNER)).toEqual({ ok: false, reason: 'tooLarge', fileName: 'huge.stroomlijn', sizeBytes: 2049, limitBytes: 2048 });
    expect(calls.some((call) => call.startsWith('readFile'))).toBe(false);
  });

  it('reports a missing file or a folder as failed', async () => {
    const { files } = setup({ dialogs: fakeDialogs({ open: join(folder, 'gone.stroomlijn') }) });
    const missing = await files.openMapFile(OWNER);
    expect(missing).toMatchObject({ ok: false, reason: 'failed' });
    expect(missing.ok === false && missing.reason === 'failed' && missing.message).toMatch(/^ENOENT/);
    const { files: folderFiles } = setup({ dialogs: fakeDialogs({ open: folder }) });
    expect(await folderFiles.openMapFile(OWNER)).toMatchObject({ ok: false, reason: 'failed' });
  });
});

describe('saveMapFile', () => {
  it('writes through a temporary file in the same folder, then renames it over the target', async () => {
    const path = join(folder, 'facturen.stroomlijn');
    await writeFile(path, 'old version');
    const { fs, calls } = recordingFs();
    const { files } = setup({ fs, dialogs: fakeDialogs({ open: path }) });
    const opened = await files.openMapFile(OWNER);
    if (!opened.ok) throw new Error('open failed');
    calls.length = 0;

    const result = await files.saveMapFile(OWNER, { handle: opened.handle, suggestedName: 'ignored', text: 'new version', saveAs: false });
    expect(result).toEqual({ ok: true, handle: opened.handle, fileName: 'facturen.stroomlijn' });
    expect(saveMapFileResultSchema.safeParse(result).success).toBe(true);
    expect(await readFile(path, 'utf8')).toBe('new version');

    const openTemporary = calls.find((call) => call.startsWith('open ') && call.endsWith(' wx'));
    const rename = calls.find((call) => call.startsWith('rename '));
    expect(openTemporary).toMatch(new RegExp(`^open ${folder}/\\.facturen\\.stroomlijn\\.[0-9a-f]{8}\\.tmp wx$`));
    expect(rename).toBe(`rename ${openTemporary?.slice(5, -3)} -> ${path}`);
    expect(calls.indexOf(openTemporary ?? '')).toBeLessThan(calls.indexOf(rename ?? ''));
    expect(await readdir(folder)).toEqual(['facturen.stroomlijn']);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const path = join(folder, 'private.stroomlijn');
    await writeFile(path, 'old', { mode: 0o600 });
    await fsPromises.chmod(path, 0o600);
    await writeFileAtomically(fsPromises, path, 'new', 'linux');
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('asks where to save a new document, proposing a safe name in the documents folder', async () => {
    const chosen = join(folder, 'Q1 inkoop.stroomlijn');
    const { files, dialogs } = setup({ dialogs: fakeDialogs({ save: chosen }) });
    const result = await files.saveMapFile(OWNER, { handle: null, suggestedName: 'Q1/inkoop: "concept"', text: '{}', saveAs: false });
    expect(dialogs.chooseFileToSave).toHaveBeenCalledWith(OWNER, join(folder, 'Documents', 'Q1 inkoop concept.stroomlijn'));
    expect(result).toEqual({ ok: true, handle: 'handle-1', fileName: 'Q1 inkoop.stroomlijn' });
    expect(await readFile(chosen, 'utf8')).toBe('{}');
  });

  it('falls back to the untitled name when the title gives none', async () => {
    const { files, dialogs } = setup();
    await files.saveMapFile(OWNER, { handle: null, suggestedName: '...', text: '{}', saveAs: false });
    expect(dialogs.chooseFileToSave).toHaveBeenCalledWith(OWNER, join(folder, 'Documents', 'Naamloze kaart.stroomlijn'));
  });

  it('adds the extension when the dialog returns a bare name', async () => {
    const { files } = setup({ dialogs: fakeDialogs({ save: join(folder, 'bare') }) });
    expect(await files.saveMapFile(OWNER, { handle: null, suggestedName: 'x', text: '{}', saveAs: false })).toMatchObject({ ok: true, fileName: 'bare.stroomlijn' });
  });

  it('asks again for "save as" and for a handle it does not know', async () => {
    const path = join(folder, 'a.stroomlijn');
    await writeFile(path, '{}');
    const copy = join(folder, 'b.stroomlijn');
    const { files, dialogs } = setup({ dialogs: fakeDialogs({ open: path, save: copy }) });
    const opened = await files.openMapFile(OWNER);
    if (!opened.ok) throw new Error('open failed');
    const saved = await files.saveMapFile(OWNER, { handle: opened.handle, suggestedName: 'a', text: 'copy', saveAs: true });
    expect(dialogs.chooseFileToSave).toHaveBeenLastCalledWith(OWNER, path);
    expect(saved).toEqual({ ok: true, handle: 'handle-2', fileName: 'b.stroomlijn' });
    expect(await readFile(path, 'utf8')).toBe('{}');
    expect(await readFile(copy, 'utf8')).toBe('copy');

    await files.saveMapFile(OWNER, { handle: 'forged-handle', suggestedName: 'c', text: 'x', saveAs: false });
    expect(dialogs.chooseFileToSave).toHaveBeenCalledTimes(2);
  });

  it('reports a cancelled save dialog and writes nothing', async () => {
    const { files } = setup();
    expect(await files.saveMapFile(OWNER, { handle: null, suggestedName: 'x', text: '{}', saveAs: true })).toEqual({ ok: false, reason: 'cancelled' });
    expect(await readdir(folder)).toEqual([]);
  });

  it('leaves the old file and no temporary file behind when the rename fails', async () => {
    const path = join(folder, 'facturen.stroomlijn');
    await writeFile(path, 'old version');
    const { fs, calls } = recordingFs();
    const failingFs: DocumentFileSystem = { ...fs, rename: () => Promise.reject(Object.assign(new Error('EXDEV: cross-device link'), { code: 'EXDEV' })) };
    const { files } = setup({ fs: failingFs, dialogs: fakeDialogs({ save: path }) });
    const result = await files.saveMapFile(OWNER, { handle: null, suggestedName: 'x', text: 'new version', saveAs: true });
    expect(result).toEqual({ ok: false, reason: 'failed', message: 'EXDEV: cross-device link' });
    expect(await readFile(path, 'utf8')).toBe('old version');
    expect(await readdir(folder)).toEqual(['facturen.stroomlijn']);
    expect(calls.some((call) => call.startsWith('unlink '))).toBe(true);
  });

  it('keeps the previous version in the backups folder, never beside the file', async () => {
    const path = join(folder, 'facturen.stroomlijn');
    const backups = join(folder, 'userData', 'backups');
    await writeFile(path, 'version 1');
    const { files } = setup({ dialogs: fakeDialogs({ open: path }), backups });
    const opened = await files.openMapFile(OWNER);
    if (!opened.ok) throw new Error('open failed');
    await files.saveMapFile(OWNER, { handle: opened.handle, suggestedName: 'x', text: 'version 2', saveAs: false });
    expect(await readFile(backupPathFor(backups, path), 'utf8')).toBe('version 1');
    await files.saveMapFile(OWNER, { handle: opened.handle, suggestedName: 'x', text: 'version 3', saveAs: false });
    expect(await readFile(backupPathFor(backups, path), 'utf8')).toBe('version 2');
    expect(await readFile(path, 'utf8')).toBe('version 3');
    expect(await readdir(folder)).toEqual(['facturen.stroomlijn', 'userData']);
    expect(await readdir(backups)).toHaveLength(1);
  });

  it('still saves when the backup cannot be written', async () => {
    const path = join(folder, 'facturen.stroomlijn');
    await writeFile(path, 'old');
    const blocker = join(folder, 'not-a-folder');
    await writeFile(blocker, 'a file where the backups folder should be');
    const { files } = setup({ dialogs: fakeDialogs({ save: path }), backups: join(blocker, 'backups') });
    expect(await files.saveMapFile(OWNER, { handle: null, suggestedName: 'x', text: 'new', saveAs: true })).toMatchObject({ ok: true });
    expect(await readFile(path, 'utf8')).toBe('new');
  });

  it('reports every file opened or saved for the recent files list', async () => {
    const path = join(folder, 'a.stroomlijn');
    const copy = join(folder, 'b.stroomlijn');
    await writeFile(path, '{}');
    const { files, used } = setup({ dialogs: fakeDialogs({ open: path, save: copy }) });
    await files.openMapFile(OWNER);
    await files.saveMapFile(OWNER, { handle: null, suggestedName: 'b', text: '{}', saveAs: true });
    await files.openPath(join(folder, 'missing.stroomlijn'));
    expect(used).toEqual([path, copy]);
  });

  it('reports a folder it cannot write to', async () => {
    const { files } = setup({ dialogs: fakeDialogs({ save: join(folder, 'missing-folder', 'a.stroomlijn') }) });
    const result = await files.saveMapFile(OWNER, { handle: null, suggestedName: 'x', text: '{}', saveAs: true });
    expect(result).toMatchObject({ ok: false, reason: 'failed' });
  });
});
