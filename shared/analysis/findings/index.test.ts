import { describe, expect, it } from 'vitest';
import type { Finding } from '../types';
import { detectFindings } from './index';
import { type TestMapSpec, buildTestContext, lineMap } from './testContext';

/**
 * One map that triggers every rule: data typed in Excel and AFAS, a search, a paper flow into
 * a long wait, an approval with low %C&A and a rework loop back to the other lane (ping-pong), a batch, a non-value-adding check,
 * a transport step, a user tag, and an unreachable search step that must stay silent.
 */
function everything(language: 'nl' | 'en' = 'en'): TestMapSpec {
  return {
    language,
    settings: { casesPerYear: 2400, defaultHourlyCost: 45 },
    lanes: [
      { id: 'sec', name: language === 'nl' ? 'Secretariaat' : 'Secretariat', hourlyCost: 40 },
      { id: 'mgr', name: 'Manager', hourlyCost: 80 },
      { id: 'fin', name: language === 'nl' ? 'Financiën' : 'Finance' },
      { id: 'ext', name: language === 'nl' ? 'Leverancier' : 'Supplier', hourlyCost: 0 },
    ],
    steps: [
      { id: 'start', laneId: 'sec', type: 'start' },
      { id: 'A', laneId: 'sec', processTime: 6, activity: 'data-entry', system: 'Excel', wastes: ['overproduction'] },
      { id: 'B', laneId: 'sec', processTime: 4, activity: 'search', system: 'Outlook' },
      { id: 'C', laneId: 'mgr', processTime: 5, waitTime: 480, activity: 'approval', completeAccurate: 0.8 },
      { id: 'D', laneId: 'mgr', processTime: 1, type: 'decision', activity: 'data-entry', system: 'Excel' },
      { id: 'E', laneId: 'fin', processTime: 4, activity: 'data-entry', system: 'AFAS', batchInterval: 960 },
      { id: 'F', laneId: 'fin', processTime: 3, activity: 'check', valueType: 'non-value-adding' },
      { id: 'T', laneId: 'sec', processTime: 2, activity: 'transport' },
      { id: 'X', laneId: 'mgr', processTime: 30, waitTime: 5000, activity: 'search', completeAccurate: 0.1, wastes: ['motion'] },
      { id: 'end', laneId: 'sec', type: 'end' },
    ],
    flows: [
      { id: 'f1', from: 'start', to: 'A' },
      { id: 'f2', from: 'A', to: 'B' },
      { id: 'f3', from: 'B', to: 'C', medium: 'paper' },
      { id: 'f4', from: 'C', to: 'D' },
      { id: 'f5', from: 'D', to: 'E', probability: 0.75 },
      { id: 'f6', from: 'D', to: 'B', probability: 0.25, rework: true },
      { id: 'f7', from: 'E', to: 'F' },
      { id: 'f8', from: 'F', to: 'T' },
      { id: 'f9', from: 'T', to: 'end' },
      { id: 'fx', from: 'X', to: 'T', medium: 'paper' },
    ],
    visits: { start: 1, A: 1, B: 4 / 3, C: 4 / 3, D: 4 / 3, E: 1, F: 1, T: 1, end: 1, X: 0 },
  };
}

function reversed(spec: TestMapSpec): TestMapSpec {
  return { ...spec, lanes: [...spec.lanes].reverse(), steps: [...spec.steps].reverse(), flows: [...spec.flows].reverse() };
}

const ids = (findings: readonly Finding[]): string[] => findings.map((finding) => finding.id);

describe('detectFindings', () => {
  const english = detectFindings(buildTestContext(everything('en')));

  it('runs every rule on one map', () => {
    expect(new Set(english.map((finding) => finding.rule))).toEqual(
      new Set([
        'waiting/long-wait',
        'handoff/lane-pair',
        'handoff/ping-pong',
        'defects/low-complete-accurate',
        'defects/rework',
        'extra-processing/many-checks',
        'extra-processing/typed-twice',
        'extra-processing/non-value-adding',
        'transport/paper-flow',
        'transport/transport-step',
        'motion/search',
        'motion/system-switch',
        'inventory/batch',
        'non-utilized-talent/delegate',
        'overproduction/user-tagged',
      ]),
    );
  });

  it('keeps ids (and order) when the language changes', () => {
    const dutch = detectFindings(buildTestContext(everything('nl')));
    expect(ids(dutch)).toEqual(ids(english));
    dutch.forEach((finding, index) => expect(finding.title).not.toBe(english[index]?.title));
  });

  it('gives the same findings, texts included, when steps, flows and lanes are reordered', () => {
    expect(detectFindings(buildTestContext(reversed(everything('en'))))).toEqual(english);
    expect(detectFindings(buildTestContext(reversed(everything('nl'))))).toEqual(detectFindings(buildTestContext(everything('nl'))));
  });

  it('never points at an unreachable, unknown or missing step or flow', () => {
    const spec = everything();
    const stepIds = new Set(spec.steps.map((step) => step.id));
    const flowIds = new Set(spec.flows.map((flow) => flow.id));
    for (const finding of english) {
      for (const stepId of finding.stepIds) expect(stepIds.has(stepId) && stepId !== 'X').toBe(true);
      for (const flowId of finding.flowIds) expect(flowIds.has(flowId) && flowId !== 'fx').toBe(true);
    }
    expect(ids(english).some((id) => id.endsWith(':X'))).toBe(false);
  });

  it('sorts by hours per year, then minutes per case, then id', () => {
    // Impacts equal up to float noise (53.33333333333332 vs 53.333333333333336) count as equal.
    const key = (value: number): number => Math.round(value * 1e6);
    for (let index = 1; index < english.length; index++) {
      const before = english[index - 1] as Finding;
      const after = english[index] as Finding;
      const order =
        Math.sign(key(after.impactHoursPerYear) - key(before.impactHoursPerYear)) ||
        Math.sign(key(after.impactMinutesPerCase) - key(before.impactMinutesPerCase)) ||
        (before.id < after.id ? -1 : 1);
      expect(order).toBe(-1);
    }
  });

  it('leaves out the annual sentence when the map has no cases per year', () => {
    const spec = { ...everything('en'), settings: { casesPerYear: 0 } };
    const findings = detectFindings(buildTestContext(spec));
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.impactHoursPerYear).toBe(0);
      expect(finding.impactCost).toBe(0);
      expect(finding.explanation).not.toContain('Over a year');
    }
    // Sorted by minutes per case when every hours figure is 0.
    const minutes = findings.map((finding) => Math.round(finding.impactMinutesPerCase * 1e6));
    expect([...minutes].sort((a, b) => b - a)).toEqual(minutes);
  });

  it('finds nothing on a clean map', () => {
    // Short waits, no rework, one lane at one cost, %C&A 0.9, one check, one system.
    const clean = lineMap([
      { id: 'A', laneId: 'sec', processTime: 10, waitTime: 5, activity: 'data-entry', system: 'AFAS', valueType: 'value-adding' },
      { id: 'B', laneId: 'sec', processTime: 5, waitTime: 5, activity: 'check', system: 'afas', completeAccurate: 0.9 },
      { id: 'C', laneId: 'sec', processTime: 20, activity: 'communication' },
    ]);
    expect(detectFindings(buildTestContext(clean))).toEqual([]);
  });
});
