import { basename, extname, join } from 'node:path';
import type { ExportFileKind, ExportFileRequest, ExportFileResult } from '../../shared/ipc/contract';
import { EXPORT_FILE_TYPES, withExtension } from '../../shared/ipc/exportFileKinds';
import { safeFileName } from '../../shared/ipc/fileNames';
import { describeFileError, writeFileAtomically, type AtomicWriteFileSystem } from './atomicWrite';

/** The save dialog for one export kind, translated and parented by main (nativeDialogs.ts). */
export interface ExportDialogs<Owner> {
  /** Absolute path of the chosen file, or null when the user cancelled. */
  chooseExportPath(owner: Owner, kind: ExportFileKind, defaultPath: string): Promise<string | null>;
}

export interface ExportFilesOptions<Owner> {
  fs: AtomicWriteFileSystem;
  dialogs: ExportDialogs<Owner>;
  /** Folder proposed in the dialog (the user's Documents folder). */
  defaultDirectory(): string;
  platform: NodeJS.Platform;
}

/**
 * Saves an export (plan in Word/PDF/HTML/Markdown, picture of a map) where the user
 * chooses, through the same safe write as maps (a temporary file renamed over the target:
 * never half a file). Exports get no backup and no recent-files entry: they are made
 * from the map and can be made again.
 */
export function createExportFiles<Owner>(options: ExportFilesOptions<Owner>): (owner: Owner, request: ExportFileRequest) => Promise<ExportFileResult> {
  return async (owner, request) => {
    const name = withExtension(safeFileName(request.suggestedName) ?? 'export', request.kind);
    const chosen = await options.dialogs.chooseExportPath(owner, request.kind, join(options.defaultDirectory(), name));
    if (chosen === null) return { ok: false, reason: 'cancelled' };
    // Some Linux dialogs return the name exactly as typed, without the filter's extension.
    const path = extname(chosen) === '' ? `${chosen}.${EXPORT_FILE_TYPES[request.kind].extension}` : chosen;
    try {
      const content = typeof request.content === 'string' ? new TextEncoder().encode(request.content) : request.content;
      await writeFileAtomically(options.fs, path, content, options.platform);
      return { ok: true, fileName: basename(path) };
    } catch (error) {
      return { ok: false, reason: 'failed', message: describeFileError(error) };
    }
  };
}
