import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderTextMessage } from '../../i18n/textMessage';
import { getTranslator } from '../../i18n/translator';
import { parseMap } from '../../model/parse';
import { exportStepListCsv, exportStepListXlsx } from './exportStepList';
import { importStepList } from './importStepList';
import { createLayeredRunner } from '../../layout/layeredRunner';

/** Mutated step lists per run: a few hundred in `npm test` (seconds); more with STROOMLIJN_FUZZ_RUNS (`npm run fuzz`). */
const RUNS = Number(process.env.STROOMLIJN_FUZZ_RUNS ?? 240);
/** The fuzz is about reading: the linear layered layout instead of ELK keeps a run in milliseconds. */
const LAYOUT = createLayeredRunner();

const parsed = parseMap(readFileSync(join(import.meta.dirname, '../../../fixtures/maps/inkomende-facturen.stroomlijn'), 'utf8'));
if (!parsed.ok) throw new Error('fixture does not open');
const CSV = new TextEncoder().encode(exportStepListCsv(parsed.map, 'nl'));
const SAMPLE = new Uint8Array(readFileSync(join(import.meta.dirname, '../../../fixtures/steplists/inkomende-post.csv')));

const FRAGMENTS = ['"', ';', ',', '\t', '\n', '\r', '\u0000', '\uFEFF', 'twee dagen', '150%', '-5 min', '1.80 uur', '(80%)', 'x (120%); y (30%)', 'Einde', 'Start', 'Beslissing', '=1+1', 'Stap;Stap', '\u00e9', '\xff\xfe'];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), fragment: fc.constantFrom(...FRAGMENTS) }),
  fc.record({ kind: fc.constant('byte' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
);

function mutate(bytes: Uint8Array, change: { kind: string; at: number; length?: number; fragment?: string; value?: number }): Uint8Array {
  const at = change.at % (bytes.length + 1);
  if (change.kind === 'truncate') return bytes.slice(0, at);
  if (change.kind === 'delete') return new Uint8Array([...bytes.slice(0, at), ...bytes.slice(at + (change.length ?? 1))]);
  if (change.kind === 'insert') return new Uint8Array([...bytes.slice(0, at), ...new TextEncoder().encode(change.fragment ?? ''), ...bytes.slice(at)]);
  const copy = bytes.slice();
  if (at < copy.length) copy[at] = change.value ?? 0;
  return copy;
}

/** A valid map, or one clear message; every row problem reads as a sentence (no raw keys). */
async function expectOneAnswer(bytes: Uint8Array, kind: 'csv' | 'xlsx'): Promise<void> {
  const t = getTranslator('nl');
  const result = await importStepList(bytes, kind, { language: 'nl' }, LAYOUT);
  if (result.ok) {
    expect(result.map.steps.length).toBeGreaterThan(1);
    for (const problem of result.preview.problems) {
      const text = renderTextMessage(problem.message, t);
      expect(text).not.toMatch(/(formats|common):/);
      expect(problem.row).toBeGreaterThan(1);
    }
  } else {
    const message = t(`formats:error.${result.failure.code}`, result.failure.params);
    expect(message).not.toContain('formats:');
    expect(message.length).toBeGreaterThan(0);
  }
}

describe('step-list import of damaged files', () => {
  it.each([
    ['an exported CSV', CSV],
    ['the Dutch sample', SAMPLE],
  ])('never throws on mutations of %s: a map or one message', async (_name, seed) => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (changes) => {
        let bytes: Uint8Array = seed;
        for (const change of changes) bytes = mutate(bytes, change);
        await expectOneAnswer(bytes, 'csv');
      }),
      { numRuns: RUNS / 2, seed: 20261207 },
    );
  }, 120_000);

  it('never throws on damaged .xlsx workbooks: a map or one message', async () => {
    const workbook = await exportStepListXlsx(parsed.map, 'nl');
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 2 }), async (changes) => {
        let bytes: Uint8Array = workbook;
        for (const change of changes) bytes = mutate(bytes, change);
        await expectOneAnswer(bytes, 'xlsx');
      }),
      { numRuns: Math.max(10, RUNS / 8), seed: 20261207 },
    );
  }, 120_000);
});
