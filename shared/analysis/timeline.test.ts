import { describe, expect, it } from 'vitest';
import type { Flow, Lane, MapState, Step } from '../model/types';
import { buildTimeline, findMainPath } from './timeline';
import type { Analysis, Metrics } from './types';

function step(id: string, type: Step['type'], laneId: string, processTime: number, waitTime: number, completeAccurate = 1): Step {
  return {
    id, type, label: `Label ${id}`, laneId, processTime, waitTime, completeAccurate,
    valueType: 'business-required', activity: 'work', system: '', position: { x: 0, y: 0 },
  };
}

function flow(id: string, from: string, to: string, probability?: number, rework = false): Flow {
  return { id, from, to, probability, rework, medium: 'other', label: '' };
}

const lanes: Lane[] = [{ id: 'sec', name: 'Secretariaat' }, { id: 'mgr', name: 'Manager' }];

function metricsWith(processTimeMinutes: number, waitTimeMinutes: number): Metrics {
  return {
    processTimeMinutes, waitTimeMinutes, leadTimeMinutes: processTimeMinutes + waitTimeMinutes,
    activityRatio: 0, processCycleEfficiency: 0, handoffsPerCase: 0, rolledCompleteAccurate: 1,
    annualEffortHours: 0, annualCost: 0, valueAddingShare: 0, criticalPathProcessTimeMinutes: processTimeMinutes,
  };
}

function analysisWith(metrics: Metrics | null, visits: Record<string, number>, flowProbabilities: Record<string, number>): Analysis {
  return {
    metrics,
    steps: Object.entries(visits).map(([id, expectedVisits]) => ({ id, expectedVisits })),
    lanes: [], findings: [], diagnostics: [], flowProbabilities, criticalPath: null, parallelBlocks: [],
  };
}

describe('buildTimeline: the worked example of domain.md section 3', () => {
  // start(sec) → A(sec, pt 10) → B(mgr, pt 5, wait 120, ca 0.8) → D(mgr, pt 1) → end (0.75) or rework → A (0.25).
  const state: MapState = {
    lanes,
    steps: [
      step('start', 'start', 'sec', 0, 0), step('A', 'activity', 'sec', 10, 0), step('B', 'activity', 'mgr', 5, 120, 0.8),
      step('D', 'decision', 'mgr', 1, 0), step('end', 'end', 'mgr', 0, 0),
    ],
    flows: [
      flow('f1', 'start', 'A'), flow('f2', 'A', 'B'), flow('f3', 'B', 'D'),
      flow('f4', 'D', 'A', 0.25, true), flow('f5', 'D', 'end', 0.75),
    ],
    annotations: [],
  };
  const visit = 4 / 3;
  const analysis = analysisWith(
    metricsWith(16 * visit, 160),
    { start: 1, A: visit, B: visit, D: visit, end: 1 },
    { f1: 1, f2: 1, f3: 1, f4: 0.25, f5: 0.75 },
  );

  it('lists the main path A, B, D with their expected wait and process time per case', () => {
    const timeline = buildTimeline(state, analysis);
    expect(timeline?.segments.map((segment) => segment.stepId)).toEqual(['A', 'B', 'D']);
    const [a, b, d] = timeline?.segments ?? [];
    expect(a?.processTimeMinutes).toBeCloseTo(13.333, 3);
    expect(a?.waitTimeMinutes).toBe(0);
    expect(b?.waitTimeMinutes).toBeCloseTo(160, 9);
    expect(b?.processTimeMinutes).toBeCloseTo(6.667, 3);
    expect(d?.processTimeMinutes).toBeCloseTo(1.333, 3);
    expect(b?.expectedVisits).toBeCloseTo(visit, 12);
    expect(b?.label).toBe('Label B');
  });

  it('has totals WT 160, PT 21.33, LT 181.33 and no remainder: every timed step is on the path', () => {
    const timeline = buildTimeline(state, analysis);
    expect(timeline?.waitTimeMinutes).toBe(160);
    expect(timeline?.processTimeMinutes).toBeCloseTo(21.333, 3);
    expect(timeline?.leadTimeMinutes).toBeCloseTo(181.333, 3);
    expect(timeline?.segments.some((segment) => segment.kind === 'other')).toBe(false);
  });

  it('skips the rework flow even when it is the most probable way out of a step', () => {
    const reworkHeavy = analysisWith(analysis.metrics, {}, { ...analysis.flowProbabilities, f4: 0.9, f5: 0.1 });
    expect(findMainPath(state, reworkHeavy.flowProbabilities).map((s) => s.id)).toEqual(['start', 'A', 'B', 'D', 'end']);
  });
});

