import { describe, expect, it } from 'vitest';
import { analyseState } from './analyseMap';
import { buildAnalysisContext } from './buildContext';
import { leadTimeSavingMinutes } from './criticalPath';
import { buildTestInput, type TestStateSpec } from './testState';

const start = { id: 'start', type: 'start' as const };
const end = { id: 'end', type: 'end' as const };
const split = (id: string) => ({ id, type: 'parallel' as const });
const join = (id: string) => ({ id, type: 'parallel' as const });

function analyse(spec: TestStateSpec) {
  return analyseState(buildTestInput(spec));
}

function visitsOf(spec: TestStateSpec): Record<string, number> {
  return Object.fromEntries(analyse(spec).steps.map((step) => [step.id, step.expectedVisits]));
}

/**
 * start → σ → { A (pt 10, wait 30, ca 0.9, lane it, value-adding) ; B (pt 20, wait 100, ca 0.8) → C (pt 5) (lane fac) } → ω → D (pt 15, wait 60, ca 0.5, value-adding) → end.
 */
const deterministicBlock: TestStateSpec = {
  steps: [
    { ...start, laneId: 'sec' },
    { ...split('sigma'), laneId: 'sec' },
    { id: 'A', laneId: 'it', processTime: 10, waitTime: 30, completeAccurate: 0.9, valueType: 'value-adding' },
    { id: 'B', laneId: 'fac', processTime: 20, waitTime: 100, completeAccurate: 0.8 },
    { id: 'C', laneId: 'fac', processTime: 5 },
    { ...join('omega'), laneId: 'sec' },
    { id: 'D', laneId: 'sec', processTime: 15, waitTime: 60, completeAccurate: 0.5, valueType: 'value-adding' },
    { ...end, laneId: 'sec' },
  ],
  flows: [
    ['start', 'sigma'],
    ['sigma', 'A'],
    ['sigma', 'B'],
    ['A', 'omega'],
    ['B', 'C'],
    ['C', 'omega'],
    ['omega', 'D'],
    ['D', 'end'],
  ],
};

