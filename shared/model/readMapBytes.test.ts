import { describe, expect, it } from 'vitest';
import { decodeMapBytes, readMapBytes } from './readMapBytes';
import { MAX_FILE_BYTES, parseMap } from './parse';

const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));
const MINIMAL = {
  format: 'stroomlijn-map',
  schemaVersion: 2,
  meta: { title: 'Facturen' },
  lanes: [{ id: 'l1', name: 'Secretariaat' }],
  steps: [
    { id: 's1', type: 'start', laneId: 'l1' },
    { id: 's2', type: 'end', laneId: 'l1' },
  ],
  flows: [{ id: 'f1', from: 's1', to: 's2' }],
};
const MINIMAL_TEXT = JSON.stringify(MINIMAL);

describe('readMapBytes: the one way every open path turns a file into a map', () => {
  it('opens a UTF-8 map with or without one byte order mark, and refuses a second one as not JSON', () => {
    expect(readMapBytes(utf8(MINIMAL_TEXT)).ok).toBe(true);
    expect(readMapBytes(utf8(`\uFEFF${MINIMAL_TEXT}`)).ok).toBe(true);
    const twice = readMapBytes(utf8(`\uFEFF\uFEFF${MINIMAL_TEXT}`));
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.problems[0]?.code).toBe('not-json');
  });

  it('refuses invalid UTF-8 naming the byte offset, instead of replacing it with U+FFFD', () => {
    const bytes = utf8(MINIMAL_TEXT);
    const at = MINIMAL_TEXT.indexOf('Facturen') + 2;
    bytes[at] = 0xff;
    const result = readMapBytes(bytes, { language: 'en' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.code).toBe('invalid-encoding');
    expect(result.problems[0]?.message).toContain(`byte ${at}`);
    expect(result.problems[0]?.message).toMatch(/UTF-8/);
    const dutch = readMapBytes(bytes, { language: 'nl' });
    expect(!dutch.ok && dutch.problems[0]?.message).toContain(`byte ${at}`);
  });

  it.each([
    ['a truncated two-byte sequence', [0x7b, 0xc3], 1],
    ['an overlong encoding of "/"', [0x7b, 0xc0, 0xaf], 1],
    ['an encoded surrogate half', [0x7b, 0x22, 0xed, 0xa0, 0x80, 0x22], 2],
    ['a code point above U+10FFFF', [0x7b, 0xf4, 0x90, 0x80, 0x80], 1],
    ['a stray continuation byte', [0x7b, 0x80], 1],
  ])('finds %s at the right offset', (_name, bytes, offset) => {
    const result = decodeMapBytes(Uint8Array.from(bytes));
    expect(result).toEqual({ ok: false, reason: 'invalid-utf8', byteOffset: offset });
  });

  it('decodes every valid sequence exactly (1 to 4 bytes)', () => {
    const text = 'a é € 𝄞 ﻿x';
    expect(decodeMapBytes(utf8(text))).toEqual({ ok: true, text });
  });

  it.each([
    ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MINIMAL_TEXT, 'utf16le')])],
    ['UTF-16 BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(MINIMAL_TEXT, 'utf16le').swap16()])],
    ['UTF-16 LE without a BOM', Buffer.from(MINIMAL_TEXT, 'utf16le')],
    ['UTF-16 BE without a BOM', Buffer.from(MINIMAL_TEXT, 'utf16le').swap16()],
  ])('refuses %s with a message naming UTF-16', (_name, bytes) => {
    const result = readMapBytes(new Uint8Array(bytes), { language: 'en' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.code).toBe('invalid-encoding');
    expect(result.problems[0]?.message).toContain('UTF-16');
    const dutch = readMapBytes(new Uint8Array(bytes), { language: 'nl' });
    expect(!dutch.ok && dutch.problems[0]?.message).toContain('UTF-16');
  });

  it('refuses duplicate keys naming the key and where it is', () => {
    const text = MINIMAL_TEXT.replace('"id":"s2","type":"end"', '"id":"s2","type":"end","label":"a","label":"b"');
    const result = parseMap(text, { language: 'en' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.code).toBe('duplicate-key');
    expect(result.problems[0]?.message).toContain('"label"');
    expect(result.problems[0]?.message).toContain('steps[1]');
    expect(result.problems[0]?.pathText).toBe('steps[1].label');
  });

  it('refuses a duplicate key at the top level and inside strings only when it is a real key', () => {
    const top = parseMap(`{"format":"stroomlijn-map","format":"stroomlijn-map"}`);
    expect(!top.ok && top.problems[0]?.code).toBe('duplicate-key');
    // Escaped spellings of the same key are the same key.
    const escaped = parseMap(MINIMAL_TEXT.replace('"meta":{"title":"Facturen"}', '"meta":{"title":"Facturen","titl\\u0065":"x"}'));
    expect(!escaped.ok && escaped.problems[0]?.code).toBe('duplicate-key');
    // The same text as a value, or the same key in two different objects, is fine.
    expect(parseMap(MINIMAL_TEXT.replace('"Facturen"', '"\\"title\\":\\"title\\""')).ok).toBe(true);
  });

  it('says "larger than 50 MB" with the real size', () => {
    const result = readMapBytes(new Uint8Array(MAX_FILE_BYTES + 700 * 1024));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.code).toBe('file-too-large');
    expect(result.problems[0]?.message).toContain('50.7 MB');
    expect(result.problems[0]?.message).toContain('larger than 50 MB');
  });
});
