import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateEventLog } from '../discovery/generator/generateEventLog';
import { writeXes } from '../discovery/generator/writeLog';
import type { ChunkReader, RecordSink } from './logReader';
import { readAll } from './testReader';
import { createXesReader } from './xes';

const fast = (sink: RecordSink): ChunkReader => createXesReader(sink);
/** The fast scanner finishing a token cut by a chunk boundary in a joined head of a few characters only (see xmlScanner.ts). */
const fastSmallHead =
  (joinHeadCharacters: number) =>
  (sink: RecordSink): ChunkReader =>
    createXesReader(sink, { joinHeadCharacters });
const saxesOnly = (sink: RecordSink): ChunkReader => createXesReader(sink, { onlyFullParser: true });

async function outcome(reader: typeof fast, text: string, chunkSize: number): Promise<unknown> {
  try {
    return await readAll(reader, new TextEncoder().encode(text), chunkSize);
  } catch (error) {
    // Both readers refuse with the same code; the wording of the detail is each parser's own.
    return { refused: (error as { problem?: { code: string } }).problem?.code ?? String(error) };
  }
}

/**
 * Writes the same log the way other tools do: attributes on lines of their own, single
 * quotes, explicit end tags, comments, a CDATA section, character references, tabs and line
 * breaks inside values (which XML turns into spaces), text between elements.
 */
function restyle(xes: string, choices: { newlines: boolean; singleQuotes: boolean; endTags: boolean; comments: boolean; references: boolean }): string {
  let text = xes;
  if (choices.references) text = text.replace(/value="([^"]*)"/g, (_m, value: string) => `value="${value.replace(/a/g, '&#97;').replace(/e/g, '&#x65;').replace(/ /g, '\t')}"`);
  if (choices.newlines) text = text.replace(/ (key|value)=/g, '\n      $1 = ');
  if (choices.singleQuotes) text = text.replace(/="([^"']*)"/g, "='$1'");
  if (choices.endTags) text = text.replace(/<(string|date)([^>]*)\/>/g, '<$1$2></$1>');
  if (choices.comments) text = text.replace(/<trace>/g, '<!-- zaak -->\n<trace><![CDATA[ <not a tag> ]]>tekst &amp; meer');
  return text;
}

describe('the fast XES scanner reads what saxes reads', () => {
  it('gives the same records, locations and problems on generated logs, in any style and chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          cases: fc.integer({ min: 1, max: 6 }),
          seed: fc.integer({ min: 1, max: 10_000 }),
          newlines: fc.boolean(),
          singleQuotes: fc.boolean(),
          endTags: fc.boolean(),
          comments: fc.boolean(),
          references: fc.boolean(),
          chunkSize: fc.integer({ min: 1, max: 400 }),
          joinHead: fc.integer({ min: 1, max: 120 }),
        }),
        async (choices) => {
          const xes = restyle([...writeXes(generateEventLog({ cases: choices.cases, seed: choices.seed }))].join(''), choices);
          const expected = await outcome(saxesOnly, xes, 1 << 16);
          expect(expected).not.toHaveProperty('refused');
          expect(await outcome(fast, xes, choices.chunkSize)).toEqual(expected);
          expect(await outcome(fastSmallHead(choices.joinHead), xes, choices.chunkSize)).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses what saxes refuses, with the same code', async () => {
    const broken = [
      '<log><trace></log>',
      '<log><trace><event></trace></event></log>',
      '<log><string key="a" value="x & y"/></log>',
      '<log><string key="a" value="&nbsp;"/></log>',
      '<log>&xxe;</log>',
      '<log><string key="a" value="1" key="b"/></log>',
      '<log><string key="a" value="<"/></log>',
      '<log></log><log></log>',
      'tekst<log></log>',
      '<log><trace>',
      '<log><a b=c/></log>',
    ];
    for (const text of broken) {
      const expected = await outcome(saxesOnly, text, 1 << 16);
      expect(expected, text).toHaveProperty('refused');
      expect(await outcome(fast, text, 3), text).toEqual(expected);
      expect(await outcome(fastSmallHead(2), text, 5), text).toEqual(expected);
    }
  });
});
