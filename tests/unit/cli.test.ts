import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { METRIC_KEYS } from '../../shared/analysis/metrics';
import type { JsonReport } from '../../shared/cli/jsonReport';
import { readMapBytes } from '../../shared/model/readMapBytes';
import { CHILD_TIMEOUT_MS, REPO_ROOT, runCli, runCliProcess, runNpmAnalyze, type CliRun } from './cliRunner';

/**
 * The analyze command as a user sees it: its exit status, stdout and stderr (in this process
 * through `runAnalyze`; `--help`, a refused file and npm run as real child processes).
 * (The hand calculation of the invoices fixture is in cliHandCalculation.test.ts.)
 */
const INVOICES = 'fixtures/maps/inkomende-facturen.stroomlijn';
const MINUTES = 'fixtures/maps/minutes.stroomlijn';
const scratchDir = mkdtempSync(join(tmpdir(), 'stroomlijn-cli-'));
afterAll(() => rmSync(scratchDir, { recursive: true, force: true }));

function stderrLines(run: CliRun): string[] {
  return run.stderr.split('\n').filter((line) => line !== '');
}

/** A copy of the invoices fixture with `edit` applied, written to the scratch folder. */
function writeVariant(name: string, edit: (map: Record<string, unknown>) => void): string {
  const map = JSON.parse(readFileSync(join(REPO_ROOT, INVOICES), 'utf8')) as Record<string, unknown>;
  edit(map);
  const path = join(scratchDir, name);
  writeFileSync(path, JSON.stringify(map, null, 2));
  return path;
}

interface StepLike {
  id: string;
  label: string;
  waitTime: number;
}

const USAGE = 'Usage: npm run -s analyze -- <map.stroomlijn> [--json] [--simulate [--cases N] [--seed S]] [--lang nl|en]';