describe('a block with deterministic branches', () => {
  it('visits every branch once and the join once (not once per branch)', () => {
    expect(visitsOf(deterministicBlock)).toEqual({ start: 1, sigma: 1, A: 1, B: 1, C: 1, omega: 1, D: 1, end: 1 });
  });

  it('sums all work, but the lead time runs along the longest branch', () => {
    const { metrics } = analyse(deterministicBlock);
    // PT = 10 + 20 + 5 + 15 = 50; WT = 30 + 100 + 0 + 60 = 190 (every branch's work is done).
    expect(metrics?.processTimeMinutes).toBe(50);
    expect(metrics?.waitTimeMinutes).toBe(190);
    // E(A) = 30 + 10 = 40; E(B, C) = 100 + 20 + 5 = 125; E(block) = 0 + max(40, 125) + 0 = 125;
    // LT = 125 + e(D) = 125 + 60 + 15 = 200 (not PT + WT = 240).
    expect(metrics?.leadTimeMinutes).toBe(200);
    // Critical path: start, σ, B, C, ω, D, end: PT = 20 + 5 + 15 = 40; activity ratio 40 / 200 = 0.2.
    expect(metrics?.criticalPathProcessTimeMinutes).toBe(40);
    expect(metrics?.activityRatio).toBeCloseTo(0.2, 12);
    // PCE: value-adding work on the critical path is D's 15 (A is off it): 15 / 200 = 0.075.
    expect(metrics?.processCycleEfficiency).toBeCloseTo(0.075, 12);
    // Value-adding share counts all work: (10 + 15) / 50 = 0.5.
    expect(metrics?.valueAddingShare).toBeCloseTo(0.5, 12);
    // Handoffs over all branches: σ→A (sec→it), σ→B (sec→fac), A→ω (it→sec), C→ω (fac→sec) = 4.
    expect(metrics?.handoffsPerCase).toBe(4);
    // Annual effort: 1000 cases · 50 min / 60 = 833.33 h.
    expect(metrics?.annualEffortHours).toBeCloseTo(50000 / 60, 9);
  });

  it('rolls %C&A as the product over the branches', () => {
    // r(ω) = ca(ω)·r(D) = 1 · 0.5 = 0.5; r_ω(A) = 0.9 · 1; r_ω(B) = 0.8 · r_ω(C) = 0.8 · 1 · 1;
    // r(σ) = ca(σ) · 0.9 · 0.8 · r(ω) = 0.36 = r(start).
    expect(analyse(deterministicBlock).metrics?.rolledCompleteAccurate).toBeCloseTo(0.36, 12);
  });

  it('exposes the critical path and the block figures', () => {
    const analysis = analyse(deterministicBlock);
    expect(analysis.criticalPath).toEqual({
      stepIds: ['start', 'sigma', 'B', 'C', 'omega', 'D', 'end'],
      flowIds: ['f1', 'f3', 'f5', 'f6', 'f7', 'f8'],
    });
    expect(analysis.parallelBlocks).toEqual([
      {
        splitId: 'sigma',
        joinId: 'omega',
        elapsedMinutes: 125,
        branches: [
          { firstFlowId: 'f2', elapsedMinutes: 40, critical: false },
          { firstFlowId: 'f3', elapsedMinutes: 125, critical: true },
        ],
        onCriticalPath: true,
      },
    ]);
    // Every split flow is taken: effective probability 1.
    expect(analysis.flowProbabilities.f2).toBe(1);
    expect(analysis.flowProbabilities.f3).toBe(1);
  });

  it('ignores a probability given on a split flow, with a warning', () => {
    const withProbability: TestStateSpec = {
      ...deterministicBlock,
      flows: deterministicBlock.flows.map((flow) => (flow[0] === 'sigma' && flow[1] === 'A' ? ['sigma', 'A', { probability: 0.3 }] : flow)),
    };
    const analysis = analyse(withProbability);
    expect(analysis.metrics?.leadTimeMinutes).toBe(200);
    expect(analysis.diagnostics).toEqual([
      {
        level: 'warning',
        code: 'parallel-probabilities-ignored',
        message: 'Step "sigma" is a parallel split: a case takes all of its flows, so the probabilities given on them (30% together) are ignored.',
        stepIds: ['sigma'],
        flowIds: ['f2', 'f3'],
      },
    ]);
  });

  it('takes the branch whose first flow comes first when two branches tie', () => {
    const tie: TestStateSpec = {
      steps: [start, split('sigma'), { id: 'A', processTime: 10 }, { id: 'B', waitTime: 10 }, join('omega'), end],
      flows: [['start', 'sigma'], ['sigma', 'B'], ['sigma', 'A'], ['A', 'omega'], ['B', 'omega'], ['omega', 'end']],
    };
    const analysis = analyse(tie);
    // E(B) = 10 = E(A); B's flow f2 comes before A's f3, so B is critical: critical PT 0, LT 10.
    expect(analysis.criticalPath?.stepIds).toEqual(['start', 'sigma', 'B', 'omega', 'end']);
    expect(analysis.metrics?.leadTimeMinutes).toBe(10);
    expect(analysis.metrics?.criticalPathProcessTimeMinutes).toBe(0);
  });

  it('accepts an empty branch (the split straight to the join)', () => {
    const analysis = analyse({
      steps: [start, split('sigma'), { id: 'A', processTime: 10, completeAccurate: 0.5 }, join('omega'), end],
      flows: [['start', 'sigma'], ['sigma', 'omega'], ['sigma', 'A'], ['A', 'omega'], ['omega', 'end']],
    });
    // E(empty) = 0, E(A) = 10: LT = 10; r(σ) = 1 · 1 · 0.5 · r(ω) = 0.5.
    expect(analysis.metrics?.leadTimeMinutes).toBe(10);
    expect(analysis.metrics?.rolledCompleteAccurate).toBeCloseTo(0.5, 12);
    expect(analysis.steps.find((step) => step.id === 'omega')?.expectedVisits).toBe(1);
  });
});

