import { describe, expect, it } from 'vitest';
import { utf8Bytes, utf8BytesInJavaScript } from './bytes';

describe('utf8Bytes', () => {
  const samples = ['', 'abc', 'één € 😀', 'x\uD800y', '\uDC00', 'end\uD83D', '<svg>Financiën</svg>'.repeat(50)];

  it('encodes without TextEncoder as TextEncoder does, lone surrogates included', () => {
    for (const text of samples) expect([...utf8BytesInJavaScript(text)]).toEqual([...new TextEncoder().encode(text)]);
  });

  it('gives the same bytes where the runtime has its own encoder', () => {
    // 'één' is c3 a9 c3 a9 6e; a lone high surrogate is U+FFFD, ef bf bd.
    expect([...utf8Bytes('één')]).toEqual([0xc3, 0xa9, 0xc3, 0xa9, 0x6e]);
    expect([...utf8Bytes('x\uD800')]).toEqual([0x78, 0xef, 0xbf, 0xbd]);
    for (const text of samples) expect([...utf8Bytes(text)]).toEqual([...utf8BytesInJavaScript(text)]);
  });
});
