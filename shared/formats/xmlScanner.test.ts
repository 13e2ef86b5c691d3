import { describe, expect, it } from 'vitest';
import { createXmlScanner } from './xmlScanner';

/** Everything the scanner hands on for `text` written in pieces of `chunkSize`: tags with their key, value and line. */
function scanned(text: string, chunkSize: number, joinHeadCharacters?: number): string[] {
  const seen: string[] = [];
  const scanner = createXmlScanner(
    {
      openTag(name, attributes) {
        seen.push(`<${name} key=${attributes.get('key') ?? '-'} value=${attributes.get('value') ?? '-'} line=${scanner.tagLine()}>`);
      },
      closeTag(name) {
        seen.push(`</${name}>`);
      },
    },
    joinHeadCharacters === undefined ? {} : { joinHeadCharacters },
  );
  for (let offset = 0; offset < text.length; offset += chunkSize) scanner.write(text.slice(offset, offset + chunkSize));
  scanner.close();
  return seen;
}

describe('the XML scanner', () => {
  // Tags the one-pattern path reads (the first two) and near misses of it, which the general
  // path reads: each gives the name, key and value written by hand on the right.
  const tags: [string, string][] = [
    ['<string key="concept:name" value="Factuur > 100"/>', '<string key=concept:name value=Factuur > 100'],
    ['<int key="n" value="3"/>', '<int key=n value=3'],
    ['<id key="i" value="x"/>', '<id key=i value=x'],
    ['<boolean key="b" value="true"/>', '<boolean key=b value=true'],
    ['<float key="f" value="1.5"/>', '<float key=f value=1.5'],
    ['<date key="t" value="2024-01-01"/>', '<date key=t value=2024-01-01'],
    ['<string key="a" value="b" />', '<string key=a value=b'],
    ['<string value="b" key="a"/>', '<string key=a value=b'],
    ['<string  key="a" value="b"/>', '<string key=a value=b'],
    ["<string key='a' value='b'/>", '<string key=a value=b'],
    ['<string key="a" value="x &amp; y"/>', '<string key=a value=x & y'],
    ['<string key="a" value="tab\there"/>', '<string key=a value=tab here'],
    ['<strings key="a" value="b"/>', '<strings key=a value=b'],
    ['<in key="a" value="b"/>', '<in key=a value=b'],
  ];

  it.each(tags)('reads %s as the general path does', (tag, expected) => {
    const name = expected.slice(1, expected.indexOf(' '));
    expect(scanned(`<log>\n${tag}\n</log>`, 1 << 16)).toEqual(['<log key=- value=- line=1>', `${expected} line=2>`, `</${name}>`, '</log>']);
  });

  it('reads the same tags and lines whether a chunk boundary is finished in a small joined head or not', () => {
    // Tokens longer than the head (the comment, the long value) take the path that joins everything.
    const events = Array.from({ length: 30 }, (_unused, index) => `<event><string key="concept:name" value="Stap ${index}"/>\n<date key="t" value="2024-01-0${index % 9}"/></event>`);
    const text = `<?xml version="1.0"?>\n<log>\n<!-- ${'lang commentaar '.repeat(20)} -->\n<trace>${events.join('\n')}<string key="lang" value="${'x'.repeat(300)}"/></trace>\n</log>\n`;
    const whole = scanned(text, text.length);
    expect(whole).toHaveLength(2 + 2 + 30 * 6 + 2);
    for (const [chunkSize, head] of [
      [97, 5],
      [250, 40],
      [1000, 1],
      [64, 63],
    ] as const) {
      expect(scanned(text, chunkSize, head), `chunks ${chunkSize}, head ${head}`).toEqual(whole);
    }
  });

  it('stops at a DOCTYPE that a chunk boundary cuts, keeping all text for the full parser', () => {
    const text = `<?xml version="1.0"?>\n<!-- ${'x'.repeat(40)} -->\n<!DOCTYPE log>\n<log></log>`;
    const scanner = createXmlScanner({ openTag: () => {}, closeTag: () => {} }, { joinHeadCharacters: 4 });
    const cut = text.indexOf('<!DOCTYPE') + 3;
    expect(scanner.write(text.slice(0, cut))).toBe(true);
    expect(scanner.write(text.slice(cut))).toBe(false);
    expect(scanner.prolog).toBe(text);
  });
});
