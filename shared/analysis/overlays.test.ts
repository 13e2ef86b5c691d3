import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMap } from '../model/parse';
import { analyseMap } from './analyseMap';
import { computeHeatMap, countHeatBands, crossLaneFlowIds, findingCountByStep, handoffsByLanePair, heatBands, heatClassOf, summariseHandoffs } from './overlays';
import { buildTestMap, type TestStateSpec } from './testState';
import type { Finding } from './types';

/** domain.md's worked example: v(start) = v(end) = 1, v(A) = v(B) = v(D) = 4/3. */
const workedExample: TestStateSpec = {
  settings: { casesPerYear: 2400 },
  lanes: [{ id: 'sec', hourlyCost: 42 }, { id: 'mgr', hourlyCost: 60 }],
  steps: [
    { id: 'start', type: 'start', laneId: 'sec' },
    { id: 'A', laneId: 'sec', processTime: 10 },
    { id: 'B', laneId: 'mgr', processTime: 5, waitTime: 120, completeAccurate: 0.8 },
    { id: 'D', type: 'decision', laneId: 'mgr', processTime: 1 },
    { id: 'end', type: 'end', laneId: 'mgr' },
  ],
  flows: [['start', 'A'], ['A', 'B'], ['B', 'D'], ['D', 'end', { probability: 0.75 }], ['D', 'A', { probability: 0.25, rework: true }]],
};
const map = buildTestMap(workedExample);
const analysis = analyseMap(map);

function valuesOf(heat: ReturnType<typeof computeHeatMap>): Record<string, [number, number]> {
  return Object.fromEntries(heat.steps.map((step) => [step.stepId, [step.value, step.heatClass]]));
}

describe('heatClassOf', () => {
  it('puts no heat in class 0, the hottest in the top class and any heat in at least class 1', () => {
    expect(heatClassOf(0, 100)).toBe(0);
    expect(heatClassOf(5, 0)).toBe(0);
    expect(heatClassOf(100, 100)).toBe(4);
    expect(heatClassOf(50, 100)).toBe(2);
    expect(heatClassOf(51, 100)).toBe(3);
    expect(heatClassOf(0.1, 100)).toBe(1);
  });
});

describe('computeHeatMap', () => {
  it('wait: v · waitTime per case (B: 4/3 · 120 = 160 minutes)', () => {
    const heat = computeHeatMap(map, map.settings, analysis, 'wait');
    expect(heat.maxValue).toBeCloseTo(160, 10);
    const values = valuesOf(heat);
    expect(values.B?.[0]).toBeCloseTo(160, 10);
    expect(values.B?.[1]).toBe(4);
    expect(values.A).toEqual([0, 0]);
  });

  it('effort: casesPerYear · v · processTime / 60 (A: 2400 · 4/3 · 10 / 60 = 533⅓ hours)', () => {
    const values = valuesOf(computeHeatMap(map, map.settings, analysis, 'effort'));
    expect(values.A?.[0]).toBeCloseTo(1600 / 3, 9);
    expect(values.B?.[0]).toBeCloseTo(800 / 3, 9);
    expect(values.D?.[0]).toBeCloseTo(160 / 3, 9);
    expect([values.A?.[1], values.B?.[1], values.D?.[1], values.start?.[1]]).toEqual([4, 2, 1, 0]);
  });

  it('findings: the number of given findings naming each step', () => {
    const findings = [
      { stepIds: ['A', 'B'] },
      { stepIds: ['B', 'B'] },
    ] as Finding[];
    expect(Object.fromEntries(findingCountByStep(findings))).toEqual({ A: 1, B: 2 });
    const values = valuesOf(computeHeatMap(map, map.settings, analysis, 'findings', findings));
    expect(values.B).toEqual([2, 4]);
    expect(values.A).toEqual([1, 2]);
    expect(values.D).toEqual([0, 0]);
  });
});

describe('heatBands', () => {
  it('splits 0 … max into four equal bands', () => {
    expect(heatBands(160).map((band) => [band.fromValue, band.toValue])).toEqual([[0, 40], [40, 80], [80, 120], [120, 160]]);
    expect(heatBands(0)).toEqual([]);
  });

  it('for counts: the whole numbers per class (max 3 → 1 | 2 | 3; max 8 → 1–2 | 3–4 | 5–6 | 7–8)', () => {
    expect(countHeatBands(3).map((band) => [band.heatClass, band.firstCount, band.lastCount])).toEqual([[2, 1, 1], [3, 2, 2], [4, 3, 3]]);
    expect(countHeatBands(8).map((band) => [band.firstCount, band.lastCount])).toEqual([[1, 2], [3, 4], [5, 6], [7, 8]]);
    for (const band of countHeatBands(3)) expect(heatClassOf(band.firstCount, 3)).toBe(band.heatClass);
  });
});

describe('handoffs', () => {
  it('lists the cross-lane flows', () => {
    expect([...crossLaneFlowIds(map)].sort()).toEqual(['f2', 'f5']);
  });

  it('per lane pair: sec→mgr v(A)·1 = 4/3, mgr→sec v(D)·0.25 = 1/3 per case', () => {
    const pairs = handoffsByLanePair(map, map.settings, analysis);
    expect(pairs.map((pair) => [pair.fromLaneId, pair.toLaneId, pair.flowIds])).toEqual([
      ['sec', 'mgr', ['f2']],
      ['mgr', 'sec', ['f5']],
    ]);
    expect(pairs[0]?.handoffsPerCase).toBeCloseTo(4 / 3, 12);
    expect(pairs[0]?.handoffsPerYear).toBeCloseTo(3200, 9);
    expect(pairs[1]?.handoffsPerCase).toBeCloseTo(1 / 3, 12);
    expect(pairs[1]?.handoffsPerYear).toBeCloseTo(800, 9);
    const summary = summariseHandoffs(map, map.settings, analysis);
    expect(summary.totalPerCase).toBeCloseTo(5 / 3, 12);
    expect(summary.totalPerYear).toBeCloseTo(4000, 9);
  });

  it('sums to the metric handoffsPerCase on the invoice template', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../fixtures/maps/inkomende-facturen.stroomlijn'), 'utf8');
    const parsed = parseMap(text);
    if (!parsed.ok) throw new Error('fixture does not parse');
    const invoice = analyseMap(parsed.map);
    const pairs = handoffsByLanePair(parsed.map, parsed.map.settings, invoice);
    expect(pairs.length).toBeGreaterThan(1);
    const total = pairs.reduce((sum, pair) => sum + pair.handoffsPerCase, 0);
    expect(total).toBeCloseTo(invoice.metrics?.handoffsPerCase ?? Number.NaN, 9);
  });
});
