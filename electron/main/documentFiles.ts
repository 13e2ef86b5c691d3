import { randomUUID } from 'node:crypto';
import { basename, dirname, extname, join } from 'node:path';
import {
  MAP_FILE_EXTENSION,
  MAX_MAP_FILE_BYTES,
  type OpenMapFileResult,
  type SaveMapFileRequest,
  type SaveMapFileResult,
} from '../../shared/ipc/contract';
import { safeFileName } from '../../shared/ipc/fileNames';

/** The file operations documentFiles needs; node:fs/promises satisfies it. */
export interface DocumentFileSystem {
  stat(path: string): Promise<{ size: number; mode: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
  open(path: string, flags: string, mode?: number): Promise<WritableFileHandle>;
  rename(oldPath: string, newPath: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export interface WritableFileHandle {
  writeFile(data: string, encoding: 'utf8'): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
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
  createHandle?: () => string;
  maxFileBytes?: number;
}

export interface DocumentFiles<Owner> {
  openMapFile(owner: Owner): Promise<OpenMapFileResult>;
  saveMapFile(owner: Owner, request: SaveMapFileRequest): Promise<SaveMapFileResult>;
}

const UTF8_BOM = '\uFEFF';

/**
 * Opening and saving map files in main. The renderer only ever sees opaque handles and
 * file names; the paths stay here. Text is returned unparsed: the sandboxed renderer
 * parses untrusted content.
 */
export function createDocumentFiles<Owner>(options: DocumentFilesOptions<Owner>): DocumentFiles<Owner> {
  const { fs, dialogs, platform } = options;
  const createHandle = options.createHandle ?? randomUUID;
  const maxFileBytes = options.maxFileBytes ?? MAX_MAP_FILE_BYTES;
  const pathsByHandle = new Map<string, string>();

  const handleFor = (path: string): string => {
    for (const [handle, knownPath] of pathsByHandle) if (knownPath === path) return handle;
    const handle = createHandle();
    pathsByHandle.set(handle, path);
    return handle;
  };

  return {
    async openMapFile(owner) {
      const path = await dialogs.chooseFileToOpen(owner);
      if (path === null) return { ok: false, reason: 'cancelled' };
      const fileName = basename(path);
      try {
        const stats = await fs.stat(path);
        if (!stats.isFile()) return { ok: false, reason: 'failed', message: `${fileName} is not a file` };
        if (stats.size > maxFileBytes) return { ok: false, reason: 'tooLarge', fileName, sizeBytes: stats.size, limitBytes: maxFileBytes };
        const bytes = await fs.readFile(path);
        // The file may have grown between stat and read.
        if (bytes.byteLength > maxFileBytes) {
          return { ok: false, reason: 'tooLarge', fileName, sizeBytes: bytes.byteLength, limitBytes: maxFileBytes };
        }
        const text = new TextDecoder('utf-8').decode(bytes);
        return { ok: true, handle: handleFor(path), fileName, text: text.startsWith(UTF8_BOM) ? text.slice(1) : text };
      } catch (error) {
        return { ok: false, reason: 'failed', message: describeError(error) };
      }
    },

    async saveMapFile(owner, request) {
      let path = request.handle === null ? undefined : pathsByHandle.get(request.handle);
      if (request.saveAs || path === undefined) {
        const name = safeFileName(request.suggestedName) ?? safeFileName(options.untitledName()) ?? 'map';
        const defaultPath = path ?? join(options.defaultDirectory(), `${name}.${MAP_FILE_EXTENSION}`);
        const chosen = await dialogs.chooseFileToSave(owner, defaultPath);
        if (chosen === null) return { ok: false, reason: 'cancelled' };
        // Some Linux dialogs return the name exactly as typed, without the filter's extension.
        path = extname(chosen) === '' ? `${chosen}.${MAP_FILE_EXTENSION}` : chosen;
      }
      try {
        await writeFileAtomically(fs, path, request.text, platform);
        return { ok: true, handle: handleFor(path), fileName: basename(path) };
      } catch (error) {
        return { ok: false, reason: 'failed', message: describeError(error) };
      }
    },
  };
}

/**
 * Writes through a temporary file in the same folder (same file system, so the rename is
 * atomic), flushed to disk before it replaces the target: a crash or full disk leaves
 * either the old or the new file, never half of one. The target's permissions are kept.
 */
export async function writeFileAtomically(fs: DocumentFileSystem, path: string, text: string, platform: NodeJS.Platform): Promise<void> {
  const directory = dirname(path);
  const temporaryPath = join(directory, `.${basename(path)}.${randomUUID().slice(0, 8)}.tmp`);
  const existingMode = await fs.stat(path).then(
    (stats) => stats.mode & 0o777,
    () => undefined,
  );
  try {
    const handle = await fs.open(temporaryPath, 'wx', existingMode ?? 0o644);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporaryPath, path);
  } catch (error) {
    await fs.unlink(temporaryPath).catch(() => undefined);
    throw error;
  }
  if (platform !== 'win32') await syncDirectory(fs, directory);
}

/** Makes the rename itself durable; best effort, some file systems refuse it. */
async function syncDirectory(fs: DocumentFileSystem, directory: string): Promise<void> {
  try {
    const handle = await fs.open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The data itself is already flushed; a missing directory flush only risks the rename.
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return (code !== undefined && !error.message.includes(code) ? `${code}: ${error.message}` : error.message).slice(0, 2000);
  }
  return String(error).slice(0, 2000);
}
