import { createHash } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentFiles, type DocumentFiles } from '../../electron/main/documentFiles';
import { parseMap } from '../../shared/model/parse';
import type { Language } from '../../shared/model/vocabulary';

/**
 * Fuzzing the open path with damaged map files: main reads each file from disk exactly as
 * for a double-click (documentFiles.openPath), the renderer parses the text (parseMap).
 * For every file: nothing throws, a refusal always says why (in the requested language),
 * and the file on disk is byte-for-byte what it was. The counts are printed and written
 * to artifacts/fuzz/open-fuzz.json.
 */
const FIXTURE_FOLDERS = ['maps', 'broken', 'legacy'].map((folder) => join(import.meta.dirname, '../../fixtures', folder));
/** Mutated files per fixture: a few hundred in `npm test` (seconds), more with `npm run fuzz`. */
const RUNS_PER_FIXTURE = Number(process.env.STROOMLIJN_FUZZ_RUNS_PER_FIXTURE ?? 200);
const SEED = 20261126;
/** Below the app's 50 MB so the size refusal is exercised without writing 50 MB files; parseMap's own cap is tested in shared/model. */
const FUZZ_MAX_FILE_BYTES = 96 * 1024;

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip-byte'; at: number; value: number }
  | { kind: 'delete-range'; at: number; length: number }
  | { kind: 'duplicate-range'; at: number; length: number }
  | { kind: 'insert'; at: number; fragment: string }
  | { kind: 'replace-value'; key: string; value: string }
  | { kind: 'deep-nesting'; depth: number }
  | { kind: 'oversize'; extraBytes: number }
  | { kind: 'utf16'; bom: boolean; bigEndian: boolean }
  | { kind: 'invalid-utf8'; at: number; bytes: readonly number[] }
  | { kind: 'latin1' }
  | { kind: 'byte-order-marks'; count: number }
  | { kind: 'duplicate-key'; key: string };

const FRAGMENTS = ['"__proto__":{"polluted":true},', '"constructor":{"prototype":{}},', '{', '}', '[', ']', ',', '"', '\\', 'null', 'NaN', '1e999', '"\uD800"', '\u0000', '<img src=x onerror=alert(1)>', '"schemaVersion":2,', '"steps":[],', '\uFEFF', '//', '-0'];
const KEYS = ['format', 'schemaVersion', 'title', 'laneId', 'from', 'to', 'probability', 'processTime', 'waitTime', 'completeAccurate', 'type', 'id', 'lanes', 'steps', 'flows', 'meta', 'settings', 'hoursPerDay', 'effects'];
const VALUES = ['null', '"x"', '-1', '2', '99', '1.5', '[]', '{}', 'true', '"does-not-exist"', '"__proto__"', '1e308', '""', '"start"', '0'];

// Weighted so that most files stay close to JSON and reach the schema and graph rules.
const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('flip-byte' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete-range' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate-range' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), fragment: fc.constantFrom(...FRAGMENTS) }) },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('replace-value' as const), key: fc.constantFrom(...KEYS), value: fc.constantFrom(...VALUES) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deep-nesting' as const), depth: fc.integer({ min: 60, max: 5_000 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('oversize' as const), extraBytes: fc.integer({ min: 1, max: 4_096 }) }) },
  // Encodings: UTF-16 either way, broken UTF-8 sequences, Latin-1, byte order marks.
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('utf16' as const), bom: fc.boolean(), bigEndian: fc.boolean() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('invalid-utf8' as const),
      at: fc.nat(),
      bytes: fc.constantFrom([0x80], [0xc0, 0xaf], [0xc3], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf5], [0xff], [0xe2, 0x82]),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('latin1' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('byte-order-marks' as const), count: fc.integer({ min: 1, max: 3 }) }) },
  // The same key twice in one object; JSON.parse would silently keep the second.
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate-key' as const), key: fc.constantFrom(...KEYS) }) },
);

