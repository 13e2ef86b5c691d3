import { describe, expect, it } from 'vitest';
import { MAX_EVENT_LOG_BYTES } from '../../shared/ipc/contract';
import { createEventLogFiles, type EventLogFileSystem } from './eventLogFiles';

/** A disk with one file per path, whose read hands out at most 3 bytes per call (as a real read may). */
function memoryFs(files: Record<string, Uint8Array | number>): EventLogFileSystem {
  return {
    stat: (path) => {
      const file = files[path];
      if (file === undefined) return Promise.reject(Object.assign(new Error('no such file'), { code: 'ENOENT' }));
      return Promise.resolve({ size: typeof file === 'number' ? file : file.length, isFile: () => true });
    },
    open: (path) => {
      const file = files[path];
      if (!(file instanceof Uint8Array)) return Promise.reject(new Error('cannot open'));
      return Promise.resolve({
        read(buffer, offset, length, position) {
          const part = file.subarray(position, Math.min(file.length, position + Math.min(length, 3)));
          buffer.set(part, offset);
          return Promise.resolve({ bytesRead: part.length });
        },
        close: () => Promise.resolve(),
      });
    },
  };
}

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (value: Uint8Array) => new TextDecoder().decode(value);

describe('event log files', () => {
  it('answers an id, the name and the size, and reads chunk by chunk up to the end of the file', async () => {
    const files = createEventLogFiles({ fs: memoryFs({ '/logs/zaken.csv': bytes('zaak;activiteit\n1;a\n') }), dialogs: { chooseEventLog: () => Promise.resolve('/logs/zaken.csv'), chooseImportFile: () => Promise.resolve(null) }, newId: () => 'log-1' });
    const opened = await files.open(null);
    expect(opened).toEqual({ ok: true, logId: 'log-1', fileName: 'zaken.csv', sizeBytes: 20 });
    const first = await files.readChunk({ logId: 'log-1', offsetBytes: 0, lengthBytes: 16 });
    expect(first.ok && text(first.bytes)).toBe('zaak;activiteit\n');
    const rest = await files.readChunk({ logId: 'log-1', offsetBytes: 16, lengthBytes: 16 });
    expect(rest.ok && text(rest.bytes)).toBe('1;a\n');
    const past = await files.readChunk({ logId: 'log-1', offsetBytes: 20, lengthBytes: 16 });
    expect(past.ok && past.bytes.length).toBe(0);
  });

  it('says cancelled, too large, or why it failed; an unknown id is refused', async () => {
    const fs = memoryFs({ '/big.xes': MAX_EVENT_LOG_BYTES + 1 });
    let chosen: string | null = null;
    const files = createEventLogFiles({ fs, dialogs: { chooseEventLog: () => Promise.resolve(chosen), chooseImportFile: () => Promise.resolve(null) }, newId: () => 'x' });
    expect(await files.open(null)).toEqual({ ok: false, reason: 'cancelled' });
    chosen = '/big.xes';
    expect(await files.open(null)).toMatchObject({ ok: false, reason: 'tooLarge', fileName: 'big.xes', limitBytes: MAX_EVENT_LOG_BYTES });
    chosen = '/gone.csv';
    expect(await files.open(null)).toMatchObject({ ok: false, reason: 'failed', fileName: 'gone.csv' });
    expect(await files.readChunk({ logId: 'nope', offsetBytes: 0, lengthBytes: 10 })).toMatchObject({ ok: false, reason: 'failed' });
  });

  it('asks with the import dialog for a file to import as a map, read the same way', async () => {
    const files = createEventLogFiles({
      fs: memoryFs({ '/in/proces.bpmn': bytes('<definitions/>') }),
      dialogs: { chooseEventLog: () => Promise.resolve(null), chooseImportFile: () => Promise.resolve('/in/proces.bpmn') },
      newId: () => 'file-1',
    });
    expect(await files.open(null)).toEqual({ ok: false, reason: 'cancelled' });
    expect(await files.open(null, 'import')).toEqual({ ok: true, logId: 'file-1', fileName: 'proces.bpmn', sizeBytes: 14 });
    const read = await files.readChunk({ logId: 'file-1', offsetBytes: 0, lengthBytes: 64 });
    expect(read.ok && text(read.bytes)).toBe('<definitions/>');
  });
});
