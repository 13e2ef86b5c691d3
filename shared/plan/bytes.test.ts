import { describe, expect, it } from 'vitest';
import { utf8Bytes } from './bytes';

describe('utf8Bytes', () => {
  it('encodes as TextEncoder does, lone surrogates included', () => {
    const samples = ['', 'abc', 'één € 😀', 'x\uD800y', '\uDC00', 'end\uD83D', '<svg>Financiën</svg>'.repeat(50)];
    for (const text of samples) expect([...utf8Bytes(text)]).toEqual([...new TextEncoder().encode(text)]);
  });
});