describe('a branch with a rework loop inside', () => {
  // start → σ → { A (pt 10, wait 20, ca 0.9) → Q (decision, pt 2) → ω (0.8) or back to A (0.2, rework) ; B (pt 30, wait 30) } → ω → end.
  const spec: TestStateSpec = {
    steps: [
      start,
      split('sigma'),
      { id: 'A', processTime: 10, waitTime: 20, completeAccurate: 0.9 },
      { id: 'Q', type: 'decision', processTime: 2 },
      { id: 'B', processTime: 30, waitTime: 30 },
      join('omega'),
      end,
    ],
    flows: [
      ['start', 'sigma'],
      ['sigma', 'A'],
      ['sigma', 'B'],
      ['A', 'Q'],
      ['Q', 'omega', { probability: 0.8 }],
      ['Q', 'A', { probability: 0.2, rework: true }],
      ['B', 'omega'],
      ['omega', 'end'],
    ],
  };

  it('counts the loop inside its branch only', () => {
    // v(A) = v(Q) = 1 / 0.8 = 1.25; v(B) = v(ω) = 1.
    const visits = visitsOf(spec);
    expect(visits.A).toBeCloseTo(1.25, 12);
    expect(visits.Q).toBeCloseTo(1.25, 12);
    expect(visits.B).toBe(1);
    expect(visits.omega).toBeCloseTo(1, 12);
  });

  it('compares the branches with their loops included', () => {
    const { metrics, criticalPath } = analyse(spec);
    // E(A, Q) = 1.25 · (20 + 10) + 1.25 · 2 = 40; E(B) = 60: B is critical, LT = 60.
    expect(metrics?.leadTimeMinutes).toBeCloseTo(60, 12);
    expect(criticalPath?.stepIds).toEqual(['start', 'sigma', 'B', 'omega', 'end']);
    // PT = 1.25 · 10 + 1.25 · 2 + 30 = 45; WT = 1.25 · 20 + 30 = 55; critical PT = 30, ratio 0.5.
    expect(metrics?.processTimeMinutes).toBeCloseTo(45, 12);
    expect(metrics?.waitTimeMinutes).toBeCloseTo(55, 12);
    expect(metrics?.activityRatio).toBeCloseTo(0.5, 12);
  });

  it('rolls %C&A with the loop stopped at the join', () => {
    // r_ω(Q) = 1 · (0.8 · r_ω(ω) + rework 0) = 0.8; r_ω(A) = 0.9 · 0.8 = 0.72; r_ω(B) = 1;
    // r(σ) = 1 · 0.72 · 1 · r(ω) = 0.72 · 1 = 0.72.
    expect(analyse(spec).metrics?.rolledCompleteAccurate).toBeCloseTo(0.72, 12);
  });
});

describe('nested blocks', () => {
  // start → σ1 → { σ2 → { X (wait 10, pt 10) ; Y (wait 50, pt 10) } → ω2 → Z (pt 5) ; W (wait 40, pt 20) } → ω1 → end.
  const spec: TestStateSpec = {
    steps: [
      start,
      split('s1'),
      split('s2'),
      { id: 'X', waitTime: 10, processTime: 10 },
      { id: 'Y', waitTime: 50, processTime: 10, completeAccurate: 0.5 },
      join('j2'),
      { id: 'Z', processTime: 5 },
      { id: 'W', waitTime: 40, processTime: 20, completeAccurate: 0.9 },
      join('j1'),
      end,
    ],
    flows: [
      ['start', 's1'],
      ['s1', 's2'],
      ['s1', 'W'],
      ['s2', 'X'],
      ['s2', 'Y'],
      ['X', 'j2'],
      ['Y', 'j2'],
      ['j2', 'Z'],
      ['Z', 'j1'],
      ['W', 'j1'],
      ['j1', 'end'],
    ],
  };

  it('replaces a nested block by its elapsed time', () => {
    const analysis = analyse(spec);
    // Inner: E(X) = 20, E(Y) = 60 → E(B2) = 60. Outer: E(σ2…Z) = 60 + 5 = 65, E(W) = 60 → LT = 65.
    expect(analysis.metrics?.leadTimeMinutes).toBe(65);
    expect(analysis.criticalPath?.stepIds).toEqual(['start', 's1', 's2', 'Y', 'j2', 'Z', 'j1', 'end']);
    // Critical PT = 10 (Y) + 5 (Z) = 15; all PT = 10 + 10 + 5 + 20 = 45.
    expect(analysis.metrics?.criticalPathProcessTimeMinutes).toBe(15);
    expect(analysis.metrics?.processTimeMinutes).toBe(45);
    expect(visitsOf(spec)).toEqual({ start: 1, s1: 1, s2: 1, X: 1, Y: 1, j2: 1, Z: 1, W: 1, j1: 1, end: 1 });
    // r(σ2) = 1 · 1 · 0.5 · r_ω1(j2) = 0.5 · 1 · r_ω1(Z) = 0.5; r(σ1) = 0.5 · r_ω1(W) 0.9 · r(j1) 1 = 0.45.
    expect(analysis.metrics?.rolledCompleteAccurate).toBeCloseTo(0.45, 12);
    expect(analysis.parallelBlocks.map((block) => [block.splitId, block.elapsedMinutes, block.onCriticalPath])).toEqual([
      ['s1', 65, true],
      ['s2', 60, true],
    ]);
  });

  it('shortens the lead time only as far as a parallel branch allows', () => {
    const { context } = buildAnalysisContext(buildTestInput(spec));
    const parallel = context?.parallel;
    if (!parallel) throw new Error('expected blocks');
    const index = (id: string): number => spec.steps.findIndex((step) => step.id === id);
    // Y's wait of 50 gone: E(Y) 60 → 10, the inner block takes max(10, E(X) 20) = 20 (40 less);
    // the outer branch 65 → 25, but W takes 60: LT 65 → 60, a saving of 5.
    expect(leadTimeSavingMinutes(parallel.structure, parallel.elapsed, index('Y'), 50)).toBe(5);
    // W is not on the critical path: removing its wait saves nothing.
    expect(leadTimeSavingMinutes(parallel.structure, parallel.elapsed, index('W'), 40)).toBe(0);
    // X is on a shorter inner branch: nothing either.
    expect(leadTimeSavingMinutes(parallel.structure, parallel.elapsed, index('X'), 10)).toBe(0);
    // Z lies on the critical path with 5 minutes of slack against W: 5 of its 5 minutes count.
    expect(leadTimeSavingMinutes(parallel.structure, parallel.elapsed, index('Z'), 5)).toBe(5);
  });
});

