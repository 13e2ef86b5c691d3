import { basename, dirname, extname, join } from 'node:path';
import {
  MAP_FILE_EXTENSION,
  MAX_MAP_FILE_BYTES,
  type OpenFileRequest,
  type OpenMapFileResult,
  type SaveMapFileRequest,
  type SaveMapFileResult,
} from '../../shared/ipc/contract';
import { safeFileName } from '../../shared/ipc/fileNames';
import { decodeMapBytes, describeDecodeFailure } from '../../shared/model/readMapBytes';
import type { Language } from '../../shared/model/vocabulary';
import { describeFileError, isTemporaryFileOf, writeFileAtomically, type AtomicWriteFileSystem } from './atomicWrite';
import { keepPreviousVersion, tidyBackupFolder, type BackupFileSystem } from './backups';
import { compareWithDisk, fingerprintOf, type FileFingerprint, type FingerprintFileSystem } from './fileFingerprint';
import { createFileHandles, type FileHandles } from './fileHandles';

/** The file operations documentFiles needs; node:fs/promises satisfies it. */
export interface DocumentFileSystem extends AtomicWriteFileSystem, BackupFileSystem, FingerprintFileSystem {
  stat(path: string): Promise<{ size: number; mode: number; mtimeMs: number; isFile(): boolean }>;
  readdir(path: string): Promise<string[]>;
}

/**
 * The native dialogs, already translated and parented by main. `Owner` is whatever main
 * needs to parent the dialog (the BrowserWindow); documentFiles only passes it through.
 */
export interface DocumentDialogs<Owner> {
  /** Absolute path of the chosen file, or null when the user cancelled. */
  chooseFileToOpen(owner: Owner): Promise<string | null>;
  chooseFileToSave(owner: Owner, defaultPath: string): Promise<string | null>;
}

export interface DocumentFilesOptions<Owner> {
  fs: DocumentFileSystem;
  dialogs: DocumentDialogs<Owner>;
  /** Folder proposed for a document never saved (the user's Documents folder). */
  defaultDirectory(): string;
  /** File name for a map whose title gives no usable name, in the app language. */
  untitledName(): string;
  platform: NodeJS.Platform;
  handles?: FileHandles;
  maxFileBytes?: number;
  /** Folder for the previous version of each saved file; null keeps no backups. */
  backupDirectory?: () => string | null;
  /** Called with every path opened or saved (the recent files list). */
  onFileUsed?: (path: string) => void;
  /** Reports what went wrong without failing the save (a backup that could not be written). */
  onWarning?: (message: string, error: unknown) => void;
  /** The app's language, for a file that is not UTF-8 (default English). */
  language?: () => Language;
}

export interface DocumentFiles<Owner> {
  openMapFile(owner: Owner): Promise<OpenMapFileResult>;
  /** Reads a file main was given a path for (command line, file manager, drop, Open Recent). */
  openPath(path: string): Promise<OpenFileRequest>;
  saveMapFile(owner: Owner, request: SaveMapFileRequest): Promise<SaveMapFileResult>;
  readonly handles: FileHandles;
}

/**
 * Opening and saving map files in main. The renderer only ever sees opaque handles and
 * file names; the paths stay here. Text is returned unparsed: the sandboxed renderer
 * parses untrusted content. Saving is safe (atomicWrite.ts), keeps the previous version
 * (backups.ts) and refuses to overwrite a file someone else changed (fileFingerprint.ts).
 */
