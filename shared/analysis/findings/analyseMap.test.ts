import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMap } from '../../model/parse';
import type { ProcessMap } from '../../model/types';
import { analyseMap } from '../analyseMap';
import type { Finding } from '../types';

/** Findings through the real engine (parse → exact visits → metrics → detectors). */

const FIXTURES = join(import.meta.dirname, '../../../fixtures/maps');

function parse(text: string): ProcessMap {
  const result = parseMap(text);
  if (!result.ok) throw new Error(`fixture does not parse: ${JSON.stringify(result.problems)}`);
  return result.map;
}

/** domain.md section 3's worked example as a file; the engine must find v = 4/3 itself. */
function workedExampleMap(language: 'nl' | 'en'): ProcessMap {
  return parse(
    JSON.stringify({
      format: 'stroomlijn-map',
      schemaVersion: 1,
      meta: { title: 'Worked example', language },
      settings: { casesPerYear: 1200, hoursPerDay: 8, currency: 'EUR', defaultHourlyCost: 45 },
      lanes: [
        { id: 'sec', name: 'Secretariaat', hourlyCost: 42 },
        { id: 'mgr', name: 'Manager', hourlyCost: 80 },
      ],
      steps: [
        { id: 'start', type: 'start', laneId: 'sec' },
        { id: 'A', type: 'activity', label: 'Registreren', laneId: 'sec', processTime: 10 },
        { id: 'B', type: 'activity', label: 'Beoordelen', laneId: 'mgr', processTime: 5, waitTime: 120, completeAccurate: 0.8 },
        { id: 'D', type: 'decision', label: 'Akkoord?', laneId: 'mgr', processTime: 1 },
        { id: 'end', type: 'end', laneId: 'mgr' },
      ],
      flows: [
        { id: 'f1', from: 'start', to: 'A' },
        { id: 'f2', from: 'A', to: 'B' },
        { id: 'f3', from: 'B', to: 'D' },
        { id: 'f4', from: 'D', to: 'end', probability: 0.75 },
        { id: 'f5', from: 'D', to: 'A', probability: 0.25, rework: true },
      ],
    }),
  );
}

const byId = (findings: readonly Finding[], id: string): Finding | undefined => findings.find((finding) => finding.id === id);

describe('findings through analyseMap', () => {
  it('reproduces the hand-computed impacts of the worked example', () => {
    const { findings } = analyseMap(workedExampleMap('nl'));
    expect(findings.map((finding) => finding.id).sort()).toEqual(
      [
        'defects:low-complete-accurate:B', // 4/3·0.2·5 = 1.33 min
        'defects:rework:f5', // 1/3·(10 + 5 + 1) = 5.33 min
        'handoff:lane-pair:mgr>sec', // 1/3 handoff, A has no wait → 0
        'handoff:lane-pair:sec>mgr', // 4/3·120 = 160 min
        'handoff:ping-pong:f5>f2', // 1/3·(0 + 120) = 40 min
        'waiting:long-wait:B', // 160 of LT 181.33 = 88%
      ].sort(),
    );
    expect(byId(findings, 'defects:rework:f5')?.impactMinutesPerCase).toBeCloseTo(16 / 3, 9);
    expect(byId(findings, 'defects:low-complete-accurate:B')?.impactMinutesPerCase).toBeCloseTo(4 / 3, 9);
    expect(byId(findings, 'handoff:lane-pair:sec>mgr')?.impactMinutesPerCase).toBeCloseTo(160, 9);
    expect(byId(findings, 'handoff:ping-pong:f5>f2')?.impactMinutesPerCase).toBeCloseTo(40, 9);
    const waiting = byId(findings, 'waiting:long-wait:B');
    expect(waiting?.impactHoursPerYear).toBeCloseTo(3200, 6); // 1200·160/60
    expect(waiting?.explanation).toContain('88%');
    expect(waiting?.explanation).toContain('3.200 uur');
  });

  it('gives the same ids in both languages', () => {
    const ids = (map: ProcessMap): string[] => analyseMap(map).findings.map((finding) => finding.id);
    expect(ids(workedExampleMap('en'))).toEqual(ids(workedExampleMap('nl')));
  });

  const fixtureFiles = readdirSync(FIXTURES).filter((file) => file.endsWith('.stroomlijn'));

  it.each(fixtureFiles)('%s: sound findings, stable across language and reordering', (file) => {
    const map = parse(readFileSync(join(FIXTURES, file), 'utf8'));
    const { findings, steps } = analyseMap(map);
    expect(findings.length).toBeGreaterThan(0);

    const visits = new Map(steps.map((step) => [step.id, step.expectedVisits]));
    const flowIds = new Set(map.flows.map((flow) => flow.id));
    expect(new Set(findings.map((finding) => finding.id)).size).toBe(findings.length);
    for (const finding of findings) {
      for (const stepId of finding.stepIds) expect(visits.get(stepId) ?? 0).toBeGreaterThan(0);
      for (const flowId of finding.flowIds) expect(flowIds.has(flowId)).toBe(true);
      for (const text of [finding.title, finding.explanation]) {
        expect(text.length).toBeGreaterThan(0);
        expect(text).not.toMatch(/\{\{|\}\}|undefined|NaN|Infinity|findings:/);
      }
      expect(Number.isFinite(finding.impactMinutesPerCase) && finding.impactMinutesPerCase >= 0).toBe(true);
      expect(Number.isFinite(finding.impactHoursPerYear) && finding.impactHoursPerYear >= 0).toBe(true);
      expect(Number.isFinite(finding.impactCost) && finding.impactCost >= 0).toBe(true);
    }

    const otherLanguage: ProcessMap = { ...map, meta: { ...map.meta, language: map.meta.language === 'nl' ? 'en' : 'nl' } };
    const reordered: ProcessMap = { ...map, lanes: [...map.lanes].reverse(), steps: [...map.steps].reverse(), flows: [...map.flows].reverse() };
    const ids = findings.map((finding) => finding.id);
    expect(analyseMap(otherLanguage).findings.map((finding) => finding.id)).toEqual(ids);
    // The solver may differ in the last bits when the file is reordered: numbers agree to 1e-6,
    // everything else (order, texts, severity) exactly.
    const afterReorder = analyseMap(reordered).findings;
    const withoutNumbers = (list: readonly Finding[]): unknown[] =>
      list.map(({ impactMinutesPerCase: _m, impactHoursPerYear: _h, impactCost: _c, ...rest }) => rest);
    expect(withoutNumbers(afterReorder)).toEqual(withoutNumbers(findings));
    afterReorder.forEach((finding, index) => {
      const original = findings[index] as Finding;
      expect(finding.impactMinutesPerCase).toBeCloseTo(original.impactMinutesPerCase, 6);
      expect(finding.impactHoursPerYear).toBeCloseTo(original.impactHoursPerYear, 6);
      expect(finding.impactCost).toBeCloseTo(original.impactCost, 6);
    });
  });
});