describe('buildTimeline: a branch off the main path', () => {
  // start → A(pt 10, wt 60) → D → B (0.7; pt 20, wt 30) → end, or D → C (0.3; pt 50, wt 100) → end.
  const state: MapState = {
    lanes,
    steps: [
      step('start', 'start', 'sec', 0, 0), step('A', 'activity', 'sec', 10, 60), step('D', 'decision', 'sec', 0, 0),
      step('B', 'activity', 'mgr', 20, 30), step('C', 'activity', 'mgr', 50, 100), step('end', 'end', 'mgr', 0, 0),
    ],
    flows: [
      flow('f1', 'start', 'A'), flow('f2', 'A', 'D'), flow('f3', 'D', 'C', 0.3), flow('f4', 'D', 'B', 0.7),
      flow('f5', 'B', 'end'), flow('f6', 'C', 'end'),
    ],
    annotations: [],
  };
  // PT = 10 + 0.7·20 + 0.3·50 = 39; WT = 60 + 0.7·30 + 0.3·100 = 111.
  const analysis = analysisWith(
    metricsWith(39, 111),
    { start: 1, A: 1, D: 1, B: 0.7, C: 0.3, end: 1 },
    { f1: 1, f2: 1, f3: 0.3, f4: 0.7, f5: 1, f6: 1 },
  );

  it('follows the most probable flow (B, 70 %) and keeps the decision step even without time', () => {
    const timeline = buildTimeline(state, analysis);
    expect(timeline?.segments.map((segment) => segment.stepId)).toEqual(['A', 'D', 'B', 'C']);
    expect(timeline?.segments[2]?.waitTimeMinutes).toBeCloseTo(21, 9);
    expect(timeline?.segments[2]?.processTimeMinutes).toBeCloseTo(14, 9);
  });

  it('puts the branch not taken (C: 0.3·100 wait, 0.3·50 process) after the path as a named side step, so the sums equal the totals', () => {
    const timeline = buildTimeline(state, analysis);
    const side = timeline?.segments.at(-1);
    expect(side).toMatchObject({ kind: 'side', stepId: 'C', label: 'Label C' });
    expect(side?.waitTimeMinutes).toBeCloseTo(30, 9);
    expect(side?.processTimeMinutes).toBeCloseTo(15, 9);
    expect(timeline?.segments.some((segment) => segment.kind === 'other')).toBe(false);
    const sumWait = timeline?.segments.reduce((sum, segment) => sum + segment.waitTimeMinutes, 0);
    const sumProcess = timeline?.segments.reduce((sum, segment) => sum + segment.processTimeMinutes, 0);
    expect(sumWait).toBeCloseTo(111, 9);
    expect(sumProcess).toBeCloseTo(39, 9);
    expect(timeline?.leadTimeMinutes).toBe(150);
  });

  it('takes the first flow in document order on a tie', () => {
    const tie = { ...analysis.flowProbabilities, f3: 0.5, f4: 0.5 };
    expect(findMainPath(state, tie).map((s) => s.id)).toEqual(['start', 'A', 'D', 'C', 'end']);
  });
});

