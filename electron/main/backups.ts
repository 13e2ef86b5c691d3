import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';
import { isTemporaryFile, writeFileAtomically, type AtomicWriteFileSystem } from './atomicWrite';

export interface BackupFileSystem extends AtomicWriteFileSystem {
  readFile(path: string): Promise<Uint8Array>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  readdir(path: string): Promise<string[]>;
}

/**
 * Removes the temporary files that backups being written when the app was killed left in
 * the backups folder (five kills during a 30 MB save left 100 MB). Called once at start,
 * before any save can run; only names of the atomic write's own pattern are touched.
 * Returns how many were removed; a missing folder is nothing to tidy.
 */
export async function tidyBackupFolder(fs: Pick<BackupFileSystem, 'readdir' | 'unlink'>, backupDirectory: string): Promise<number> {
  let names: string[];
  try {
    names = await fs.readdir(backupDirectory);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names.filter(isTemporaryFile)) {
    await fs.unlink(join(backupDirectory, name)).then(
      () => (removed += 1),
      () => undefined,
    );
  }
  return removed;
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
  // Private to the user whatever the map's own mode: a 0600 map must not get a 0644 copy.
  await writeFileAtomically(fs, backupPath, previous, platform, 0o600);
  return backupPath;
}
