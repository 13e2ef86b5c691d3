import { readFileSync, statSync } from 'node:fs';
import { getTranslator } from '../i18n/translator';
import { MAX_FILE_BYTES, type ParseResult } from '../model/parse';
import { describeDecodeFailure, readMapBytes } from '../model/readMapBytes';
import type { Language } from '../model/vocabulary';

export type ReadMapFileResult = { ok: true; parsed: ParseResult } | { ok: false; message: string };

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
}

/**
 * Reads and parses a map file exactly as the app does (readMapBytes: UTF-8 only, invalid
 * bytes refused, then parseMap). The size is checked with `stat` first, so a huge file is
 * refused without ever holding it in memory, with the app's own "larger than 50 MB"
 * message. Never throws: a file that cannot be read gives one translated line.
 */
export function readMapFile(path: string, language: Language): ReadMapFileResult {
  const t = getTranslator(language);
  try {
    const stats = statSync(path);
    if (!stats.isFile()) return { ok: false, message: t('cli:notAFile') };
    if (stats.size > MAX_FILE_BYTES) return { ok: false, message: describeDecodeFailure({ ok: false, reason: 'too-large', sizeBytes: stats.size }, language).message };
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, message: t('cli:fileNotFound') };
    return { ok: false, message: t('cli:fileUnreadable', { reason: code || String(error) }) };
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, message: t('cli:fileUnreadable', { reason: errorCode(error) || String(error) }) };
  }
  return { ok: true, parsed: readMapBytes(bytes, { language }) };
}
