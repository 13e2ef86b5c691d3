import * as fsPromises from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDocumentFiles } from './documentFiles';
import { createFileHandles } from './fileHandles';
import { createRecoveryFiles } from './recoveryFiles';
import { createRecoveryService } from './recoveryService';

/**
 * Autosave and recovery on a real folder. A "run" is one recovery service (main process);
 * a crash is a run that ends without closing its windows: the next run over the same
 * folder must offer what the crashed run wrote.
 */
let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'stroomlijn-recovery-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function startRun(options: { onUnreadable?: (name: string, reason: string) => void; clock?: () => Date } = {}) {
  const handles = createFileHandles();
  const files = createRecoveryFiles({ fs: fsPromises, directory: join(folder, 'recovery'), platform: 'linux', ...(options.onUnreadable ? { onUnreadable: options.onUnreadable } : {}) });
  const recovery = createRecoveryService({ files, handles, ...(options.clock ? { now: options.clock } : {}) });
  const documents = createDocumentFiles({
    fs: fsPromises,
    dialogs: { chooseFileToOpen: () => Promise.resolve(null), chooseFileToSave: () => Promise.resolve(null) },
    defaultDirectory: () => folder,
    untitledName: () => 'x',
    platform: 'linux',
    handles,
  });
  return { recovery, documents };
}

const WINDOW = 1;

describe('recovery after a crash', () => {
  it('offers every unsaved document of the crashed run, with title and time, and restores a saved one into its file', async () => {
    const mapPath = join(folder, 'facturen.stroomlijn');
    await writeFile(mapPath, '{"v":"on disk"}');
    const crashed = startRun({ clock: () => new Date('2026-11-26T10:15:00.000Z') });
    const opened = await crashed.documents.openPath(mapPath);
    if (!opened.ok) throw new Error('open failed');
    expect(await crashed.recovery.write(WINDOW, { documentId: 'never-saved', title: 'Nieuwe kaart', handle: null, text: '{"v":"new"}' })).toEqual({
      ok: true,
      savedAt: '2026-11-26T10:15:00.000Z',
    });
    await crashed.recovery.write(WINDOW, { documentId: 'from-file', title: 'Facturen', handle: opened.handle, text: '{"v":"edited"}' });
    // The run in which they were written never offers them: they belong to its live windows.
    expect(await crashed.recovery.listRecovered(WINDOW)).toEqual([]);

    // Crash: no close, no discard. The next run:
    const next = startRun();
    const offered = await next.recovery.listRecovered(WINDOW);
    expect(offered.map(({ documentId, title, savedAt, fileName, text }) => ({ documentId, title, savedAt, fileName, text })).sort((a, b) => a.documentId.localeCompare(b.documentId))).toEqual([
      { documentId: 'from-file', title: 'Facturen', savedAt: '2026-11-26T10:15:00.000Z', fileName: 'facturen.stroomlijn', text: '{"v":"edited"}' },
      { documentId: 'never-saved', title: 'Nieuwe kaart', savedAt: '2026-11-26T10:15:00.000Z', fileName: null, text: '{"v":"new"}' },
    ]);
    expect(JSON.stringify(offered)).not.toContain(folder);
    // Offered once: a second window of the same run is not offered them again.
    expect(await next.recovery.listRecovered(2)).toEqual([]);

    // The restored copy saves back into its file through the fresh handle.
    const restored = offered.find((document) => document.documentId === 'from-file');
    const saved = await next.documents.saveMapFile(null, { handle: restored?.handle ?? null, suggestedName: 'x', text: restored?.text ?? '', saveAs: false });
    expect(saved).toMatchObject({ ok: true, fileName: 'facturen.stroomlijn' });
    expect(await readFile(mapPath, 'utf8')).toBe('{"v":"edited"}');
    await next.recovery.discard('from-file');
    await next.recovery.discard('never-saved');
    expect(await readdir(join(folder, 'recovery'))).toEqual([]);
  });

  it('a restored copy still notices that its file changed on disk after the crash', async () => {
    const mapPath = join(folder, 'post.stroomlijn');
    await writeFile(mapPath, '{"v":1}');
    const crashed = startRun();
    const opened = await crashed.documents.openPath(mapPath);
    if (!opened.ok) throw new Error('open failed');
    await crashed.recovery.write(WINDOW, { documentId: 'post', title: 'Post', handle: opened.handle, text: '{"v":"mine"}' });
    await writeFile(mapPath, '{"v":"a colleague, meanwhile"}');
    const next = startRun();
    const [restored] = await next.recovery.listRecovered(WINDOW);
    const saved = await next.documents.saveMapFile(null, { handle: restored?.handle ?? null, suggestedName: 'x', text: '{"v":"mine"}', saveAs: false });
    expect(saved).toMatchObject({ ok: false, reason: 'conflict' });
  });

  it('removes the copies of a window that closed normally, and keeps none after a discard', async () => {
    const run = startRun();
    await run.recovery.write(WINDOW, { documentId: 'a', title: 'A', handle: null, text: '{}' });
    await run.recovery.write(2, { documentId: 'b', title: 'B', handle: null, text: '{}' });
    await run.recovery.discardWrittenBy(WINDOW);
    expect(await readdir(join(folder, 'recovery'))).toEqual(['b.recovery.json']);
    const next = startRun();
    expect((await next.recovery.listRecovered(WINDOW)).map((document) => document.documentId)).toEqual(['b']);
  });

  it('never lets a late write bring back a discarded copy out of order', async () => {
    const run = startRun();
    const writing = run.recovery.write(WINDOW, { documentId: 'c', title: 'C', handle: null, text: '{}' });
    const discarding = run.recovery.discard('c');
    await Promise.all([writing, discarding]);
    expect(await readdir(join(folder, 'recovery'))).toEqual([]);
  });

  it('skips unreadable copies without failing, and reports them', async () => {
    const run = startRun();
    await run.recovery.write(WINDOW, { documentId: 'good', title: 'Goed', handle: null, text: '{}' });
    await writeFile(join(folder, 'recovery', 'broken.recovery.json'), '{"format":"stroomlijn-recovery",');
    await writeFile(join(folder, 'recovery', 'renamed.recovery.json'), await readFile(join(folder, 'recovery', 'good.recovery.json')));
    const onUnreadable = vi.fn();
    const next = startRun({ onUnreadable });
    expect((await next.recovery.listRecovered(WINDOW)).map((document) => document.documentId)).toEqual(['good']);
    expect(onUnreadable.mock.calls.map(([name]: unknown[]) => name).sort()).toEqual(['broken.recovery.json', 'renamed.recovery.json']);
  });

  it('reports a write that fails (disk full) instead of throwing', async () => {
    const files = createRecoveryFiles({
      fs: { ...fsPromises, rename: () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })) },
      directory: join(folder, 'recovery'),
      platform: 'linux',
    });
    const recovery = createRecoveryService({ files, handles: createFileHandles() });
    expect(await recovery.write(WINDOW, { documentId: 'd', title: 'D', handle: null, text: '{}' })).toEqual({
      ok: false,
      reason: 'failed',
      message: 'ENOSPC: no space left on device',
    });
    expect(await readdir(join(folder, 'recovery'))).toEqual([]);
  });
});
