import { describe, expect, it } from 'vitest';
import { analyseMap } from '../analysis/analyseMap';
import { invoicesWithActions } from '../../tests/unit/planFixtures';
import { toJsonReport, writeJsonReport } from './jsonReport';

function written(report: ReturnType<typeof toJsonReport>): { text: string; writes: number } {
  let text = '';
  let writes = 0;
  writeJsonReport(report, (part) => {
    text += part;
    writes += 1;
  });
  return { text, writes };
}

describe('writeJsonReport', () => {
  it('writes in parts exactly what JSON.stringify(report, null, 2) writes', () => {
    const analysis = analyseMap(invoicesWithActions());
    expect(analysis.findings.length).toBeGreaterThan(1);
    // One finding with a text assigned, one whose texts were read before: both as they read.
    const [assigned, read] = analysis.findings;
    if (!assigned || !read) throw new Error('two findings expected');
    assigned.title = 'Een eigen titel';
    const readTitle = read.title;
    const report = toJsonReport(analysis);
    const { text, writes } = written(report);
    expect(writes).toBeGreaterThan(3);
    expect(text).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect(text).toContain('Een eigen titel');
    expect(text).toContain(JSON.stringify(readTitle));
  });

  it('writes an empty list of findings as JSON.stringify does', () => {
    const analysis = analyseMap(invoicesWithActions());
    const report = { ...toJsonReport(analysis), findings: [] };
    expect(written(report).text).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it('writes copies of findings (spread, structured clone) as they are', () => {
    const analysis = analyseMap(invoicesWithActions());
    const report = { ...toJsonReport(analysis), findings: analysis.findings.map((finding) => ({ ...finding })) };
    expect(written(report).text).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });
});