describe('buildTimeline: edge cases', () => {
  it('returns null when the analysis has no metrics (a loop without exit)', () => {
    const state: MapState = { lanes, steps: [step('start', 'start', 'sec', 0, 0)], flows: [], annotations: [] };
    expect(buildTimeline(state, analysisWith(null, { start: 1 }, {}))).toBeNull();
  });

  it('keeps a start or end step that has time of its own', () => {
    const state: MapState = {
      lanes,
      steps: [step('start', 'start', 'sec', 0, 0), step('A', 'activity', 'sec', 5, 0), step('end', 'end', 'sec', 0, 240)],
      flows: [flow('f1', 'start', 'A'), flow('f2', 'A', 'end')],
      annotations: [],
    };
    const timeline = buildTimeline(state, analysisWith(metricsWith(5, 240), { start: 1, A: 1, end: 1 }, { f1: 1, f2: 1 }));
    expect(timeline?.segments.map((segment) => segment.stepId)).toEqual(['A', 'end']);
  });

  it('stops at a step already on the path instead of looping forever (a loop not marked as rework)', () => {
    const state: MapState = {
      lanes,
      steps: [step('start', 'start', 'sec', 0, 0), step('A', 'activity', 'sec', 5, 0), step('B', 'activity', 'sec', 5, 0), step('end', 'end', 'sec', 0, 0)],
      flows: [flow('f1', 'start', 'A'), flow('f2', 'A', 'B'), flow('f3', 'B', 'A', 0.9), flow('f4', 'B', 'end', 0.1)],
      annotations: [],
    };
    const probabilities = { f1: 1, f2: 1, f3: 0.9, f4: 0.1 };
    expect(findMainPath(state, probabilities).map((s) => s.id)).toEqual(['start', 'A', 'B']);
    const timeline = buildTimeline(state, analysisWith(metricsWith(100, 0), { start: 1, A: 10, B: 10, end: 1 }, probabilities));
    expect(timeline?.segments.map((segment) => segment.processTimeMinutes)).toEqual([50, 50]);
  });

  it('lists nothing on the path when there is no start step: every timed step is a side step', () => {
    const state: MapState = { lanes, steps: [step('A', 'activity', 'sec', 5, 7)], flows: [], annotations: [] };
    const timeline = buildTimeline(state, analysisWith(metricsWith(5, 7), { A: 1 }, {}));
    expect(timeline?.segments).toEqual([
      { kind: 'side', stepId: 'A', label: 'Label A', expectedVisits: 1, waitTimeMinutes: 7, processTimeMinutes: 5 },
    ]);
  });

  it('never draws a negative remainder when the analysis is older than the document', () => {
    const state: MapState = {
      lanes,
      steps: [step('start', 'start', 'sec', 0, 0), step('A', 'activity', 'sec', 30, 30), step('end', 'end', 'sec', 0, 0)],
      flows: [flow('f1', 'start', 'A'), flow('f2', 'A', 'end')],
      annotations: [],
    };
    const stale = analysisWith(metricsWith(10, 10), { start: 1, A: 1, end: 1 }, { f1: 1, f2: 1 });
    const timeline = buildTimeline(state, stale);
    expect(timeline?.segments.map((segment) => segment.kind)).toEqual(['step']);
    expect(timeline?.processTimeMinutes).toBe(10);
  });
});

describe('buildTimeline with the real analysis', () => {
  it('gives the worked example WT 160 and PT 21.33 through analyseState', async () => {
    const { analyseState } = await import('./analyseMap');
    const state: MapState = {
      lanes,
      steps: [
        step('start', 'start', 'sec', 0, 0), step('A', 'activity', 'sec', 10, 0), step('B', 'activity', 'mgr', 5, 120, 0.8),
        step('D', 'decision', 'mgr', 1, 0), step('end', 'end', 'mgr', 0, 0),
      ],
      flows: [flow('f1', 'start', 'A'), flow('f2', 'A', 'B'), flow('f3', 'B', 'D'), flow('f4', 'D', 'A', 0.25, true), flow('f5', 'D', 'end', 0.75)],
      annotations: [],
    };
    const analysis = analyseState({ state, settings: { casesPerYear: 100, hoursPerDay: 8, currency: 'EUR', defaultHourlyCost: 45, workdayStart: '09:00' }, language: 'en' });
    const timeline = buildTimeline(state, analysis);
    expect(timeline?.waitTimeMinutes).toBeCloseTo(160, 9);
    expect(timeline?.processTimeMinutes).toBeCloseTo(64 / 3, 9);
    expect(timeline?.segments.map((segment) => segment.stepId)).toEqual(['A', 'B', 'D']);
  });

  it('adds up to the metrics on every bundled example map', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { parseMap } = await import('../model/parse');
    const { analyseMap } = await import('./analyseMap');
    const folder = new URL('../../fixtures/maps/', import.meta.url);
    const files = readdirSync(folder).filter((name) => name.endsWith('.stroomlijn'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const parsed = parseMap(readFileSync(new URL(file, folder), 'utf8'));
      if (!parsed.ok) throw new Error(`${file} does not parse`);
      const analysis = analyseMap(parsed.map);
      const timeline = buildTimeline(parsed.map, analysis);
      expect(timeline, file).not.toBeNull();
      const segments = timeline?.segments ?? [];
      const sumWait = segments.reduce((sum, segment) => sum + segment.waitTimeMinutes, 0);
      const sumProcess = segments.reduce((sum, segment) => sum + segment.processTimeMinutes, 0);
      // With parallel blocks the ladder follows the critical path: it adds up to LT and its work.
      const metrics = analysis.metrics;
      const hasBlocks = analysis.parallelBlocks.length > 0;
      expect(sumWait, file).toBeCloseTo(hasBlocks ? (metrics?.leadTimeMinutes ?? NaN) - (metrics?.criticalPathProcessTimeMinutes ?? NaN) : (metrics?.waitTimeMinutes ?? NaN), 6);
      expect(sumProcess, file).toBeCloseTo(hasBlocks ? (metrics?.criticalPathProcessTimeMinutes ?? NaN) : (metrics?.processTimeMinutes ?? NaN), 6);
      expect(segments.filter((segment) => segment.kind === 'step').length, file).toBeGreaterThan(3);
    }
  });
});

