import { join } from 'node:path';
import { MAX_MAP_FILE_BYTES, RECOVERY_ID_PATTERN } from '../../shared/ipc/contract';
import { z } from '../../shared/model/zodConfig';
import { writeFileAtomically, type AtomicWriteFileSystem } from './atomicWrite';

export interface RecoveryFileSystem extends AtomicWriteFileSystem {
  readFile(path: string): Promise<Uint8Array>;
  readdir(path: string): Promise<string[]>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  stat(path: string): Promise<{ size: number; mode: number }>;
}

const RECOVERY_FORMAT = 'stroomlijn-recovery';
const RECOVERY_SUFFIX = '.recovery.json';

const fingerprintSchema = z.strictObject({
  sizeBytes: z.number().int().min(0),
  modifiedMs: z.number(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** One recovery file: the unsaved map and what is needed to restore it into its file. */
const recoveryRecordSchema = z.strictObject({
  format: z.literal(RECOVERY_FORMAT),
  version: z.literal(1),
  documentId: z.string().regex(RECOVERY_ID_PATTERN),
  title: z.string().max(1024),
  savedAt: z.iso.datetime({ offset: true }),
  /** The file the document belonged to (kept in main only), or null for a never-saved map. */
  path: z.string().min(1).max(4096).nullable(),
  baseline: fingerprintSchema.nullable(),
  text: z.string().max(MAX_MAP_FILE_BYTES),
});
export type RecoveryRecord = z.infer<typeof recoveryRecordSchema>;

export interface RecoveryFiles {
  write(record: Omit<RecoveryRecord, 'format' | 'version'>): Promise<void>;
  /** Every readable recovery record, newest first. Unreadable files are reported and left alone. */
  readAll(): Promise<RecoveryRecord[]>;
  remove(documentId: string): Promise<void>;
}

export interface RecoveryFilesOptions {
  fs: RecoveryFileSystem;
  /** The recovery folder in the app's data folder (userData/recovery). */
  directory: string;
  platform: NodeJS.Platform;
  onUnreadable?: (fileName: string, reason: string) => void;
}

/** Recovery copies are JSON files (one per unsaved document) written atomically into one folder. */
export function createRecoveryFiles({ fs, directory, platform, onUnreadable }: RecoveryFilesOptions): RecoveryFiles {
  const pathOf = (documentId: string) => {
    // The id becomes a file name: the contract's pattern already allows no separators or dots.
    if (!RECOVERY_ID_PATTERN.test(documentId)) throw new Error(`invalid recovery id ${JSON.stringify(documentId)}`);
    return join(directory, `${documentId}${RECOVERY_SUFFIX}`);
  };
  // The JSON envelope escapes the map text; a copy can be somewhat larger than the map itself.
  const maxRecordBytes = 2 * MAX_MAP_FILE_BYTES + 64 * 1024;

  return {
    async write(record) {
      const path = pathOf(record.documentId);
      const full: RecoveryRecord = recoveryRecordSchema.parse({ format: RECOVERY_FORMAT, version: 1, ...record });
      await fs.mkdir(directory, { recursive: true });
      // Unsaved work is private: the recovery copy is readable by the user only.
      await writeFileAtomically(fs, path, JSON.stringify(full), platform, 0o600);
    },

    async readAll() {
      let names: string[];
      try {
        names = await fs.readdir(directory);
      } catch {
        return [];
      }
      const records: RecoveryRecord[] = [];
      for (const name of names.filter((candidate) => candidate.endsWith(RECOVERY_SUFFIX))) {
        const path = join(directory, name);
        try {
          const stats = await fs.stat(path);
          if (stats.size > maxRecordBytes) {
            onUnreadable?.(name, `larger than ${maxRecordBytes} bytes`);
            continue;
          }
          const parsed = recoveryRecordSchema.safeParse(JSON.parse(new TextDecoder().decode(await fs.readFile(path))));
          if (!parsed.success || `${parsed.data.documentId}${RECOVERY_SUFFIX}` !== name) {
            onUnreadable?.(name, parsed.success ? 'id does not match the file name' : z.prettifyError(parsed.error));
            continue;
          }
          records.push(parsed.data);
        } catch (error) {
          onUnreadable?.(name, error instanceof Error ? error.message : String(error));
        }
      }
      return records.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },

    async remove(documentId) {
      await fs.unlink(pathOf(documentId)).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      });
    },
  };
}