describe('rework around a whole block', () => {
  // start → P (pt 5, wait 5) → σ → { A (pt 10, wait 10, ca 0.9) ; B (pt 30) } → ω → R (decision, pt 5) → end (0.5) or back to P (0.5, rework).
  const spec: TestStateSpec = {
    steps: [
      start,
      { id: 'P', processTime: 5, waitTime: 5 },
      split('sigma'),
      { id: 'A', processTime: 10, waitTime: 10, completeAccurate: 0.9 },
      { id: 'B', processTime: 30 },
      join('omega'),
      { id: 'R', type: 'decision', processTime: 5 },
      end,
    ],
    flows: [
      ['start', 'P'],
      ['P', 'sigma'],
      ['sigma', 'A'],
      ['sigma', 'B'],
      ['A', 'omega'],
      ['B', 'omega'],
      ['omega', 'R'],
      ['R', 'end', { probability: 0.5 }],
      ['R', 'P', { probability: 0.5, rework: true }],
    ],
  };

  it('repeats the whole block', () => {
    // v(P) = 1 + 0.5 · v(R), v(σ) = v(A) = v(B) = v(P), v(ω) = (v(A) + v(B)) / 2 = v(σ), v(R) = v(ω) → v(P) = 2.
    expect(visitsOf(spec)).toEqual({ start: 1, P: 2, sigma: 2, A: 2, B: 2, omega: 2, R: 2, end: 1 });
    const { metrics } = analyse(spec);
    // E(A) = 2 · 20 = 40, E(B) = 2 · 30 = 60; LT = e(P) 2 · 10 + 60 + e(R) 2 · 5 = 90.
    expect(metrics?.leadTimeMinutes).toBeCloseTo(90, 12);
    // PT = 2 · (5 + 10 + 30 + 5) = 100; WT = 2 · (5 + 10) = 30; critical PT = 2 · (5 + 30 + 5) = 80.
    expect(metrics?.processTimeMinutes).toBeCloseTo(100, 12);
    expect(metrics?.waitTimeMinutes).toBeCloseTo(30, 12);
    expect(metrics?.criticalPathProcessTimeMinutes).toBeCloseTo(80, 12);
    // Rework adds 0: r(R) = 0.5 · 1, r(ω) = 0.5, r(σ) = 0.9 · 1 · 0.5 = 0.45, r(P) = r(start) = 0.45.
    expect(metrics?.rolledCompleteAccurate).toBeCloseTo(0.45, 12);
  });
});

describe('badly structured blocks in the analysis', () => {
  it('is an error diagnostic naming the split and the flow, and leaves the numbers undefined', () => {
    const analysis = analyse({
      steps: [start, split('sigma'), { id: 'A', label: 'IT-account' }, { id: 'B' }, join('omega'), end],
      flows: [['start', 'sigma'], ['sigma', 'A'], ['sigma', 'B'], ['A', 'end'], ['B', 'omega'], ['omega', 'end']],
    });
    expect(analysis.metrics).toBeNull();
    expect(analysis.criticalPath).toBeNull();
    expect(analysis.diagnostics[0]).toEqual({
      level: 'error',
      code: 'parallel-block',
      message:
        'Flow f4 (from "IT-account" to "end"): it leads to an end step inside a branch of the parallel split "sigma" (sigma). A case can only end after all branches have come together at the join.',
      stepIds: ['sigma'],
      flowIds: ['f4'],
    });
  });

  it('warns about a parallel step that neither splits nor joins and counts it as a normal step', () => {
    const analysis = analyse({ steps: [start, { ...split('p'), processTime: 3 }, end], flows: [['start', 'p'], ['p', 'end']], language: 'nl' });
    expect(analysis.metrics?.leadTimeMinutes).toBe(3);
    expect(analysis.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['parallel-pass-through']);
  });
});
