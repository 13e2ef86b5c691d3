import { getTranslator } from '../i18n/translator';
import { MAX_FILE_BYTES, parseMap, refusal, tooLargeValues, type ParseOptions, type ParseResult } from './parse';
import type { MapProblem } from './problems';
import type { Language } from './vocabulary';

/**
 * The one function that turns the bytes of a map file into text, used by every open path:
 * Electron main (documentFiles.openPath), the browser build (browserBridge) and the command
 * line (readMapFile). The text is then parsed by parseMap, which strips one byte order mark.
 *
 * - UTF-8 only. Invalid UTF-8 is refused with the offset of the first bad byte instead of
 *   being replaced with U+FFFD (which the next save would have made permanent).
 * - UTF-16 (with a byte order mark, or without one: a JSON text in UTF-16 has a zero byte
 *   in its first two) is refused with a message that names UTF-16 and says how to save it as
 *   UTF-8. Reading it would be possible, but the next save would quietly change the file's
 *   encoding; a clear message is the more predictable choice.
 * - Files above MAX_FILE_BYTES are refused before decoding.
 */
export type DecodeMapBytesResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'too-large'; sizeBytes: number }
  | { ok: false; reason: 'utf-16' }
  | { ok: false; reason: 'invalid-utf8'; byteOffset: number };

type Utf8Decoder = (bytes: Uint8Array) => string;

/** The platform's strict decoder (Node, browsers and Electron all have TextDecoder), or null. */
function platformDecoder(): Utf8Decoder | null {
  const Decoder = (globalThis as { TextDecoder?: new (label: string, options: { fatal: boolean; ignoreBOM: boolean }) => { decode(bytes: Uint8Array): string } }).TextDecoder;
  if (!Decoder) return null;
  // ignoreBOM keeps a leading BOM in the text: parseMap strips exactly one, on every path.
  const decoder = new Decoder('utf-8', { fatal: true, ignoreBOM: true });
  return (bytes) => decoder.decode(bytes);
}
const strictDecode = platformDecoder();

/**
 * Offset of the first byte that is not well-formed UTF-8 (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF), or -1. Also decodes when `decoded` is given.
 */
export function findInvalidUtf8(bytes: Uint8Array, decoded?: string[]): number {
  let chunk: number[] = [];
  const flush = (): void => {
    if (decoded && chunk.length > 0) decoded.push(String.fromCharCode(...chunk));
    chunk = [];
  };
  const push = (codePoint: number): void => {
    if (!decoded) return;
    if (codePoint > 0xffff) chunk.push(0xd800 + ((codePoint - 0x10000) >> 10), 0xdc00 + ((codePoint - 0x10000) & 0x3ff));
    else chunk.push(codePoint);
    if (chunk.length > 8192) flush();
  };
  for (let index = 0; index < bytes.length; ) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      push(lead);
      index += 1;
      continue;
    }
    // Length, smallest code point (no overlong forms) and the allowed range of the second byte.
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f; // U+D800..U+DFFF are not characters
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f; // nothing above U+10FFFF
    } else return index;
    let codePoint = lead & (0xff >> (length + 1));
    for (let offset = 1; offset < length; offset += 1) {
      const next = bytes[index + offset];
      const min = offset === 1 ? low : 0x80;
      const max = offset === 1 ? high : 0xbf;
      if (next === undefined || next < min || next > max) return index;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    push(codePoint);
    index += length;
  }
  flush();
  return -1;
}

function looksLikeUtf16(bytes: Uint8Array): boolean {
  const [first, second] = bytes;
  if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff)) return true;
  // JSON in UTF-8 never holds a zero byte (U+0000 must be escaped); "{" in UTF-16 does.
  return bytes.length >= 2 && (first === 0 || second === 0);
}

export function decodeMapBytes(bytes: Uint8Array): DecodeMapBytesResult {
  if (bytes.byteLength > MAX_FILE_BYTES) return { ok: false, reason: 'too-large', sizeBytes: bytes.byteLength };
  if (looksLikeUtf16(bytes)) return { ok: false, reason: 'utf-16' };
  if (strictDecode) {
    try {
      return { ok: true, text: strictDecode(bytes) };
    } catch {
      return { ok: false, reason: 'invalid-utf8', byteOffset: Math.max(0, findInvalidUtf8(bytes)) };
    }
  }
  const parts: string[] = [];
  const invalidAt = findInvalidUtf8(bytes, parts);
  return invalidAt >= 0 ? { ok: false, reason: 'invalid-utf8', byteOffset: invalidAt } : { ok: true, text: parts.join('') };
}

/** The problem (in `language`) for a file that could not be decoded. */
export function describeDecodeFailure(failure: Exclude<DecodeMapBytesResult, { ok: true }>, language: Language): MapProblem {
  const t = getTranslator(language);
  switch (failure.reason) {
    case 'too-large':
      return refusal('file-too-large', 'tooLarge', tooLargeValues(failure.sizeBytes, language), t);
    case 'utf-16':
      return refusal('invalid-encoding', 'utf16', {}, t);
    case 'invalid-utf8':
      return refusal('invalid-encoding', 'invalidUtf8', { offset: failure.byteOffset }, t);
  }
}

/** Bytes of a map file → a valid map, or the reasons it is refused. Never throws. */
export function readMapBytes(bytes: Uint8Array, options: ParseOptions = {}): ParseResult {
  const decoded = decodeMapBytes(bytes);
  if (!decoded.ok) return { ok: false, problems: [describeDecodeFailure(decoded, options.language ?? 'en')] };
  return parseMap(decoded.text, options);
}