export function createDocumentFiles<Owner>(options: DocumentFilesOptions<Owner>): DocumentFiles<Owner> {
  const { fs, dialogs, platform } = options;
  const handles = options.handles ?? createFileHandles();
  const maxFileBytes = options.maxFileBytes ?? MAX_MAP_FILE_BYTES;
  const warn = options.onWarning ?? (() => undefined);
  // Once per start: what saves killed half-way left in the backups folder. Backups wait for
  // it, so the tidying can never remove the temporary file of a backup being written.
  const initialBackupDirectory = options.backupDirectory?.() ?? null;
  const backupsTidied = initialBackupDirectory === null ? Promise.resolve(0) : tidyBackupFolder(fs, initialBackupDirectory);

  async function openPath(path: string): Promise<OpenFileRequest> {
    const fileName = basename(path);
    try {
      const stats = await fs.stat(path);
      if (!stats.isFile()) return { ok: false, reason: 'failed', fileName, message: `EISDIR: ${fileName} is not a file` };
      if (stats.size > maxFileBytes) return { ok: false, reason: 'tooLarge', fileName, sizeBytes: stats.size, limitBytes: maxFileBytes };
      const bytes = await fs.readFile(path);
      // The file may have grown between stat and read.
      if (bytes.byteLength > maxFileBytes) return { ok: false, reason: 'tooLarge', fileName, sizeBytes: bytes.byteLength, limitBytes: maxFileBytes };
      // The same decoding as the browser build and the command line: UTF-8 only, never a
      // silent U+FFFD; the renderer's parseMap strips one byte order mark.
      const decoded = decodeMapBytes(bytes);
      if (!decoded.ok) return { ok: false, reason: 'failed', fileName, message: describeDecodeFailure(decoded, options.language?.() ?? 'en').message };
      const handle = handles.create({ path, baseline: fingerprintOf(bytes, stats.mtimeMs) });
      options.onFileUsed?.(path);
      return { ok: true, handle, fileName, text: decoded.text };
    } catch (error) {
      return { ok: false, reason: 'failed', fileName, message: describeFileError(error) };
    }
  }

  async function chooseSavePath(owner: Owner, request: SaveMapFileRequest, currentPath: string | undefined): Promise<string | null> {
    const name = safeFileName(request.suggestedName) ?? safeFileName(options.untitledName()) ?? 'map';
    const defaultPath = currentPath ?? join(options.defaultDirectory(), `${name}.${MAP_FILE_EXTENSION}`);
    const chosen = await dialogs.chooseFileToSave(owner, defaultPath);
    if (chosen === null) return null;
    // Some Linux dialogs return the name exactly as typed, without the filter's extension.
    return extname(chosen) === '' ? `${chosen}.${MAP_FILE_EXTENSION}` : chosen;
  }

  async function keepBackup(path: string): Promise<void> {
    const backupDirectory = options.backupDirectory?.() ?? null;
    if (backupDirectory === null) return;
    try {
      await backupsTidied;
      await keepPreviousVersion(fs, backupDirectory, path, platform);
    } catch (error) {
      // A missing backup must not cost the user the save itself; the write below is still safe.
      warn(`could not keep the previous version of ${basename(path)}`, error);
    }
  }

  /** Removes temporary files that an earlier save of this file left behind when the app died before its rename. */
  async function removeStaleTemporaryFiles(path: string): Promise<void> {
    try {
      const targetName = basename(path);
      for (const name of await fs.readdir(dirname(path))) {
        if (isTemporaryFileOf(targetName, name)) await fs.unlink(join(dirname(path), name)).catch(() => undefined);
      }
    } catch {
      // Tidying up only; the save already succeeded.
    }
  }

  async function fingerprintAfterWrite(path: string, bytes: Uint8Array): Promise<FileFingerprint> {
    // Some file systems round modification times: take the one the file really got.
    const modifiedMs = await fs.stat(path).then(
      (stats) => stats.mtimeMs,
      () => -1,
    );
    return fingerprintOf(bytes, modifiedMs);
  }

  return {
    handles,
    openPath,

    async openMapFile(owner) {
      const path = await dialogs.chooseFileToOpen(owner);
      if (path === null) return { ok: false, reason: 'cancelled' };
      const result = await openPath(path);
      // The user just picked this file: the dialog result needs no file name to explain a failure.
      if (!result.ok && result.reason === 'failed') return { ok: false, reason: 'failed', message: result.message };
      return result;
    },

    async saveMapFile(owner, request) {
      const known = request.handle === null ? undefined : handles.get(request.handle);
      const savesInPlace = !request.saveAs && known !== undefined;
      const path = savesInPlace ? known.path : await chooseSavePath(owner, request, known?.path);
      if (path === null) return { ok: false, reason: 'cancelled' };
      try {
        if (savesInPlace && known.baseline !== null && request.force !== true) {
          const onDisk = await compareWithDisk(fs, path, known.baseline);
          if (onDisk.changed) {
            return { ok: false, reason: 'conflict', fileName: basename(path), modifiedAt: isoTimestamp(onDisk.modifiedMs) };
          }
        }
        const bytes = new TextEncoder().encode(request.text);
        await keepBackup(path);
        await writeFileAtomically(fs, path, bytes, platform);
        const file = { path, baseline: await fingerprintAfterWrite(path, bytes) };
        let handle: string;
        if (savesInPlace && request.handle !== null) {
          handle = request.handle;
          handles.update(handle, file);
        } else {
          handle = handles.create(file);
        }
        await removeStaleTemporaryFiles(path);
        options.onFileUsed?.(path);
        return { ok: true, handle, fileName: basename(path) };
      } catch (error) {
        return { ok: false, reason: 'failed', message: describeFileError(error) };
      }
    },
  };
}

function isoTimestamp(milliseconds: number): string | null {
  const date = new Date(milliseconds);
  return Number.isFinite(date.getTime()) ? date.toISOString() : null;
}
