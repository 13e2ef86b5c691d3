import { describe, expect, it } from 'vitest';
import { escapeXml, estimateTextWidthPx, truncateToWidth, wrapText } from './svgText';

describe('svgText', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml(`<img src=x onerror="alert('1')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&apos;1&apos;)&quot;&gt;&amp;');
    expect(escapeXml('a\u0000b\u0007c\u001Fd\tnew')).toBe('abcd\tnew');
    expect(escapeXml('lone \uD800 surrogate, pair 😀')).toBe('lone \uFFFD surrogate, pair 😀');
  });

  it('wraps at spaces into lines that fit, and cuts with an ellipsis', () => {
    const lines = wrapText('Factuur controleren op inkooporder en archiveren', 120, 13, 2);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(estimateTextWidthPx(line, 13)).toBeLessThanOrEqual(120);
    expect(lines[1]?.endsWith('…')).toBe(true);
    expect(wrapText('Kort', 120, 13, 2)).toEqual(['Kort']);
    expect(wrapText('   ', 120, 13, 2)).toEqual([]);
  });

  it('breaks a word longer than a line', () => {
    const lines = wrapText('X'.repeat(200), 100, 12, 3);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(estimateTextWidthPx(line, 12)).toBeLessThanOrEqual(100);
    expect(lines[2]?.endsWith('…')).toBe(true);
  });

  it('truncates to a width', () => {
    expect(truncateToWidth('abc', 100, 12)).toBe('abc');
    const cut = truncateToWidth('a very long text that does not fit', 60, 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(estimateTextWidthPx(cut, 12)).toBeLessThanOrEqual(60);
  });
});

describe('very long texts (a 10 MB label once took 27 s)', () => {
  it('are shortened once to what can show: same lines as for their first few hundred characters', () => {
    const word = 'x'.repeat(10 * 1024 * 1024);
    const words = 'Controleren van de gegevens '.repeat(400_000);
    for (const text of [word, words, `${words}${word}`]) {
      const lines = wrapText(text, 200, 12, 3);
      expect(lines).toHaveLength(3);
      expect(lines[2]?.endsWith('…')).toBe(true);
      expect(lines).toEqual(wrapText(text.slice(0, 2_000), 200, 12, 3));
      expect(truncateToWidth(text, 300, 12)).toEqual(truncateToWidth(text.slice(0, 2_000), 300, 12));
    }
  });
});
