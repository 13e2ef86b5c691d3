import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMap } from '../../model/parse';
import type { ProcessMap } from '../../model/types';
import { analyseMap } from '../analyseMap';
import type { Finding } from '../types';
import { defineLazyTexts } from './lazyTexts';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/maps');

function fixture(name: string): ProcessMap {
  const result = parseMap(readFileSync(join(FIXTURES, name), 'utf8'));
  if (!result.ok) throw new Error(`${name} does not parse`);
  return result.map;
}

const FINDING_KEYS: Array<keyof Finding> = [
  'id',
  'category',
  'rule',
  'severity',
  'title',
  'explanation',
  'stepIds',
  'flowIds',
  'impactMinutesPerCase',
  'impactHoursPerYear',
  'impactKind',
  'impactCost',
];

describe('finding texts built on first read', () => {
  // The snapshot pins every text of two template maps (one Dutch, one English), read through
  // JSON as the CLI and the test hooks do; it was checked equal to the texts the engine
  // built eagerly before they became lazy.
  it.each(['inkomende-facturen.stroomlijn', 'onboarding-new-colleague.stroomlijn'])('reads the same texts through JSON (%s)', (name) => {
    const findings = (JSON.parse(JSON.stringify(analyseMap(fixture(name)))) as { findings: Finding[] }).findings;
    expect(findings.map(({ id, title, explanation }) => ({ id, title, explanation }))).toMatchSnapshot();
  });

  it('gives the same texts whatever is read first, building them once', () => {
    const lazyTarget = () => {
      const built: number[] = [];
      const target = { id: 'x' } as { id: string; title: string; explanation: string };
      defineLazyTexts(target, { textsOf: (days: number) => (built.push(days), { title: `Wacht ${days} dagen`, explanation: `Het werk ligt ${days} dagen stil.` }) }, 3);
      return { target, built };
    };
    const titleFirst = lazyTarget();
    expect([titleFirst.target.title, titleFirst.target.explanation, titleFirst.target.title]).toEqual(['Wacht 3 dagen', 'Het werk ligt 3 dagen stil.', 'Wacht 3 dagen']);
    const explanationFirst = lazyTarget();
    expect([explanationFirst.target.explanation, explanationFirst.target.title]).toEqual(['Het werk ligt 3 dagen stil.', 'Wacht 3 dagen']);
    expect([titleFirst.built, explanationFirst.built]).toEqual([[3], [3]]);
  });

  it('words a real finding the same when its explanation is read before its title', () => {
    const finding = analyseMap(fixture('inkomende-facturen.stroomlijn')).findings.find((candidate) => candidate.id === 'waiting:long-wait:s8');
    if (!finding) throw new Error('the invoice template has a long wait before s8');
    const explanation = finding.explanation;
    // s8 waits 1,200 minutes; at 8 hours (480 minutes) a day that is 1200 / 480 = 2.5 working days.
    expect(finding.title).toContain('‘Betaling klaarzetten in de betaalrun’');
    expect(finding.title).toContain('2,5 werkdagen');
    expect(explanation).toContain('2,5 werkdagen');
  });

  it('looks like a plain object to every reader', () => {
    const analysis = analyseMap(fixture('travel-request.stroomlijn'));
    const [finding] = analysis.findings;
    if (!finding) throw new Error('the template has findings');
    expect(Object.getPrototypeOf(finding)).toBe(Object.prototype);
    expect(Object.keys(finding)).toEqual(FINDING_KEYS);
    expect(Object.keys(JSON.parse(JSON.stringify(finding)) as object)).toEqual(FINDING_KEYS);
    expect({ ...finding }).toEqual(finding);
    expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
  });

  it('carries the texts through structuredClone, as postMessage from the analysis worker does', () => {
    const analysis = analyseMap(fixture('minutes.stroomlijn'));
    const cloned = structuredClone(analysis);
    expect(cloned.findings.length).toBeGreaterThan(0);
    expect(cloned).toEqual(analysis);
    for (const [index, finding] of cloned.findings.entries()) {
      expect(Object.getOwnPropertyDescriptor(finding, 'title')?.value).toBe(analysis.findings[index]?.title);
      expect(Object.getOwnPropertyDescriptor(finding, 'explanation')?.value).toBe(analysis.findings[index]?.explanation);
    }
  });

  it('builds the texts once, only when read, and lets them be replaced', () => {
    let builds = 0;
    const target = { id: 'x' } as { id: string; title: string; explanation: string };
    defineLazyTexts(target, { textsOf: (subject: number) => ((builds += 1), { title: `title ${subject}`, explanation: `why ${subject}` }) }, 7);
    expect(builds).toBe(0);
    expect(target.explanation).toBe('why 7');
    expect(target.title).toBe('title 7');
    expect(JSON.stringify(target)).toBe('{"id":"x","title":"title 7","explanation":"why 7"}');
    expect(builds).toBe(1);
    target.title = 'renamed';
    expect(target.title).toBe('renamed');
    expect(Object.getOwnPropertyDescriptor(target, 'title')?.value).toBe('renamed');
    expect(target.explanation).toBe('why 7');
  });
});
