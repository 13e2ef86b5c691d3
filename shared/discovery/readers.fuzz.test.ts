import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { getTranslator } from '../i18n/translator';
import { parseMap } from '../model/parse';
import { serializeMap } from '../model/serialize';
import { DEFAULT_CALENDAR } from './calendar';
import { discoverMap } from './discover';
import { createRandom } from './generator/random';
import { describeReadProblem } from './messages';
import { NO_FILTERS } from './filters';
import { logFormatById, previewLog, readEventLog } from './readLog';
import { chunksOf } from './testLog';
import type { LogFormatModule } from '../formats/logReader';

/** Seconds of work on a loaded machine: a generous limit, never a timed assertion. */
const SLOW_TEST_TIMEOUT_MS = 120_000;

const CSV_SEED = [
  'case;activity;lifecycle;timestamp;start;resource',
  'Z1;Registreren;start;04-03-2024 09:00;;Anna',
  'Z1;Registreren;complete;04-03-2024 09:20;;Anna',
  'Z1;"Controleren; ""snel""";complete;2024-03-04T10:00:00+01:00;2024-03-04T09:40:00+01:00;Bram',
  'Z2;Registreren;complete;2024-03-05 11:00;;Carla',
  'Z2;Goedkeuren;complete;05/03/2024 14:00;;Dirk',
].join('\r\n');

const XES_SEED = `<?xml version="1.0" encoding="UTF-8"?>
<log xes.version="1.0"><trace><string key="concept:name" value="Z1"/>
<event><string key="concept:name" value="Registreren"/><string key="lifecycle:transition" value="start"/><date key="time:timestamp" value="2024-03-04T09:00:00+01:00"/><string key="org:role" value="Secretariaat"/></event>
<event><string key="concept:name" value="Registreren"/><string key="lifecycle:transition" value="complete"/><date key="time:timestamp" value="2024-03-04T09:20:00+01:00"/></event>
<event><string key="concept:name" value="Goedkeuren &amp; tekenen"/><date key="time:timestamp" value="2024-03-05T10:00:00.000Z"/><string key="org:resource" value="Dirk"/></event>
</trace><trace><string key="concept:name" value="Z2"/><event><string key="concept:name" value="Registreren"/><date key="time:timestamp" value="2024-03-06T09:00:00"/></event></trace></log>`;

const INTERESTING = ['"', ';', ',', '\n', '\r', '<', '>', '&', '/', '&amp;', '<event>', '</trace>', '<!DOCTYPE x [<!ENTITY a "b">]>', '\u0000', 'é', '\uFEFF', '9999-99-99', '2024-02-30', '-', ' '].map((text) =>
  new TextEncoder().encode(text),
);

/** One random edit of the bytes: flip, insert, delete, duplicate or truncate. */
function mutate(bytes: Uint8Array, random: () => number): Uint8Array {
  const at = Math.floor(random() * (bytes.length + 1));
  const kind = Math.floor(random() * 6);
  const list = [...bytes];
  if (kind === 0 && list.length > 0) list[Math.min(at, list.length - 1)] = Math.floor(random() * 256);
  else if (kind === 1) list.splice(at, 0, ...(INTERESTING[Math.floor(random() * INTERESTING.length)] ?? []));
  else if (kind === 2) list.splice(at, 1 + Math.floor(random() * 20));
  else if (kind === 3) list.splice(at, 0, ...list.slice(at, at + 1 + Math.floor(random() * 60)));
  else if (kind === 4) list.length = at;
  else list.splice(at, 0, Math.floor(random() * 256));
  return Uint8Array.from(list);
}

const KNOWN_CODES = new Set(Object.keys(getTranslator('en')('discovery:problem', { returnObjects: true })));

/** Reads a file end to end; every outcome must be a map that validates or problems with texts. */
async function readEndToEnd(bytes: Uint8Array, format: LogFormatModule, chunkSize: number): Promise<'map' | 'refused'> {
  const preview = await previewLog(chunksOf(bytes, chunkSize), format);
  if (!preview.ok) {
    expect(preview.kind).toBe('unreadable');
    if (preview.kind === 'unreadable') {
      expect(KNOWN_CODES.has(preview.problem.code), preview.problem.code).toBe(true);
      expect(describeReadProblem(preview.problem, 'nl')).not.toContain('discovery:');
    }
    return 'refused';
  }
  const read = await readEventLog(chunksOf(bytes, chunkSize), format, preview.preview.guess);
  if (!read.ok) return 'refused';
  for (const problem of read.caseLog.problems) {
    expect(KNOWN_CODES.has(problem.code), problem.code).toBe(true);
    expect(describeReadProblem(problem, 'en')).not.toContain('discovery:');
  }
  const { map } = discoverMap(read.caseLog, { filters: NO_FILTERS, calendar: DEFAULT_CALENDAR, title: 'Fuzz', language: 'nl', now: '2026-01-01T00:00:00Z', file: 'fuzz' });
  const parsed = parseMap(serializeMap(map));
  expect(parsed.ok, JSON.stringify(parsed.ok ? null : parsed.problems[0])).toBe(true);
  return 'map';
}

async function fuzz(seed: Uint8Array, format: LogFormatModule, files: number, randomSeed: number): Promise<{ map: number; refused: number }> {
  const random = createRandom(randomSeed);
  const outcomes = { map: 0, refused: 0 };
  for (let file = 0; file < files; file += 1) {
    let bytes = seed;
    const edits = 1 + Math.floor(random() * 4);
    for (let edit = 0; edit < edits; edit += 1) bytes = mutate(bytes, random);
    const outcome = await readEndToEnd(bytes, format, 1 + Math.floor(random() * 200));
    outcomes[outcome] += 1;
  }
  return outcomes;
}

describe('readers never crash on mutated files: a map that validates or a named problem', { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  it('CSV: 300 mutated files', async () => {
    const outcomes = await fuzz(new TextEncoder().encode(CSV_SEED), logFormatById('csv'), 300, 1);
    expect(outcomes.map).toBeGreaterThan(100);
  });

  it('XES: 300 mutated files', async () => {
    const outcomes = await fuzz(new TextEncoder().encode(XES_SEED), logFormatById('xes'), 300, 2);
    expect(outcomes.map).toBeGreaterThan(30);
    expect(outcomes.refused).toBeGreaterThan(30);
  });

  it('.xlsx: 100 mutated workbooks', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Log');
    for (const line of CSV_SEED.split('\r\n')) sheet.addRow(line.split(';'));
    const seed = new Uint8Array(await workbook.xlsx.writeBuffer());
    const outcomes = await fuzz(seed, logFormatById('xlsx'), 100, 3);
    expect(outcomes.map + outcomes.refused).toBe(100);
  });
});