describe('buildTimeline: a rework step off the path (issue 11 item 8: no unnamed "other" box)', () => {
  it('names the rework step after the path, with its expected visits and times', async () => {
    const { analyseState } = await import('./analyseMap');
    // start → A (pt 10) → D (pt 1) → end (0.75) or → R "Herstellen" (pt 20, wait 60) (0.25) → rework → A.
    const state: MapState = {
      lanes,
      steps: [
        step('start', 'start', 'sec', 0, 0), step('A', 'activity', 'sec', 10, 0), step('D', 'decision', 'mgr', 1, 0),
        { ...step('R', 'activity', 'sec', 20, 60), label: 'Herstellen' }, step('end', 'end', 'mgr', 0, 0),
      ],
      flows: [flow('f1', 'start', 'A'), flow('f2', 'A', 'D'), flow('f3', 'D', 'end', 0.75), flow('f4', 'D', 'R', 0.25), flow('f5', 'R', 'A', undefined, true)],
      annotations: [],
    };
    const analysis = analyseState({ state, settings: { casesPerYear: 100, hoursPerDay: 8, currency: 'EUR', defaultHourlyCost: 45, workdayStart: '09:00' }, language: 'nl' });
    const timeline = buildTimeline(state, analysis);
    // v(A) = v(D) = 1 / 0.75 = 4/3; v(R) = 0.25 · 4/3 = 1/3: R waits 60/3 = 20 and works 20/3 per case.
    expect(timeline?.segments.map((segment) => [segment.kind, segment.stepId])).toEqual([['step', 'A'], ['step', 'D'], ['side', 'R']]);
    const rework = timeline?.segments.at(-1);
    expect(rework?.label).toBe('Herstellen');
    expect(rework?.expectedVisits).toBeCloseTo(1 / 3, 12);
    expect(rework?.waitTimeMinutes).toBeCloseTo(20, 9);
    expect(rework?.processTimeMinutes).toBeCloseTo(20 / 3, 9);
  });
});

describe('buildTimeline with a parallel block (domain.md section 7)', () => {
  it('follows the critical branch and adds up to the lead time', async () => {
    const { analyseState } = await import('./analyseMap');
    const state: MapState = {
      lanes,
      steps: [
        step('start', 'start', 'sec', 0, 0), step('split', 'parallel', 'sec', 0, 0), step('A', 'activity', 'sec', 10, 30),
        step('B', 'activity', 'mgr', 20, 100), step('join', 'parallel', 'sec', 0, 0), step('D', 'activity', 'sec', 15, 60), step('end', 'end', 'sec', 0, 0),
      ],
      flows: [flow('f1', 'start', 'split'), flow('f2', 'split', 'A'), flow('f3', 'split', 'B'), flow('f4', 'A', 'join'), flow('f5', 'B', 'join'), flow('f6', 'join', 'D'), flow('f7', 'D', 'end')],
      annotations: [],
    };
    const analysis = analyseState({ state, settings: { casesPerYear: 0, hoursPerDay: 8, currency: 'EUR', defaultHourlyCost: 45, workdayStart: '09:00' }, language: 'en' });
    const timeline = buildTimeline(state, analysis);
    // Critical: B (120) over A (40). Ladder: B (100 + 20), D (60 + 15) (gateways without time are left out); LT = 195.
    expect(timeline?.segments.map((segment) => segment.stepId)).toEqual(['B', 'D']);
    expect(timeline?.leadTimeMinutes).toBe(195);
    expect(timeline?.processTimeMinutes).toBe(35);
    expect(timeline?.waitTimeMinutes).toBe(160);
  });
});
