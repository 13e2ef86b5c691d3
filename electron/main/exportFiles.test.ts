import { describe, expect, it, vi } from 'vitest';
import { exportFileRequestSchema, type ExportFileKind } from '../../shared/ipc/contract';
import type { AtomicWriteFileSystem, WritableFileHandle } from './atomicWrite';
import { createExportFiles } from './exportFiles';

function memoryFileSystem(options: { failWrite?: boolean } = {}) {
  const files = new Map<string, Uint8Array>();
  const fs: AtomicWriteFileSystem = {
    stat: (path) => (files.has(path) ? Promise.resolve({ mode: 0o100644 }) : Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }))),
    realpath: (path) => (files.has(path) ? Promise.resolve(path) : Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }))),
    open: (path) => {
      const handle: WritableFileHandle = {
        writeFile: (data) => {
          if (options.failWrite) return Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
          files.set(path, typeof data === 'string' ? new TextEncoder().encode(data) : data);
          return Promise.resolve();
        },
        sync: () => Promise.resolve(),
        close: () => Promise.resolve(),
        chmod: () => Promise.resolve(),
        truncate: () => Promise.resolve(),
      };
      return Promise.resolve(handle);
    },
    rename: (from, to) => {
      const data = files.get(from);
      if (data === undefined) return Promise.reject(new Error('ENOENT'));
      files.delete(from);
      files.set(to, data);
      return Promise.resolve();
    },
    unlink: (path) => {
      files.delete(path);
      return Promise.resolve();
    },
  };
  return { fs, files };
}

function setup(chosen: string | null, options: { failWrite?: boolean } = {}) {
  const { fs, files } = memoryFileSystem(options);
  const chooseExportPath = vi.fn((_owner: string, _kind: ExportFileKind, _defaultPath: string) => Promise.resolve(chosen));
  const exportFile = createExportFiles<string>({ fs, dialogs: { chooseExportPath }, defaultDirectory: () => '/home/anna/Documenten', platform: 'win32' });
  return { exportFile, files, chooseExportPath };
}

describe('exporting a file', () => {
  it('asks where with the kind and a safe default name, then writes the bytes', async () => {
    const { exportFile, files, chooseExportPath } = setup('/home/anna/Documenten/plan.docx');
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);
    expect(await exportFile('window-1', { suggestedName: 'Verbeterplan: facturen/inkoop', kind: 'docx', content: bytes })).toEqual({ ok: true, fileName: 'plan.docx' });
    expect(chooseExportPath).toHaveBeenCalledWith('window-1', 'docx', '/home/anna/Documenten/Verbeterplan facturen inkoop.docx');
    expect([...files.keys()]).toEqual(['/home/anna/Documenten/plan.docx']);
    expect(files.get('/home/anna/Documenten/plan.docx')).toEqual(bytes);
  });

  it('writes text as UTF-8 and adds the extension a dialog left off', async () => {
    const { exportFile, files } = setup('/home/anna/plan');
    expect(await exportFile('w', { suggestedName: 'plan', kind: 'md', content: '# Verbeterplan – €' })).toEqual({ ok: true, fileName: 'plan.md' });
    expect(new TextDecoder().decode(files.get('/home/anna/plan.md'))).toBe('# Verbeterplan – €');
  });

  it('answers cancelled without writing, and failed with the reason when the disk refuses', async () => {
    const cancelled = setup(null);
    expect(await cancelled.exportFile('w', { suggestedName: 'plan', kind: 'svg', content: '<svg/>' })).toEqual({ ok: false, reason: 'cancelled' });
    expect(cancelled.files.size).toBe(0);
    const full = setup('/home/anna/plan.pdf', { failWrite: true });
    const result = await full.exportFile('w', { suggestedName: 'plan', kind: 'pdf', content: new Uint8Array([1]) });
    expect(result).toMatchObject({ ok: false, reason: 'failed' });
    expect(full.files.size).toBe(0);
  });

  it('validates the payload: known kinds, a name, text or bytes, nothing else', () => {
    expect(exportFileRequestSchema.safeParse({ suggestedName: 'plan', kind: 'png', content: new Uint8Array([1]) }).success).toBe(true);
    for (const payload of [
      { suggestedName: 'plan', kind: 'exe', content: 'MZ' },
      { suggestedName: '', kind: 'md', content: 'x' },
      { suggestedName: 'plan', kind: 'md', content: 'x', path: '/etc/passwd' },
      { suggestedName: 'plan', kind: 'docx', content: [1, 2] },
      { suggestedName: 'plan', kind: 'docx' },
    ]) {
      expect(exportFileRequestSchema.safeParse(payload).success, JSON.stringify(payload)).toBe(false);
    }
  });
});
