import { randomUUID } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** The file operations a safe write needs; node:fs/promises satisfies it. */
export interface AtomicWriteFileSystem {
  stat(path: string): Promise<{ mode: number }>;
  open(path: string, flags: string, mode?: number): Promise<WritableFileHandle>;
  rename(oldPath: string, newPath: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export interface WritableFileHandle {
  writeFile(data: string | Uint8Array, encoding?: 'utf8'): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** Temporary files are named `.<target name>.<8 hex>.tmp`, beside the target. */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomUUID().slice(0, 8)}.tmp`);
}

/** True for a temporary file that a write of `targetName` left behind (a crash before the rename). */
export function isTemporaryFileOf(targetName: string, candidateName: string): boolean {
  const prefix = `.${targetName}.`;
  return candidateName.startsWith(prefix) && /^[0-9a-f]{8}\.tmp$/.test(candidateName.slice(prefix.length));
}

/**
 * Writes through a temporary file in the same folder (same file system, so the rename is
 * atomic), flushed to disk before it replaces the target: a crash, a full disk or a
 * failed write leaves either the old or the new file, never half of one. The target's
 * permissions are kept. On failure the temporary file is removed and the error rethrown.
 */
export async function writeFileAtomically(fs: AtomicWriteFileSystem, path: string, content: string | Uint8Array, platform: NodeJS.Platform): Promise<void> {
  const directory = dirname(path);
  const temporaryPath = temporaryPathFor(path);
  const existingMode = await fs.stat(path).then(
    (stats) => stats.mode & 0o777,
    () => undefined,
  );
  try {
    // 'wx': never follow or reuse something already there (a stale temp file, a planted link).
    const handle = await fs.open(temporaryPath, 'wx', existingMode ?? 0o644);
    try {
      await (typeof content === 'string' ? handle.writeFile(content, 'utf8') : handle.writeFile(content));
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
async function syncDirectory(fs: AtomicWriteFileSystem, directory: string): Promise<void> {
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

/** "ENOSPC: no space left on device, write" — the code first, so the renderer can recognise it. */
export function describeFileError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return (code !== undefined && !error.message.includes(code) ? `${code}: ${error.message}` : error.message).slice(0, 2000);
  }
  return String(error).slice(0, 2000);
}
