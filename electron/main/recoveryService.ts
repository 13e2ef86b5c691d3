import { basename } from 'node:path';
import type { RecoveredDocument, RecoveryWriteRequest, WriteRecoveryResult } from '../../shared/ipc/contract';
import { describeFileError } from './atomicWrite';
import type { FileHandles } from './fileHandles';
import type { RecoveryFiles } from './recoveryFiles';

/** Windows are told apart by their webContents id. */
export type WindowId = number;

export interface RecoveryService {
  write(windowId: WindowId, request: RecoveryWriteRequest): Promise<WriteRecoveryResult>;
  /** Copies left by an earlier run that no window of this run was given yet. */
  listRecovered(windowId: WindowId): Promise<RecoveredDocument[]>;
  discard(documentId: string): Promise<void>;
  /**
   * The window closed after its page agreed (saved or "Don't save"): the copies it wrote
   * are no longer needed. Not called when the page crashed: then they are exactly what to offer.
   */
  discardWrittenBy(windowId: WindowId): Promise<void>;
}

export interface RecoveryServiceOptions {
  files: RecoveryFiles;
  handles: FileHandles;
  now?: () => Date;
}

/**
 * Autosave copies in main. A copy written by this run belongs to a live window and is
 * never offered for restoring; a copy from an earlier run (a crash, a killed process) is
 * offered once, to the first window that asks.
 */
export function createRecoveryService({ files, handles, now = () => new Date() }: RecoveryServiceOptions): RecoveryService {
  const writtenThisRun = new Set<string>();
  const offeredThisRun = new Set<string>();
  const writtenByWindow = new Map<WindowId, Set<string>>();
  // Writes and removals of one copy run in order: a removal never overtakes a write still
  // on its way to disk (which would bring the copy back).
  const pending = new Map<string, Promise<unknown>>();
  const inOrder = <T>(documentId: string, operation: () => Promise<T>): Promise<T> => {
    const previous = pending.get(documentId) ?? Promise.resolve();
    const next = previous.then(operation, operation);
    const settled = next.then(
      () => undefined,
      () => undefined,
    );
    pending.set(documentId, settled);
    void settled.then(() => {
      if (pending.get(documentId) === settled) pending.delete(documentId);
    });
    return next;
  };

  return {
    async write(windowId, request) {
      const known = request.handle === null ? undefined : handles.get(request.handle);
      const savedAt = now().toISOString();
      writtenThisRun.add(request.documentId);
      const written = writtenByWindow.get(windowId) ?? new Set<string>();
      written.add(request.documentId);
      writtenByWindow.set(windowId, written);
      try {
        await inOrder(request.documentId, () => files.write({
          documentId: request.documentId,
          title: request.title,
          savedAt,
          path: known?.path ?? null,
          baseline: known?.baseline ?? null,
          text: request.text,
        }));
        return { ok: true, savedAt };
      } catch (error) {
        return { ok: false, reason: 'failed', message: describeFileError(error) };
      }
    },

    async listRecovered() {
      const records = await files.readAll();
      const offered: RecoveredDocument[] = [];
      for (const record of records) {
        if (writtenThisRun.has(record.documentId) || offeredThisRun.has(record.documentId)) continue;
        offeredThisRun.add(record.documentId);
        // A fresh handle with the baseline of the time it was opened: saving the restored
        // map goes back to its file, and still notices if the file changed meanwhile.
        const handle = record.path === null ? null : handles.create({ path: record.path, baseline: record.baseline });
        offered.push({
          documentId: record.documentId,
          title: record.title,
          savedAt: record.savedAt,
          fileName: record.path === null ? null : basename(record.path),
          handle,
          text: record.text,
        });
      }
      return offered;
    },

    async discard(documentId) {
      await inOrder(documentId, () => files.remove(documentId));
      writtenThisRun.delete(documentId);
      for (const written of writtenByWindow.values()) written.delete(documentId);
    },

    async discardWrittenBy(windowId) {
      const written = writtenByWindow.get(windowId);
      writtenByWindow.delete(windowId);
      for (const documentId of written ?? []) {
        await inOrder(documentId, () => files.remove(documentId));
        writtenThisRun.delete(documentId);
      }
    },
  };
}
