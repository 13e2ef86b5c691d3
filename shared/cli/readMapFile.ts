import { readFileSync, statSync } from 'node:fs';
import { MAX_FILE_BYTES } from '../model/parse';

const BYTES_PER_MEGABYTE = 1024 * 1024;

export type ReadMapFileResult =
  | { ok: true; text: string }
  | { ok: false; messageKey: 'fileNotFound' | 'notAFile' }
  | { ok: false; messageKey: 'fileTooLarge'; params: { sizeMegabytes: string; limitMegabytes: string } }
  | { ok: false; messageKey: 'fileUnreadable'; params: { reason: string } };

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
}

/**
 * Reads a map file as UTF-8 text. The size is checked with `stat` first, so a huge file
 * is refused without ever holding it in memory. Never throws: every failure is a
 * `cli` message key for one line on stderr.
 */
export function readMapFile(path: string): ReadMapFileResult {
  let sizeBytes: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) return { ok: false, messageKey: 'notAFile' };
    sizeBytes = stats.size;
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, messageKey: 'fileNotFound' };
    return { ok: false, messageKey: 'fileUnreadable', params: { reason: code || String(error) } };
  }
  if (sizeBytes > MAX_FILE_BYTES) {
    return {
      ok: false,
      messageKey: 'fileTooLarge',
      params: {
        sizeMegabytes: (sizeBytes / BYTES_PER_MEGABYTE).toFixed(1),
        limitMegabytes: String(MAX_FILE_BYTES / BYTES_PER_MEGABYTE),
      },
    };
  }
  try {
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch (error) {
    return { ok: false, messageKey: 'fileUnreadable', params: { reason: errorCode(error) || String(error) } };
  }
}
