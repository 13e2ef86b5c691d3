/** Characters Windows (the strictest of our platforms) refuses in a file name. */
const FORBIDDEN_CHARACTERS = new Set(['<', '>', ':', '"', '/', '\\', '|', '?', '*']);
/** Names Windows reserves for devices, with or without an extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
const MAXIMUM_NAME_LENGTH = 120;

/**
 * A file name (without extension) made from a map title, safe on Windows, macOS and
 * Linux: forbidden and control characters become spaces, whitespace collapses, leading
 * and trailing dots and spaces go, long names are cut, device names get a "_".
 * Returns null when nothing usable is left.
 */
export function safeFileName(title: string): string | null {
  const replaced = Array.from(title.normalize('NFC'), (character) => (isForbidden(character) ? ' ' : character)).join('');
  let name = replaced.replace(/\s+/g, ' ').replace(/^[\s.]+|[\s.]+$/g, '');
  if (name.length > MAXIMUM_NAME_LENGTH) name = Array.from(name).slice(0, MAXIMUM_NAME_LENGTH).join('').replace(/[\s.]+$/g, '');
  if (name === '') return null;
  return WINDOWS_RESERVED.test(name) ? `${name}_` : name;
}

function isForbidden(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return FORBIDDEN_CHARACTERS.has(character) || code < 0x20 || code === 0x7f;
}
