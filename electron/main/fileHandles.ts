import { randomUUID } from 'node:crypto';
import type { FileFingerprint } from './fileFingerprint';

/** What main knows about a file the renderer holds a handle to. */
export interface KnownFile {
  path: string;
  /** The file as this document last read or wrote it; null when not known (conflicts cannot be checked). */
  baseline: FileFingerprint | null;
}

/**
 * Opaque handles for file paths: the renderer only ever sees the handle. Every open gets
 * its own handle with its own baseline, so two windows showing the same file each notice
 * when the other saved it.
 */
export interface FileHandles {
  create(file: KnownFile): string;
  get(handle: string): KnownFile | undefined;
  /** Replaces the baseline after a save through this handle. */
  update(handle: string, file: KnownFile): void;
}

export function createFileHandles(createHandle: () => string = randomUUID): FileHandles {
  const files = new Map<string, KnownFile>();
  return {
    create(file) {
      const handle = createHandle();
      files.set(handle, { ...file });
      return handle;
    },
    get: (handle) => files.get(handle),
    update(handle, file) {
      files.set(handle, { ...file });
    },
  };
}