describe('analyze: usage (exit 2)', { timeout: CHILD_TIMEOUT_MS }, () => {
  it.concurrent('--help prints the usage and exits 0', async () => {
    const run = await runCliProcess(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run -s analyze -- <map\.stroomlijn> \[--json\]/);
    expect(run.stdout).toContain('--lang nl|en');
  });

  it.concurrent.each([
    [[], 'analyze: no map file given'],
    [[INVOICES, '--csv'], 'analyze: unknown option --csv'],
    [[INVOICES, MINUTES], `analyze: give one map file, not several ("${INVOICES}" and "${MINUTES}")`],
    [[INVOICES, '--lang', 'de'], 'analyze: --lang must be nl or en, not "de"'],
    [[INVOICES, '--lang'], 'analyze: --lang needs a value: nl or en'],
    [[INVOICES, '--cases', '500'], 'analyze: --cases only works together with --simulate'],
    [[INVOICES, '--seed=4', '--json'], 'analyze: --seed only works together with --simulate'],
    [[INVOICES, '--simulate', '--cases', 'tien'], 'analyze: --cases must be a whole number from 1 to 1000000, not "tien"'],
    [[INVOICES, '--simulate', '--cases=0'], 'analyze: --cases must be a whole number from 1 to 1000000, not "0"'],
    [[INVOICES, '--simulate', '--cases', '2.5'], 'analyze: --cases must be a whole number from 1 to 1000000, not "2.5"'],
    [[INVOICES, '--simulate', '--seed', '-1'], 'analyze: --seed must be a whole number from 0 to 4294967295, not "-1"'],
    [[INVOICES, '--simulate', '--seed'], 'analyze: --seed needs a whole number'],
    [[INVOICES, '--simulate', '--cases', '--json'], 'analyze: --cases needs a whole number'],
  ])('%j → exit 2 with the problem and a usage line', async (args, message) => {
    const run = await runCli(args);
    expect(run.status).toBe(2);
    expect(stderrLines(run)).toEqual([message, USAGE]);
    expect(run.stdout).toBe('');
  });

  it.concurrent('speaks Dutch on request', async () => {
    const run = await runCli(['--lang', 'nl']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('geen kaartbestand opgegeven');
    expect(run.stderr).toContain('Gebruik:');
  });
});

describe('analyze: refused files (exit 1, one line naming the file)', { timeout: CHILD_TIMEOUT_MS }, () => {
  it.concurrent('a file that does not exist', async () => {
    const run = await runCliProcess(['fixtures/maps/bestaat-niet.stroomlijn']);
    expect(run.status).toBe(1);
    expect(stderrLines(run)).toEqual(['fixtures/maps/bestaat-niet.stroomlijn: file not found']);
  });

  it.concurrent('a folder', async () => {
    const run = await runCli(['fixtures/maps']);
    expect(run.status).toBe(1);
    expect(stderrLines(run)).toEqual(['fixtures/maps: not a file']);
  });

  it.concurrent('text that is not JSON', async () => {
    const path = join(scratchDir, 'kapot.stroomlijn');
    writeFileSync(path, '{ "format": "stroomlijn-map", ');
    const run = await runCli([path]);
    expect(run.status).toBe(1);
    const lines = stderrLines(run);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*JSON`, 'i'));
  });

  it.concurrent('a file over 50 MB, refused from its size alone', async () => {
    const path = join(scratchDir, 'groot.stroomlijn');
    writeFileSync(path, '');
    // A sparse file: 51 MB on paper, nothing on disk, and never read by the CLI.
    truncateSync(path, 51 * 1024 * 1024);
    const run = await runCli([path]);
    expect(run.status).toBe(1);
    expect(stderrLines(run)).toEqual([`${path}: The file is 51 MB, larger than 50 MB, the most Stroomlijn opens. It is probably not a Stroomlijn map.`]);
  });

  it.concurrent('invalid UTF-8 names the byte offset, a UTF-16 file names UTF-16, two byte order marks are refused as by the app', async () => {
    const original = readFileSync(join(REPO_ROOT, 'fixtures/maps/travel-request.stroomlijn'));
    const broken = Buffer.from(original);
    broken[200] = 0xfe;
    const brokenPath = join(scratchDir, 'kapot-utf8.stroomlijn');
    writeFileSync(brokenPath, broken);
    const utf16Path = join(scratchDir, 'utf16.stroomlijn');
    writeFileSync(utf16Path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(original.toString('utf8'), 'utf16le')]));
    const twoBomsPath = join(scratchDir, 'twee-boms.stroomlijn');
    writeFileSync(twoBomsPath, Buffer.concat([Buffer.from('\uFEFF\uFEFF', 'utf8'), original]));
    const [brokenRun, utf16Run, twoBomsRun] = await Promise.all([runCli([brokenPath]), runCli([utf16Path, '--lang', 'nl']), runCli([twoBomsPath])]);
    expect(brokenRun.status).toBe(1);
    expect(stderrLines(brokenRun)).toEqual([expect.stringContaining('byte 200')]);
    expect(utf16Run.status).toBe(1);
    expect(stderrLines(utf16Run)).toEqual([expect.stringContaining('UTF-16')]);
    // The app reads through the same readMapBytes: a second BOM is not JSON in both.
    expect(twoBomsRun.status).toBe(1);
    expect(readMapBytes(readFileSync(twoBomsPath)).ok).toBe(false);
  });

  it.concurrent('a negative wait time names the step and the field, in the requested language', async () => {
    const path = writeVariant('negatieve-wachttijd.stroomlijn', (map) => {
      const step = (map.steps as StepLike[]).find((candidate) => candidate.id === 's4');
      if (!step) throw new Error('fixture changed: no step s4');
      step.label = 'Registreren';
      step.waitTime = -5;
    });
    const [english, dutch] = await Promise.all([runCli([path]), runCli([path, '--lang', 'nl'])]);
    expect(english.status).toBe(1);
    expect(stderrLines(english)).toHaveLength(1);
    expect(english.stderr).toContain(`${path}: Step "Registreren" (s4): the wait time`);
    expect(english.stdout).toBe('');
    expect(dutch.status).toBe(1);
    expect(stderrLines(dutch)).toHaveLength(1);
    expect(dutch.stderr).toMatch(/Stap "Registreren" \(s4\): de wachttijd/);
  });

  it.concurrent('a loop without exit is an analysis error naming its steps', async () => {
    const path = writeVariant('lus-zonder-uitgang.stroomlijn', (map) => {
      // The supplier never sends the corrected invoice back: s11 → s12 → s11 forever.
      const flows = map.flows as { id: string; from: string; to: string; rework: boolean }[];
      const back = flows.find((flow) => flow.id === 'f12');
      if (!back) throw new Error('fixture changed: no flow f12');
      back.to = 's11';
    });
    const run = await runCli([path]);
    expect(run.status).toBe(1);
    const lines = stderrLines(run);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${path}: `);
    expect(lines[0]).toContain('Correctie opvragen bij leverancier');
    expect(lines[0]).toContain('Gecorrigeerde factuur sturen');
  });
});

