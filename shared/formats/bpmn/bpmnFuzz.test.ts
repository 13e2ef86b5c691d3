import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getTranslator } from '../../i18n/translator';
import { parseMap } from '../../model/parse';
import { exportBpmn } from './exportBpmn';
import { importBpmn } from './importBpmn';

/** Mutated BPMN files per run: a few hundred in `npm test` (seconds); more with STROOMLIJN_FUZZ_RUNS. */
const RUNS = Number(process.env.STROOMLIJN_FUZZ_RUNS ?? 300);

const parsed = parseMap(readFileSync(join(import.meta.dirname, '../../../fixtures/maps/bestuursvergadering-voorbereiden.stroomlijn'), 'utf8'));
if (!parsed.ok) throw new Error('fixture does not open');
const SEED_FILE = exportBpmn(parsed.map);
const FOREIGN_FILE = SEED_FILE.replace(/<bpmn:extensionElements>[\s\S]*?<\/bpmn:extensionElements>\n/g, '');

const FRAGMENTS = ['<', '>', '</bpmn:process>', '<!DOCTYPE x [<!ENTITY a "b">]>', '&amp;', '&bogus;', '"', '<bpmn:task id="s1"/>', '<sl:data>{</sl:data>', '<sl:data>{"id":5,"type":"end"}</sl:data>', 'sourceRef="nowhere"', '\u0000', '<![CDATA[x]]>', '<!-- -->'];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), fragment: fc.constantFrom(...FRAGMENTS) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 800 }) }),
);

function mutate(text: string, change: { kind: string; at: number; length?: number; fragment?: string }): string {
  const at = change.at % (text.length + 1);
  if (change.kind === 'truncate') return text.slice(0, at);
  if (change.kind === 'delete') return text.slice(0, at) + text.slice(at + (change.length ?? 1));
  if (change.kind === 'insert') return text.slice(0, at) + (change.fragment ?? '') + text.slice(at);
  return text.slice(0, at) + text.slice(at, at + (change.length ?? 1)) + text.slice(at);
}

describe('BPMN import of damaged and hostile files', () => {
  it.each([
    ['a Stroomlijn export', SEED_FILE],
    ['a file without Stroomlijn data', FOREIGN_FILE],
  ])('never throws on mutations of %s: a valid map or one message', async (_name, seedFile) => {
    const t = getTranslator('nl');
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (changes) => {
        let text = seedFile;
        for (const change of changes) text = mutate(text, change);
        const result = await importBpmn(text, { language: 'nl' });
        if (result.ok) {
          expect(result.map.steps.length).toBeGreaterThan(0);
        } else {
          const message = t(`formats:error.${result.failure.code}`, result.failure.params);
          expect(message).not.toContain('formats:');
          expect(message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS / 2, seed: 20261207 },
    );
  }, 120_000);
});
