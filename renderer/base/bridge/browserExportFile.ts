import type { ExportFileRequest, ExportFileResult } from '../../../shared/ipc/contract';
import { EXPORT_FILE_TYPES, withExtension } from '../../../shared/ipc/exportFileKinds';
import { safeFileName } from '../../../shared/ipc/fileNames';

/** The part of the File System Access API an export uses (absent from TypeScript's DOM types). */
interface ExportSavePicker {
  showSaveFilePicker(options: { suggestedName: string; types: { description: string; accept: Record<string, string[]> }[] }): Promise<{
    readonly name: string;
    createWritable(): Promise<{ write(data: string | Blob): Promise<void>; close(): Promise<void> }>;
  }>;
}

/** Keeps the object URL alive long enough for slow download managers to fetch it. */
const REVOKE_DELAY_MILLISECONDS = 60_000;

function blobOf(request: ExportFileRequest): Blob {
  const type = EXPORT_FILE_TYPES[request.kind].mediaType;
  // A copy into a fresh ArrayBuffer: the Blob constructor does not take views of shared memory.
  const part = typeof request.content === 'string' ? request.content : new Uint8Array(request.content).buffer;
  return new Blob([part], { type });
}

function download(document: Document, fileName: string, blob: Blob): void {
  const view = document.defaultView;
  if (view === null) throw new Error('no window to download from');
  const url = view.URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  view.setTimeout(() => view.URL.revokeObjectURL(url), REVOKE_DELAY_MILLISECONDS);
}

/**
 * The browser side of bridge.exportFile: Chromium's save picker when present (the user
 * chooses where), else a download under the suggested name.
 */
export async function exportFileInBrowser(request: ExportFileRequest, document: Document, pickers: object | null): Promise<ExportFileResult> {
  const fileName = withExtension(safeFileName(request.suggestedName) ?? 'export', request.kind);
  const blob = blobOf(request);
  try {
    const picker = pickers as Partial<ExportSavePicker> | null;
    if (picker === null || typeof picker.showSaveFilePicker !== 'function') {
      download(document, fileName, blob);
      return { ok: true, fileName };
    }
    const type = EXPORT_FILE_TYPES[request.kind];
    const handle = await picker.showSaveFilePicker({
      suggestedName: fileName,
      types: [{ description: type.extension.toUpperCase(), accept: { [type.mediaType]: [`.${type.extension}`] } }],
    });
    const writable = await handle.createWritable();
    await writable.write(blob);
    await writable.close();
    return { ok: true, fileName: handle.name };
  } catch (error) {
    if (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError') return { ok: false, reason: 'cancelled' };
    return { ok: false, reason: 'failed', message: (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 2000) };
  }
}
