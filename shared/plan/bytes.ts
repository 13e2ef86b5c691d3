/**
 * UTF-8 and base64 for `shared/`, which runs in Node, the browser and Electron's renderer
 * alike and is compiled without DOM or Node types: no btoa or Buffer, and TextEncoder only
 * where the runtime has it (looked up, with a JavaScript fallback).
 */

/**
 * The runtime's own encoder where there is one (Node, browsers and Electron all have it; it
 * is not in the types `shared/` compiles with, so it is looked up, not assumed): the SVGs of
 * a 200-step Word plan took about 50 ms in the JavaScript loop below.
 */
const nativeEncoder = (() => {
  const Encoder = (globalThis as { TextEncoder?: new () => { encode(text: string): Uint8Array } }).TextEncoder;
  return Encoder === undefined ? null : new Encoder();
})();

/** The UTF-8 bytes of a string (lone surrogates become U+FFFD), natively where the runtime can. */
export function utf8Bytes(text: string): Uint8Array {
  return nativeEncoder === null ? utf8BytesInJavaScript(text) : nativeEncoder.encode(text);
}

/**
 * utf8Bytes without TextEncoder (lone surrogates become U+FFFD, as TextEncoder does). Written
 * into one array of the largest possible size (3 bytes per UTF-16 unit), then trimmed: a
 * list of numbers per byte made the SVGs of a long map's Word plan cost more time in garbage
 * collection than in encoding.
 */
export function utf8BytesInJavaScript(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 3);
  let length = 0;
  for (let index = 0; index < text.length; index += 1) {
    let code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = index + 1 < text.length ? text.charCodeAt(index + 1) : 0;
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        index += 1;
      } else code = 0xfffd;
    } else if (code >= 0xdc00 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) bytes[length++] = code;
    else if (code < 0x800) {
      bytes[length++] = 0xc0 | (code >> 6);
      bytes[length++] = 0x80 | (code & 0x3f);
    } else if (code < 0x10000) {
      bytes[length++] = 0xe0 | (code >> 12);
      bytes[length++] = 0x80 | ((code >> 6) & 0x3f);
      bytes[length++] = 0x80 | (code & 0x3f);
    } else {
      bytes[length++] = 0xf0 | (code >> 18);
      bytes[length++] = 0x80 | ((code >> 12) & 0x3f);
      bytes[length++] = 0x80 | ((code >> 6) & 0x3f);
      bytes[length++] = 0x80 | (code & 0x3f);
    }
  }
  return bytes.slice(0, length);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 (RFC 4648, with padding). */
export function base64Encode(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let index = 0; index < bytes.length; index += 3) {
    const a = bytes[index] ?? 0;
    const b = bytes[index + 1] ?? 0;
    const c = bytes[index + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    const remaining = bytes.length - index;
    parts.push(
      (ALPHABET[(triple >> 18) & 63] ?? '') +
        (ALPHABET[(triple >> 12) & 63] ?? '') +
        (remaining > 1 ? (ALPHABET[(triple >> 6) & 63] ?? '') : '=') +
        (remaining > 2 ? (ALPHABET[triple & 63] ?? '') : '='),
    );
  }
  return parts.join('');
}
