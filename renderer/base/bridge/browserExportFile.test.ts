import { describe, expect, it, vi } from 'vitest';
import { exportFileInBrowser } from './browserExportFile';

function fakePicker(options: { abort?: boolean } = {}) {
  const written: Blob[] = [];
  const showSaveFilePicker = vi.fn((_options: { suggestedName: string; types: { description: string; accept: Record<string, string[]> }[] }) => {
    if (options.abort) return Promise.reject(Object.assign(new Error('The user aborted a request.'), { name: 'AbortError' }));
    return Promise.resolve({
      name: 'Mijn plan.docx',
      createWritable: () =>
        Promise.resolve({
          write: (data: string | Blob) => {
            written.push(typeof data === 'string' ? new Blob([data]) : data);
            return Promise.resolve();
          },
          close: () => Promise.resolve(),
        }),
    });
  });
  return { picker: { showSaveFilePicker }, showSaveFilePicker, written };
}

// The save picker path only; the download path runs in the browser end-to-end tests.
const noDocument = {} as Document;

describe('exporting a file in the browser', () => {
  it('offers the save picker with a safe name and the kind, and writes the bytes', async () => {
    const { picker, showSaveFilePicker, written } = fakePicker();
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);
    const result = await exportFileInBrowser({ suggestedName: 'Verbeterplan: facturen', kind: 'docx', content: bytes }, noDocument, picker);
    expect(result).toEqual({ ok: true, fileName: 'Mijn plan.docx' });
    const options = showSaveFilePicker.mock.calls[0]?.[0];
    expect(options?.suggestedName).toBe('Verbeterplan facturen.docx');
    expect(options?.types[0]?.accept).toEqual({ 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'] });
    expect(written).toHaveLength(1);
    expect(new Uint8Array(await (written[0] as Blob).arrayBuffer())).toEqual(bytes);
    expect((written[0] as Blob).type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('answers cancelled when the picker is closed', async () => {
    const { picker } = fakePicker({ abort: true });
    expect(await exportFileInBrowser({ suggestedName: 'plan', kind: 'md', content: '# Plan' }, noDocument, picker)).toEqual({ ok: false, reason: 'cancelled' });
  });
});
