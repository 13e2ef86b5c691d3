import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExport, runImport, type ConvertCliEnvironment } from '../../shared/cli/runConvert';
import { parseMap } from '../../shared/model/parse';
import { CHILD_TIMEOUT_MS, REPO_ROOT } from './cliRunner';

const INVOICES = join(REPO_ROOT, 'fixtures/maps/inkomende-facturen.stroomlijn');

function memoryEnvironment(files: Record<string, string | Uint8Array>) {
  const output = { stdout: '', stderr: '' };
  const environment: ConvertCliEnvironment = {
    stdout: (text) => (output.stdout += text),
    stderr: (text) => (output.stderr += text),
    fileSize: (path) => {
      const file = files[path];
      if (file === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return file.length;
    },
    readFile: (path) => {
      const file = files[path];
      if (file === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return typeof file === 'string' ? new TextEncoder().encode(file) : file;
    },
    writeFile: (path, data) => {
      files[path] = data;
    },
    now: () => '2026-12-07T12:00:00Z',
  };
  return { environment, output, files };
}

describe('import and export on the command line (domain.md sections 6 and 13)', () => {
  it('exports a map as BPMN and imports it back to the same map', async () => {
    const { environment, files } = memoryEnvironment({});
    expect(await runExport([INVOICES, '--format', 'bpmn', '--out', 'out.bpmn'], environment)).toBe(0);
    expect(String(files['out.bpmn'])).toContain('<bpmn:definitions');
    const back = memoryEnvironment({ 'out.bpmn': files['out.bpmn'] as string });
    expect(await runImport(['out.bpmn', '--out', 'back.stroomlijn', '--lang', 'en'], back.environment)).toBe(0);
    expect(back.output.stderr).toContain('Read 4 roles, 12 steps and 12 arrows.');
    const original = parseMap(readFileSync(INVOICES, 'utf8'));
    const imported = parseMap(String(back.files['back.stroomlijn']));
    expect(imported.ok && original.ok && imported.map).toEqual(original.ok && original.map);
  });

  it('exports a step list as CSV and .xlsx and imports it back; the report counts with plurals; a bad sheet is named', async () => {
    const { environment, files } = memoryEnvironment({});
    expect(await runExport([INVOICES, '--format', 'csv', '--out', 'steps.csv'], environment)).toBe(0);
    // A Dutch map: semicolons and the Dutch headers.
    expect(String(files['steps.csv'])).toMatch(/^\uFEFFId;Stap;Type;Rol;/);
    expect(await runExport([INVOICES, '--format', 'xlsx', '--out', 'steps.xlsx'], environment)).toBe(0);
    for (const name of ['steps.csv', 'steps.xlsx']) {
      const back = memoryEnvironment({ [name]: files[name] as string | Uint8Array });
      expect(await runImport([name, '--out', 'back.stroomlijn', '--lang', 'en'], back.environment)).toBe(0);
      expect(back.output.stderr).toBe(
        'Read 4 roles, 12 steps and 12 arrows.\nArrows back in the process, marked as rework: Gecorrigeerde factuur sturen → Factuur registreren in de Excel-lijst\n',
      );
    }
    const one = memoryEnvironment({ 'one.csv': 'Step\nAsk\n' });
    expect(await runImport(['one.csv', '--out', 'one.stroomlijn', '--lang', 'en'], one.environment)).toBe(0);
    // One role, three steps (start, Ask, end), two arrows: "1 role", not "1 roles".
    expect(one.output.stderr.split('\n')[0]).toBe('Read 1 role, 3 steps and 2 arrows.');
    const sheet = memoryEnvironment({ 'steps.xlsx': files['steps.xlsx'] as Uint8Array });
    expect(await runImport(['steps.xlsx', '--sheet', 'Blad9', '--out', 'x.stroomlijn', '--lang', 'nl'], sheet.environment)).toBe(1);
    expect(sheet.output.stderr).toBe('steps.xlsx: de werkmap heeft geen werkblad "Blad9" (wel: Stappen)\n');
  });

  it('answers wrong usage with 2 and bad files with 1, one line naming the file', async () => {
    const { environment, output } = memoryEnvironment({ 'broken.bpmn': '<definitions', 'notes.docx': 'x' });
    expect(await runImport(['broken.bpmn'], environment)).toBe(2);
    expect(output.stderr).toContain('--out');
    expect(await runExport([INVOICES, '--format', 'pdf', '--out', 'x'], environment)).toBe(2);
    output.stderr = '';
    expect(await runImport(['broken.bpmn', '--out', 'x.stroomlijn'], environment)).toBe(1);
    expect(output.stderr).toMatch(/^broken\.bpmn: the BPMN file is damaged/);
    output.stderr = '';
    expect(await runImport(['missing.bpmn', '--out', 'x.stroomlijn'], environment)).toBe(1);
    expect(output.stderr).toBe('missing.bpmn: file not found\n');
    expect(await runImport(['notes.docx', '--out', 'x.stroomlijn'], environment)).toBe(1);
  });

  it('runs as `stroomlijn import` through the bin entry', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'stroomlijn-bin-'));
    const bpmn = join(folder, 'in.bpmn');
    const { environment, files } = memoryEnvironment({});
    await runExport([INVOICES, '--format', 'bpmn', '--out', 'x'], environment);
    writeFileSync(bpmn, files.x as string);
    const status = await new Promise<number>((resolve) => {
      execFile(process.execPath, ['scripts/stroomlijn.mjs', 'import', bpmn, '--out', join(folder, 'out.stroomlijn')], { cwd: REPO_ROOT, timeout: CHILD_TIMEOUT_MS }, (error) =>
        resolve(error === null ? 0 : typeof error.code === 'number' ? error.code : -1),
      );
    });
    expect(status).toBe(0);
    expect(parseMap(readFileSync(join(folder, 'out.stroomlijn'), 'utf8')).ok).toBe(true);
  }, 60_000);
});