describe('analyze: reports (exit 0)', { timeout: CHILD_TIMEOUT_MS }, () => {
  it.concurrent('--json prints exactly the documented keys', async () => {
    const run = await runCli([INVOICES, '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(Object.keys(report)).toEqual(['metrics', 'steps', 'lanes', 'findings', 'diagnostics']);
    expect(Object.keys(report.metrics ?? {})).toEqual([...METRIC_KEYS]);
    report.steps.forEach((step) => expect(Object.keys(step)).toEqual(['id', 'expectedVisits']));
    report.lanes.forEach((lane) => expect(Object.keys(lane)).toEqual(['id', 'annualEffortHours', 'annualCost']));
    report.diagnostics.forEach((diagnostic) => expect(Object.keys(diagnostic)).toEqual(['level', 'message', 'stepIds']));
    expect(report.findings.length).toBeGreaterThan(0);
    for (const finding of report.findings) {
      expect([typeof finding.id, typeof finding.category, typeof finding.title]).toEqual(['string', 'string', 'string']);
      expect(finding.title).not.toBe('');
    }
  });

  it.concurrent('the table speaks the map language with working days and euros', async () => {
    const run = await runCli([INVOICES]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Inkomende facturen verwerken');
    expect(run.stdout).toContain('2.400 zaken per jaar');
    expect(run.stdout).toMatch(/Doorlooptijd \(bewerkingstijd \+ wachttijd\)\s+10,1 werkdagen/);
    expect(run.stdout).toMatch(/Bewerkingstijd\s+37,1 minuten/);
    expect(run.stdout).toMatch(/In één keer goed\s+59%/);
    expect(run.stdout).toMatch(/Kosten per jaar\s+€\s75\.871/);
    // The glossary's words: roles, not "lanes".
    expect(run.stdout).toContain('2.400 zaken per jaar · 12 stappen · 4 rollen');
    expect(run.stdout).toMatch(/Leverancier\s+€\s45 \(standaard\)\s+106\s+€\s4\.765/);
    expect(run.stdout).toContain('Bevindingen (top 10 van');
  });

  it.concurrent('--lang en turns a Dutch map\'s report into English', async () => {
    const run = await runCli([INVOICES, '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Lead time \(process time \+ wait time\)\s+10\.1 working days/);
    expect(run.stdout).toMatch(/Cost per year\s+€75,871/);
  });

  it.concurrent('works through npm run -s analyze', async () => {
    const run = await runNpmAnalyze([MINUTES, '--json']);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as JsonReport).metrics?.leadTimeMinutes).toBeGreaterThan(0);
  });
});

/** domain.md section 3's worked example as a file: start → A (pt 10) → B (pt 5, wait 120) → D (pt 1) → end (0.75) or back to A (0.25). */
function writeWorkedExample(): string {
  const step = (id: string, type: string, processTime: number, waitTime = 0) => ({ id, type, label: id, laneId: 'sec', processTime, waitTime });
  const map = {
    format: 'stroomlijn-map',
    schemaVersion: 2,
    meta: { title: 'Worked example', language: 'en' },
    settings: { casesPerYear: 1000, hoursPerDay: 8, leadTimeTargetMinutes: 272 },
    lanes: [{ id: 'sec', name: 'Secretariat' }],
    steps: [step('start', 'start', 0), step('A', 'activity', 10), step('B', 'activity', 5, 120), step('D', 'decision', 1), step('end', 'end', 0)],
    flows: [
      { id: 'f1', from: 'start', to: 'A' },
      { id: 'f2', from: 'A', to: 'B' },
      { id: 'f3', from: 'B', to: 'D' },
      { id: 'f4', from: 'D', to: 'end', probability: 0.75 },
      { id: 'f5', from: 'D', to: 'A', probability: 0.25, rework: true },
    ],
  };
  const path = join(scratchDir, 'worked-example.stroomlijn');
  writeFileSync(path, JSON.stringify(map, null, 2));
  return path;
}

describe('analyze --simulate (domain.md section 8)', { timeout: CHILD_TIMEOUT_MS }, () => {
  const workedExample = writeWorkedExample();

  it.concurrent('--json adds the simulation object with exactly the documented keys', async () => {
    const run = await runCli([workedExample, '--json', '--simulate', '--cases', '10000', '--seed', '1']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(Object.keys(report)).toEqual(['metrics', 'steps', 'lanes', 'findings', 'diagnostics', 'simulation']);
    const simulation = report.simulation;
    expect(Object.keys(simulation ?? {})).toEqual([
      'cases', 'seed', 'unfinished', 'meanMinutes', 'p50Minutes', 'p85Minutes', 'p95Minutes', 'minMinutes', 'maxMinutes', 'withinTargetShare',
    ]);
    // Passes of 136 minutes; P(k ≤ n) = 1 − 0.25ⁿ: P50 = 136, P85 = 272, P95 = 408; within 272: ≈ 0.9375.
    expect(simulation).toMatchObject({ cases: 10000, seed: 1, unfinished: 0, p50Minutes: 136, p85Minutes: 272, p95Minutes: 408, minMinutes: 136 });
    expect(Math.abs((simulation?.withinTargetShare ?? 0) - 0.9375)).toBeLessThan(0.0097);
  });

  it.concurrent('gives the same figures for the same seed, as a table too', async () => {
    const [first, second] = await Promise.all([
      runCli([workedExample, '--simulate', '--seed', '9', '--cases', '2000']),
      runCli([workedExample, '--simulate', '--seed', '9', '--cases', '2000']),
    ]);
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    expect(first.stdout).toContain('How long does it really take? (simulated: 2,000 cases, seed 9)');
    expect(first.stdout).toMatch(/85% of the cases within\s+4\.5 hours/);
    expect(first.stdout).toMatch(/Within the target of 4\.5 hours\s+9\d%/);
  });
});
