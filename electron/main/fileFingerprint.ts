import { createHash } from 'node:crypto';

/**
 * What a file looked like when the app last read or wrote it. Saving compares the file on
 * disk with it, so a change made by someone else is never overwritten silently.
 */
export interface FileFingerprint {
  sizeBytes: number;
  modifiedMs: number;
  sha256: string;
}

/** The file operations a fingerprint needs; node:fs/promises satisfies it. */
export interface FingerprintFileSystem {
  stat(path: string): Promise<{ size: number; mtimeMs: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
}

export function fingerprintOf(bytes: Uint8Array, modifiedMs: number): FileFingerprint {
  return { sizeBytes: bytes.byteLength, modifiedMs, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export type DiskComparison =
  | { changed: false }
  | { changed: true; modifiedMs: number }
  /** The file is gone (moved or deleted): saving puts it back, nothing of someone else's is lost. */
  | { changed: false; missing: true };

/**
 * Compares the file at `path` with the fingerprint taken when it was opened or saved.
 * Same size and modification time count as unchanged without reading; otherwise the
 * content decides (a file touched but not changed, or copied back, is not a conflict).
 */
export async function compareWithDisk(fs: FingerprintFileSystem, path: string, baseline: FileFingerprint): Promise<DiskComparison> {
  let stats: { size: number; mtimeMs: number; isFile(): boolean };
  try {
    stats = await fs.stat(path);
  } catch (error) {
    if (isMissingFileError(error)) return { changed: false, missing: true };
    throw error;
  }
  if (stats.size === baseline.sizeBytes && stats.mtimeMs === baseline.modifiedMs) return { changed: false };
  if (!stats.isFile() || stats.size !== baseline.sizeBytes) return { changed: true, modifiedMs: stats.mtimeMs };
  const current = fingerprintOf(await fs.readFile(path), stats.mtimeMs);
  return current.sha256 === baseline.sha256 ? { changed: false } : { changed: true, modifiedMs: stats.mtimeMs };
}

export function isMissingFileError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as NodeJS.ErrnoException).code === 'ENOENT';
}
