import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDiscover, type DiscoverCliEnvironment } from '../../shared/cli/runDiscover';
import { generateEventLog } from '../../shared/discovery/generator/generateEventLog';
import { writeCsv } from '../../shared/discovery/generator/writeLog';
import { parseMap } from '../../shared/model/parse';
import { CHILD_TIMEOUT_MS, REPO_ROOT } from './cliRunner';

/** Seconds of work on a loaded machine: a generous limit, never a timed assertion. */
const SLOW_TEST_TIMEOUT_MS = 120_000;

interface FakeRun {
  code: number;
  stdout: string;
  stderr: string;
  written: Map<string, string>;
}

const LOG = ['Zaaknummer;Activiteit;Tijdstip;Afdeling', 'Z1;Registreren;04-03-2024 09:00;Secretariaat', 'Z1;Goedkeuren;04-03-2024 13:00;Manager', 'Z2;Registreren;05-03-2024 10:00;Secretariaat', 'Z2;Goedkeuren;06-03-2024 10:00;Manager'].join('\n');

async function run(argv: string[], files: Record<string, string>, options: { clockStepMs?: number } = {}): Promise<FakeRun> {
  const result: FakeRun = { code: -1, stdout: '', stderr: '', written: new Map() };
  let clock = 0;
  const environment: DiscoverCliEnvironment = {
    stdout: (text) => {
      result.stdout += text;
    },
    stderr: (text) => {
      result.stderr += text;
    },
    statFile: (path) => (path in files ? { ok: true, sizeBytes: (files[path] ?? '').length, isFile: true } : { ok: false, code: 'ENOENT' }),
    async *readChunks(path) {
      await Promise.resolve();
      const bytes = new TextEncoder().encode(files[path] ?? '');
      for (let offset = 0; offset < bytes.length; offset += 40) yield bytes.subarray(offset, offset + 40);
    },
    writeFile: (path, text) => {
      result.written.set(path, text);
    },
    now: () => '2026-12-07T10:00:00Z',
    clockMs: () => (clock += options.clockStepMs ?? 0),
    stderrIsTerminal: false,
  };
  result.code = await runDiscover(argv, environment);
  return result;
}

describe('npm run discover (domain.md sections 11 and 13)', { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  it('writes the map and prints the statistics', async () => {
    const result = await run(['log.csv', '--out', 'map.stroomlijn', '--lang', 'nl'], { 'log.csv': LOG });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Zaken                     2');
    expect(result.stdout).toContain('Rollen uit                Afdeling');
    expect(result.stdout).toContain('Kaart geschreven naar map.stroomlijn: 4 stappen, 3 pijlen, 2 rollen');
    const parsed = parseMap(result.written.get('map.stroomlijn') ?? '');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.map.meta.language).toBe('nl');
      expect(parsed.map.lanes.map((lane) => lane.name)).toEqual(['Secretariaat', 'Manager']);
      // Waits: Z1 4 h = 240 min, Z2 Tuesday 10:00 → Wednesday 10:00 = 480 min: mean 360.
      expect(parsed.map.steps.find((step) => step.label === 'Goedkeuren')?.waitTime).toBe(360);
    }
  });

  it('takes columns, filters and the calendar from the options', async () => {
    const result = await run(
      ['log.csv', '--out=m.stroomlijn', '--activity', 'Activiteit', '--activity', 'Afdeling', '--lane', 'Afdeling', '--min-activity-share', '50%', '--workday-start', '8:00', '--hours-per-day', '7,5'],
      { 'log.csv': LOG },
    );
    expect(result.code).toBe(0);
    const parsed = parseMap(result.written.get('m.stroomlijn') ?? '');
    if (!parsed.ok) throw new Error('invalid map');
    expect(parsed.map.steps.map((step) => step.label)).toEqual(['Start', 'Registreren – Secretariaat', 'Goedkeuren – Manager', 'Klaar']);
    expect(parsed.map.settings).toMatchObject({ workdayStart: '08:00', hoursPerDay: 7.5 });
    expect(parsed.map.source?.filters).toMatchObject({ minActivityShare: 0.5, variantCoverage: 1 });
  });

  it('exit 2 for wrong usage, naming the problem', async () => {
    const cases: [string[], string][] = [
      [[], 'no map file given'],
      [['log.csv'], 'give the map file to write with --out'],
      [['log.csv', '--out', 'm', '--min-activity-share', 'veel'], '--min-activity-share must be a percentage from 0 to 100, not "veel"'],
      [['log.csv', '--out', 'm', '--bogus'], 'unknown option --bogus'],
      [['log.csv', '--out', 'm', '--case', 'Dossier'], 'the log has no column "Dossier" (it has: "Zaaknummer", "Activiteit", "Tijdstip", "Afdeling")'],
      [['log.csv', '--out', 'm', '--hours-per-day', '25'], '--hours-per-day must be a number above 0 and at most 24, not "25"'],
    ];
    for (const [argv, message] of cases) {
      const result = await run(argv, { 'log.csv': LOG });
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr, argv.join(' ')).toContain(message);
    }
  });

  it('exit 1 names the file, or the first row that cannot be read (the map is still written)', async () => {
    expect((await run(['nope.csv', '--out', 'm'], {})).stderr).toBe('nope.csv: file not found\n');
    expect((await run(['log.pdf', '--out', 'm'], { 'log.pdf': '' })).stderr).toContain('log.pdf: the file is not a log Stroomlijn reads');
    const xes = await run(['log.xes', '--out', 'm'], { 'log.xes': '<log><trace>' });
    expect(xes.code).toBe(1);
    expect(xes.stderr).toMatch(/^log\.xes: the XML is not well-formed/);
    const bad = await run(['log.csv', '--out', 'm', '--lang', 'nl'], { 'log.csv': `${LOG}\nZ3;Registreren;morgen;Secretariaat\nZ4;;04-03-2024 09:00;Secretariaat` });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('log.csv: rij 6: "morgen" in kolom "Tijdstip" is geen datum en tijd (bijv. 01-03-2024 09:30 of 2024-03-01 09:30) (en nog 1 probleem)\n');
    expect(bad.written.has('m')).toBe(true);
  });

  it('shows a progress line on stderr for work over a second', async () => {
    const quick = await run(['log.csv', '--out', 'm'], { 'log.csv': LOG });
    expect(quick.stderr).toBe('');
    const slow = await run(['log.csv', '--out', 'm'], { 'log.csv': LOG }, { clockStepMs: 700 });
    expect(slow.stderr).toMatch(/^reading log\.csv: \d+ % \([\d.]+ MB, \d+ rows or events\)$/m);
  });

  it('runs as npm run -s discover on a generated log', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'discover-'));
    const logPath = join(folder, 'facturen.csv');
    writeFileSync(logPath, [...writeCsv(generateEventLog({ cases: 50, seed: 3 }))].join(''));
    const outPath = join(folder, 'facturen.stroomlijn');
    const { status, stdout } = await new Promise<{ status: number; stdout: string }>((resolve) => {
      execFile('npm', ['run', '-s', 'discover', '--', logPath, '--out', outPath], { cwd: REPO_ROOT, timeout: CHILD_TIMEOUT_MS }, (error, out) =>
        resolve({ status: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout: out }),
      );
    });
    expect(status).toBe(0);
    expect(stdout).toContain('Cases                 50');
    expect(parseMap(readFileSync(outPath, 'utf8')).ok).toBe(true);
  });
});
