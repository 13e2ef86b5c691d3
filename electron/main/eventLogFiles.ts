import { basename } from 'node:path';
import { MAX_EVENT_LOG_BYTES, type OpenEventLogResult, type ReadEventLogChunkRequest, type ReadEventLogChunkResult } from '../../shared/ipc/contract';
import { describeFileError } from './atomicWrite';

/** The open dialog for event logs, translated and parented by main (nativeDialogs.ts). */
export interface EventLogDialogs<Owner> {
  /** Absolute path of the chosen log, or null when the user cancelled. */
  chooseEventLog(owner: Owner): Promise<string | null>;
  /** Absolute path of a file to import as a map (BPMN, step list), or null when the user cancelled. */
  chooseImportFile(owner: Owner): Promise<string | null>;
}

/** The parts of node:fs/promises this module uses (injected: tested without a disk). */
export interface EventLogFileSystem {
  stat(path: string): Promise<{ size: number; isFile(): boolean }>;
  open(path: string, flags: 'r'): Promise<{
    read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
    close(): Promise<void>;
  }>;
}

export interface EventLogFiles<Owner> {
  /** `choose` 'import' asks for a file to import as a map instead of an event log; it is read the same way. */
  open(owner: Owner, choose?: 'log' | 'import'): Promise<OpenEventLogResult>;
  readChunk(request: ReadEventLogChunkRequest): Promise<ReadEventLogChunkResult>;
}

/** Logs kept readable at once; the oldest is forgotten first (a window reads one or two: the log and its follow-up). */
const KEPT_LOGS = 8;

/**
 * Event logs for discovery: the user chooses a file, the page gets an opaque id (never the
 * path) and reads the file chunk by chunk through it, so a log of millions of events never
 * crosses IPC in one piece. Each chunk opens and closes the file: nothing stays open when
 * the page stops reading (Cancel, a closed window).
 */
export function createEventLogFiles<Owner>(options: { fs: EventLogFileSystem; dialogs: EventLogDialogs<Owner>; newId(): string }): EventLogFiles<Owner> {
  const paths = new Map<string, string>();
  return {
    async open(owner, choose = 'log') {
      const path = choose === 'import' ? await options.dialogs.chooseImportFile(owner) : await options.dialogs.chooseEventLog(owner);
      if (path === null) return { ok: false, reason: 'cancelled' };
      const fileName = basename(path);
      try {
        const stats = await options.fs.stat(path);
        if (!stats.isFile()) return { ok: false, reason: 'failed', fileName, message: 'EISDIR: not a file' };
        if (stats.size > MAX_EVENT_LOG_BYTES) return { ok: false, reason: 'tooLarge', fileName, sizeBytes: stats.size, limitBytes: MAX_EVENT_LOG_BYTES };
        const logId = options.newId();
        paths.set(logId, path);
        while (paths.size > KEPT_LOGS) paths.delete(paths.keys().next().value as string);
        return { ok: true, logId, fileName, sizeBytes: stats.size };
      } catch (error) {
        return { ok: false, reason: 'failed', fileName, message: describeFileError(error) };
      }
    },
    async readChunk(request) {
      const path = paths.get(request.logId);
      if (path === undefined) return { ok: false, reason: 'failed', message: 'the log is no longer open: choose it again' };
      try {
        const handle = await options.fs.open(path, 'r');
        try {
          const buffer = new Uint8Array(request.lengthBytes);
          let filled = 0;
          // read may return fewer bytes than asked before the end of the file: read on until full or at the end.
          while (filled < buffer.length) {
            const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, request.offsetBytes + filled);
            if (bytesRead === 0) break;
            filled += bytesRead;
          }
          return { ok: true, bytes: filled === buffer.length ? buffer : buffer.slice(0, filled) };
        } finally {
          await handle.close();
        }
      } catch (error) {
        return { ok: false, reason: 'failed', message: describeFileError(error) };
      }
    },
  };
}