function applyMutation(original: Buffer, mutation: Mutation): Buffer {
  const at = (value: number) => (original.length === 0 ? 0 : value % (original.length + 1));
  switch (mutation.kind) {
    case 'truncate':
      return original.subarray(0, at(mutation.at));
    case 'flip-byte': {
      const copy = Buffer.from(original);
      if (copy.length > 0) copy[at(mutation.at) % copy.length] = mutation.value;
      return copy;
    }
    case 'delete-range':
      return Buffer.concat([original.subarray(0, at(mutation.at)), original.subarray(at(mutation.at) + mutation.length)]);
    case 'duplicate-range': {
      const start = at(mutation.at);
      return Buffer.concat([original.subarray(0, start + mutation.length), original.subarray(start)]);
    }
    case 'insert':
      return Buffer.concat([original.subarray(0, at(mutation.at)), Buffer.from(mutation.fragment, 'utf8'), original.subarray(at(mutation.at))]);
    case 'replace-value': {
      // Replace the value after one occurrence of "key": (the first), keeping the rest.
      const text = original.toString('utf8');
      const pattern = new RegExp(`("${mutation.key}"\\s*:\\s*)("(?:[^"\\\\]|\\\\.)*"|-?[0-9.eE+-]+|true|false|null)`);
      return Buffer.from(text.replace(pattern, `$1${mutation.value}`), 'utf8');
    }
    case 'deep-nesting': {
      const text = original.toString('utf8');
      const nested = `${'['.repeat(mutation.depth)}${']'.repeat(mutation.depth)}`;
      return Buffer.from(text.replace(/"description"\s*:\s*"[^"]*"/, `"description":${nested}`).replace(/^\{/, `{"deep":${nested},`), 'utf8');
    }
    case 'oversize':
      return Buffer.concat([original, Buffer.from(' '.repeat(Math.max(0, FUZZ_MAX_FILE_BYTES - original.length) + mutation.extraBytes))]);
    case 'utf16': {
      const encoded = Buffer.from(original.toString('utf8'), 'utf16le');
      if (mutation.bigEndian) encoded.swap16();
      const bom = mutation.bigEndian ? [0xfe, 0xff] : [0xff, 0xfe];
      return mutation.bom ? Buffer.concat([Buffer.from(bom), encoded]) : encoded;
    }
    case 'invalid-utf8':
      return Buffer.concat([original.subarray(0, at(mutation.at)), Buffer.from(mutation.bytes), original.subarray(at(mutation.at))]);
    case 'latin1':
      return Buffer.from(original.toString('utf8'), 'latin1');
    case 'byte-order-marks':
      return Buffer.concat([Buffer.from('\uFEFF'.repeat(mutation.count), 'utf8'), original]);
    case 'duplicate-key': {
      const text = original.toString('utf8');
      const pattern = new RegExp(`"${mutation.key}"\\s*:\\s*("(?:[^"\\\\]|\\\\.)*"|-?[0-9.eE+-]+|true|false|null)`);
      return Buffer.from(text.replace(pattern, (pair) => `${pair},${pair}`), 'utf8');
    }
  }
}

interface FuzzCounts {
  filesTried: number;
  opened: number;
  refusedByMain: number;
  refusedByParseMap: number;
  refusedForEncoding: number;
  refusalsWithoutMessage: number;
  internalErrors: number;
  exceptionsEscaped: number;
  originalsChanged: number;
  byMutation: Record<string, number>;
  byProblemCode: Record<string, number>;
}

let folder: string;
let files: DocumentFiles<null>;
let fixtures: { name: string; bytes: Buffer }[];
const counts: FuzzCounts = {
  filesTried: 0,
  opened: 0,
  refusedByMain: 0,
  refusedByParseMap: 0,
  refusedForEncoding: 0,
  refusalsWithoutMessage: 0,
  internalErrors: 0,
  exceptionsEscaped: 0,
  originalsChanged: 0,
  byMutation: {},
  byProblemCode: {},
};

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'stroomlijn-fuzz-'));
  files = createDocumentFiles({
    fs: fsPromises,
    dialogs: { chooseFileToOpen: () => Promise.resolve(null), chooseFileToSave: () => Promise.resolve(null) },
    defaultDirectory: () => folder,
    untitledName: () => 'x',
    platform: process.platform,
    maxFileBytes: FUZZ_MAX_FILE_BYTES,
  });
  fixtures = [];
  for (const fixtureFolder of FIXTURE_FOLDERS) {
    for (const name of (await readdir(fixtureFolder)).filter((candidate) => candidate.endsWith('.stroomlijn')).sort()) {
      fixtures.push({ name, bytes: await readFile(join(fixtureFolder, name)) });
    }
  }
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  const artifacts = join(import.meta.dirname, '../../artifacts/fuzz');
  await mkdir(artifacts, { recursive: true });
  await writeFile(join(artifacts, 'open-fuzz.json'), `${JSON.stringify({ seed: SEED, ...counts }, null, 2)}\n`);
  console.log(`[open fuzz] ${JSON.stringify(counts)}`);
});

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('opening damaged map files', () => {
  it(`survives ${RUNS_PER_FIXTURE} mutated, re-encoded and truncated files per fixture: no exception, every refusal explained, files untouched`, async () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
    await fc.assert(
      fc.asyncProperty(fc.array(mutationArbitrary, { minLength: 1, maxLength: 2 }), fc.constantFrom<Language>('nl', 'en'), async (mutations, language) => {
        // Round robin: every fixture gets the same number of mutated files.
        const fixture = fixtures[counts.filesTried % fixtures.length];
        if (fixture === undefined) throw new Error('no fixtures');
        const bytes = mutations.reduce(applyMutation, fixture.bytes);
        const path = join(folder, `${counts.filesTried}-${fixture.name}`);
        await writeFile(path, bytes);
        const before = await stat(path);
        counts.filesTried += 1;
        for (const mutation of mutations) counts.byMutation[mutation.kind] = (counts.byMutation[mutation.kind] ?? 0) + 1;

        let refused = false;
        let refusalMessages: string[] = [];
        try {
          const read = await files.openPath(path);
          if (!read.ok) {
            refused = true;
            counts.refusedByMain += 1;
            refusalMessages = [read.reason === 'tooLarge' ? `${read.fileName}: ${read.sizeBytes} > ${read.limitBytes}` : read.message];
            if (read.reason === 'failed' && /UTF-(8|16)/.test(read.message)) counts.refusedForEncoding += 1;
          } else {
            const parsed = parseMap(read.text, { language });
            if (parsed.ok) {
              counts.opened += 1;
            } else {
              refused = true;
              counts.refusedByParseMap += 1;
              refusalMessages = parsed.problems.map((problem) => problem.message);
              for (const problem of parsed.problems) {
                counts.byProblemCode[problem.code] = (counts.byProblemCode[problem.code] ?? 0) + 1;
                if (problem.code === 'internal-error') counts.internalErrors += 1;
              }
            }
          }
        } catch (error) {
          counts.exceptionsEscaped += 1;
          throw error;
        }
        if (refused && (refusalMessages.length === 0 || refusalMessages.some((message) => message.trim() === ''))) counts.refusalsWithoutMessage += 1;

        const after = await readFile(path);
        const afterStat = await stat(path);
        if (sha256(after) !== sha256(bytes) || afterStat.mtimeMs !== before.mtimeMs) counts.originalsChanged += 1;
        await rm(path);
      }),
      { numRuns: RUNS_PER_FIXTURE * fixtures.length, seed: SEED, endOnFailure: true },
    );
    expect(counts.filesTried).toBe(RUNS_PER_FIXTURE * fixtures.length);
    expect(counts.exceptionsEscaped).toBe(0);
    expect(counts.refusalsWithoutMessage).toBe(0);
    expect(counts.internalErrors).toBe(0);
    expect(counts.originalsChanged).toBe(0);
    // The mutations must really reach every outcome, or the test proves little.
    expect(counts.opened).toBeGreaterThan(0);
    expect(counts.refusedByMain).toBeGreaterThan(0);
    expect(counts.refusedByParseMap).toBeGreaterThan(counts.filesTried / 4);
    // The encodings and duplicate keys are refused by name, never opened with a silent guess.
    expect(counts.refusedForEncoding).toBeGreaterThan(0);
    expect(counts.byProblemCode['duplicate-key'] ?? 0).toBeGreaterThan(0);
  }, 600_000);
});
