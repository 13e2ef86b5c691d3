import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';
import { writeFileAtomically, type AtomicWriteFileSystem } from './atomicWrite';

export interface BackupFileSystem extends AtomicWriteFileSystem {
  readFile(path: string): Promise<Uint8Array>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
}

/**
 * Where the previous version of `path` is kept: `<name>.<8 hex of the path>.bak` in the
 * app's backups folder. Not beside the file, so shared folders and synced drives do not
 * fill up with .bak files; the hash keeps two files with the same name apart.
 */
export function backupPathFor(backupDirectory: string, path: string): string {
  const pathHash = createHash('sha256').update(path).digest('hex').slice(0, 8);
  return join(backupDirectory, `${basename(path)}.${pathHash}.bak`);
}

/**
 * Copies the version of `path` that is about to be replaced into the backups folder,
 * itself written safely. Returns the backup path, or null when there was nothing to keep.
 */
export async function keepPreviousVersion(fs: BackupFileSystem, backupDirectory: string, path: string, platform: NodeJS.Platform): Promise<string | null> {
  let previous: Uint8Array;
  try {
    previous = await fs.readFile(path);
  } catch {
    return null;
  }
  await fs.mkdir(backupDirectory, { recursive: true });
  const backupPath = backupPathFor(backupDirectory, path);
  await writeFileAtomically(fs, backupPath, previous, platform);
  return backupPath;
}
