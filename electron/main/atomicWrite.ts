import { randomUUID } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** The file operations a safe write needs; node:fs/promises satisfies it. */
export interface AtomicWriteFileSystem {
  stat(path: string): Promise<{ mode: number; nlink?: number }>;
  /** The path with every symbolic link resolved. */
  realpath(path: string): Promise<string>;
  open(path: string, flags: string, mode?: number): Promise<WritableFileHandle>;
  rename(oldPath: string, newPath: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export interface WritableFileHandle {
  writeFile(data: string | Uint8Array, encoding?: 'utf8'): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
  chmod(mode: number): Promise<void>;
  truncate(length: number): Promise<void>;
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

/** True for any temporary file of an atomic write (`.<name>.<8 hex>.tmp`). */
export function isTemporaryFile(candidateName: string): boolean {
  return /^\..+\.[0-9a-f]{8}\.tmp$/.test(candidateName);
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
}

/**
 * The file a write of `path` must change: symbolic links resolved (saving through a link
 * must change the file it points to, not replace the link), or `path` itself when nothing
 * is there yet.
 */
async function resolveTarget(fs: AtomicWriteFileSystem, path: string): Promise<string> {
  try {
    return await fs.realpath(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return path;
    throw error;
  }
}

/**
 * Writes through a temporary file in the same folder as the real file (same file system,
 * so the rename is atomic), flushed to disk before it replaces the target: a crash, a full
 * disk or a failed write leaves either the old or the new file, never half of one.
 *
 * - Symbolic links are resolved first: the real file is replaced, the link stays a link.
 * - The target's permissions are kept exactly (set on the temporary file, past the umask).
 *   When they cannot be read (stat fails for another reason than "no such file") the write
 *   fails rather than guess: a private 0600 map never becomes 0644.
 * - A file with several hard links cannot be replaced by a rename (that would cut it loose
 *   from its other names): the new content is first written and flushed to the temporary
 *   file, then copied into the file itself, which is then flushed. That copy is not atomic;
 *   if it fails half-way the previous version is in the backups folder and the new one is
 *   still in the window.
 *
 * On failure the temporary file is removed and the error rethrown.
 */
export async function writeFileAtomically(
  fs: AtomicWriteFileSystem,
  path: string,
  content: string | Uint8Array,
  platform: NodeJS.Platform,
  /** Permissions of a file that does not exist yet (before the umask). */
  newFileMode = 0o644,
): Promise<void> {
  const target = await resolveTarget(fs, path);
  const directory = dirname(target);
  let existing: { mode: number; nlink?: number } | null;
  try {
    existing = await fs.stat(target);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
    existing = null;
  }
  const mode = existing === null ? newFileMode : existing.mode & 0o7777;
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const temporaryPath = temporaryPathFor(target);
  try {
    // 'wx': never follow or reuse something already there (a stale temp file, a planted link).
    const handle = await fs.open(temporaryPath, 'wx', mode);
    try {
      await handle.writeFile(bytes);
      // The umask may have narrowed the mode given to open; the target's mode is kept exactly.
      if (existing !== null && platform !== 'win32') await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (existing !== null && (existing.nlink ?? 1) > 1) {
      await writeInPlace(fs, target, bytes);
      await fs.unlink(temporaryPath);
    } else {
      await fs.rename(temporaryPath, target);
    }
  } catch (error) {
    await fs.unlink(temporaryPath).catch(() => undefined);
    throw error;
  }
  if (platform !== 'win32') await syncDirectory(fs, directory);
}

/** Overwrites a (hard-linked) file's content in place and flushes it. */
async function writeInPlace(fs: AtomicWriteFileSystem, path: string, bytes: Uint8Array): Promise<void> {
  const handle = await fs.open(path, 'r+');
  try {
    await handle.writeFile(bytes);
    await handle.truncate(bytes.byteLength);
    await handle.sync();
  } finally {
    await handle.close();
  }
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
