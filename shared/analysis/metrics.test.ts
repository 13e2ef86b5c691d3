import { describe, expect, it } from 'vitest';
import { buildAnalysisContext } from './buildContext';
import { buildTestInput, type TestStateSpec } from './testState';
import type { LaneFigures, Metrics } from './types';

function metricsOf(spec: TestStateSpec): { metrics: Metrics; lanes: LaneFigures[] } {
  const result = buildAnalysisContext(buildTestInput(spec));
  if (!result.metrics) throw new Error(`no metrics: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return { metrics: result.metrics, lanes: result.lanes };
}

const start = { id: 'start', type: 'start' as const };
const end = { id: 'end', type: 'end' as const };

/** domain.md section 3: start(sec) → A(sec) → B(mgr) → D(mgr) → end (0.75) or rework to A (0.25). */
const workedExample: TestStateSpec = {
  settings: { casesPerYear: 2400, defaultHourlyCost: 45 },
  lanes: [{ id: 'sec', hourlyCost: 42 }, { id: 'mgr', hourlyCost: 60 }],
  steps: [
    { ...start, laneId: 'sec' },
    { id: 'A', laneId: 'sec', processTime: 10, waitTime: 0, valueType: 'value-adding' },
    { id: 'B', laneId: 'mgr', processTime: 5, waitTime: 120, completeAccurate: 0.8 },
    { id: 'D', type: 'decision', laneId: 'mgr', processTime: 1 },
    { ...end, laneId: 'mgr' },
  ],
  flows: [['start', 'A'], ['A', 'B'], ['B', 'D'], ['D', 'end', { probability: 0.75 }], ['D', 'A', { probability: 0.25, rework: true }]],
};

describe('computeMetrics (domain.md section 3), hand-computed', () => {
  it('reproduces the worked example, annual figures included', () => {
    const { metrics, lanes } = metricsOf(workedExample);
    // PT = (10 + 5 + 1)·4/3 = 64/3 = 21.33; WT = 120·4/3 = 160; LT = 544/3 = 181.33
    expect(metrics.processTimeMinutes).toBeCloseTo(64 / 3, 10);
    expect(metrics.waitTimeMinutes).toBeCloseTo(160, 10);
    expect(metrics.leadTimeMinutes).toBeCloseTo(544 / 3, 10);
    // activity ratio = 64/544 = 2/17; PCE = v(A)·10 / LT = (40/3)/(544/3) = 40/544 = 5/68
    expect(metrics.activityRatio).toBeCloseTo(2 / 17, 12);
    expect(metrics.processCycleEfficiency).toBeCloseTo(5 / 68, 12);
    // handoffs = v(A)·1 (A→B) + v(D)·0.25 (D→A) = 4/3 + 1/3 = 5/3
    expect(metrics.handoffsPerCase).toBeCloseTo(5 / 3, 12);
    // rolled %C&A = 1·1·0.8·1·0.75·1 = 0.6
    expect(metrics.rolledCompleteAccurate).toBeCloseTo(0.6, 12);
    // annual effort = 2400 · (64/3) / 60 = 853.33 h
    expect(metrics.annualEffortHours).toBeCloseTo(2560 / 3, 8);
    // sec: 2400 · (4/3·10) / 60 = 533.33 h · 42 = 22,400; mgr: 2400 · (4/3·6) / 60 = 320 h · 60 = 19,200
    expect(lanes[0]).toEqual({ id: 'sec', annualEffortHours: expect.closeTo(1600 / 3, 8) as number, annualCost: expect.closeTo(22400, 6) as number, hourlyCost: 42 });
    expect(lanes[1]).toEqual({ id: 'mgr', annualEffortHours: expect.closeTo(320, 8) as number, annualCost: expect.closeTo(19200, 6) as number, hourlyCost: 60 });
    expect(metrics.annualCost).toBeCloseTo(41600, 6);
    // value-adding share = (40/3) / (64/3) = 0.625
    expect(metrics.valueAddingShare).toBeCloseTo(0.625, 12);
  });

  it('sums a linear map and multiplies %C&A along it', () => {
    const { metrics } = metricsOf({
      steps: [start, { id: 'a', processTime: 5, waitTime: 30, completeAccurate: 0.9 }, { id: 'b', processTime: 10, waitTime: 60, completeAccurate: 0.5 }, end],
      flows: [['start', 'a'], ['a', 'b'], ['b', 'end']],
    });
    // PT = 15, WT = 90, LT = 105, AR = 15/105 = 1/7, rolled = 0.9·0.5 = 0.45, one lane → no handoffs
    expect(metrics).toMatchObject({ processTimeMinutes: 15, waitTimeMinutes: 90, leadTimeMinutes: 105, handoffsPerCase: 0 });
    expect(metrics.activityRatio).toBeCloseTo(1 / 7, 12);
    expect(metrics.rolledCompleteAccurate).toBeCloseTo(0.45, 12);
  });

  it('weights a branch by its probabilities', () => {
    const { metrics } = metricsOf({
      steps: [start, { id: 'd', type: 'decision' }, { id: 'x', processTime: 4 }, { id: 'y', processTime: 8 }, { id: 'z', processTime: 12 }, end],
      flows: [['start', 'd'], ['d', 'x', { probability: 0.5 }], ['d', 'y'], ['d', 'z'], ['x', 'end'], ['y', 'end'], ['z', 'end']],
    });
    // PT = 0.5·4 + 0.25·8 + 0.25·12 = 2 + 2 + 3 = 7
    expect(metrics.processTimeMinutes).toBeCloseTo(7, 12);
  });

  it('solves the rolled %C&A through a non-rework cycle and a non-rework self-loop', () => {
    // A (ca 0.9) → B; B → A (0.5, not rework) or → end (0.5).
    // r(B) = 0.5·r(A) + 0.5·1, r(A) = 0.9·r(B) → r(B) = 0.5/0.55 = 10/11, r(A) = 9/11 = r(start)
    const cycle = metricsOf({
      steps: [start, { id: 'A', completeAccurate: 0.9 }, { id: 'B' }, end],
      flows: [['start', 'A'], ['A', 'B'], ['B', 'A', { probability: 0.5 }], ['B', 'end']],
    });
    expect(cycle.metrics.rolledCompleteAccurate).toBeCloseTo(9 / 11, 12);
    // S (ca 0.8) → S (0.5, not rework) or → end (0.5): r = 0.8·(0.5·r + 0.5) → 0.6·r = 0.4 → r = 2/3
    const selfLoop = metricsOf({
      steps: [start, { id: 'S', completeAccurate: 0.8 }, end],
      flows: [['start', 'S'], ['S', 'S', { probability: 0.5 }], ['S', 'end']],
    });
    expect(selfLoop.metrics.rolledCompleteAccurate).toBeCloseTo(2 / 3, 12);
  });

  it('gives rework flows 0 in the rolled %C&A of nested loops', () => {
    // A → B → C; C → B rework (0.5) or → D; D → A rework (0.2) or → end: first pass 0.5·0.8 = 0.4
    const { metrics } = metricsOf({
      steps: [start, { id: 'A', processTime: 1 }, { id: 'B', processTime: 2 }, { id: 'C', processTime: 3 }, { id: 'D', processTime: 4 }, end],
      flows: [
        ['start', 'A'], ['A', 'B'], ['B', 'C'], ['C', 'B', { probability: 0.5, rework: true }], ['C', 'D'],
        ['D', 'A', { probability: 0.2, rework: true }], ['D', 'end'],
      ],
    });
    expect(metrics.rolledCompleteAccurate).toBeCloseTo(0.4, 12);
    // PT = 1.25·1 + 2.5·2 + 2.5·3 + 1.25·4 = 1.25 + 5 + 7.5 + 5 = 18.75
    expect(metrics.processTimeMinutes).toBeCloseTo(18.75, 12);
  });

  it('counts handoffs on parallel branches that rejoin', () => {
    const { metrics } = metricsOf({
      steps: [start, { id: 'd' }, { id: 'x', laneId: 'M' }, { id: 'y' }, { id: 'j' }, end],
      flows: [['start', 'd'], ['d', 'x', { probability: 0.6 }], ['d', 'y', { probability: 0.4 }], ['x', 'j'], ['y', 'j'], ['j', 'end']],
    });
    // d → x (L → M) 0.6 and x → j (M → L) 0.6: 1.2 handoffs per case
    expect(metrics.handoffsPerCase).toBeCloseTo(1.2, 12);
  });

  it('treats a dead end as an end for %C&A and leaves unreachable work out', () => {
    const { metrics } = metricsOf({
      steps: [start, { id: 'a', processTime: 10 }, { id: 'dead', processTime: 4, completeAccurate: 0.6 }, { id: 'u', processTime: 100 }, end],
      flows: [['start', 'a'], ['a', 'dead', { probability: 0.5 }], ['a', 'end'], ['u', 'end']],
    });
    // PT = 10 + 0.5·4 = 12 (u has 0 visits); rolled = 0.5·0.6 + 0.5·1 = 0.8
    expect(metrics.processTimeMinutes).toBeCloseTo(12, 12);
    expect(metrics.rolledCompleteAccurate).toBeCloseTo(0.8, 12);
  });

  it('weights the %C&A of several ends', () => {
    const { metrics } = metricsOf({
      steps: [start, { id: 'd' }, { id: 'e1', type: 'end', completeAccurate: 0.9 }, { id: 'e2', type: 'end' }],
      flows: [['start', 'd'], ['d', 'e1', { probability: 0.7 }], ['d', 'e2']],
    });
    // 0.7·0.9 + 0.3·1 = 0.93
    expect(metrics.rolledCompleteAccurate).toBeCloseTo(0.93, 12);
  });

  it('costs lanes with their own rate or the default rate', () => {
    const { metrics, lanes } = metricsOf({
      settings: { casesPerYear: 1200, defaultHourlyCost: 45 },
      lanes: [{ id: 'L1', hourlyCost: 60 }, { id: 'L2' }, { id: 'idle', hourlyCost: 80 }],
      steps: [{ ...start, laneId: 'L1' }, { id: 'a', laneId: 'L1', processTime: 30 }, { id: 'b', laneId: 'L2', processTime: 15 }, { ...end, laneId: 'L2' }],
      flows: [['start', 'a'], ['a', 'b'], ['b', 'end']],
    });
    // L1: 1200·30/60 = 600 h · 60 = 36,000; L2: 1200·15/60 = 300 h · 45 = 13,500; idle: 0
    expect(lanes).toEqual([
      { id: 'L1', annualEffortHours: 600, annualCost: 36000, hourlyCost: 60 },
      { id: 'L2', annualEffortHours: 300, annualCost: 13500, hourlyCost: 45 },
      { id: 'idle', annualEffortHours: 0, annualCost: 0, hourlyCost: 80 },
    ]);
    // total 900 h, 49,500
    expect(metrics.annualEffortHours).toBe(900);
    expect(metrics.annualCost).toBe(49500);
  });

  it('keeps process cycle efficiency and activity ratio apart', () => {
    const { metrics } = metricsOf({
      steps: [start, { id: 'va', processTime: 10, valueType: 'value-adding' }, { id: 'nva', processTime: 20, waitTime: 70, valueType: 'non-value-adding' }, end],
      flows: [['start', 'va'], ['va', 'nva'], ['nva', 'end']],
    });
    // PT = 30, LT = 100: AR = 0.3; PCE = 10/100 = 0.1; VA share = 10/30
    expect(metrics.activityRatio).toBeCloseTo(0.3, 12);
    expect(metrics.processCycleEfficiency).toBeCloseTo(0.1, 12);
    expect(metrics.valueAddingShare).toBeCloseTo(1 / 3, 12);
  });

  it('gives ratios 0 when the lead time is 0', () => {
    const { metrics } = metricsOf({ steps: [start, { id: 'a' }, end], flows: [['start', 'a'], ['a', 'end']] });
    expect(metrics).toEqual({
      processTimeMinutes: 0, waitTimeMinutes: 0, leadTimeMinutes: 0, activityRatio: 0, processCycleEfficiency: 0,
      handoffsPerCase: 0, rolledCompleteAccurate: 1, annualEffortHours: 0, annualCost: 0, valueAddingShare: 0,
      criticalPathProcessTimeMinutes: 0,
    });
  });

  it('ignores batchInterval (only an inventory finding)', () => {
    const withBatch = structuredClone(workedExample);
    withBatch.steps[1] = { ...withBatch.steps[1], id: 'A', batchInterval: 2400 };
    expect(metricsOf(withBatch).metrics).toEqual(metricsOf(workedExample).metrics);
  });
});
