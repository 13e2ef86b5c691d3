import { describe, expect, it } from 'vitest';
import { buildAnalysisContext } from '../analysis/buildContext';
import { buildTestInput, type TestStateSpec } from '../analysis/testState';
import type { Metrics } from '../analysis/types';
import type { Effect, MapState } from '../model/types';
import { actionTargets, applyEffects, effectTargets } from './effects';

const start = { id: 'start', type: 'start' as const };
const end = { id: 'end', type: 'end' as const };

/** domain.md section 3: start(sec) → A(sec) → B(mgr) → D(mgr) → end (0.75) or rework to A (0.25). */
const workedExample: TestStateSpec = {
  settings: { casesPerYear: 2400, defaultHourlyCost: 45 },
  lanes: [{ id: 'sec', hourlyCost: 42 }, { id: 'mgr', hourlyCost: 60 }],
  steps: [
    { ...start, laneId: 'sec' },
    { id: 'A', laneId: 'sec', processTime: 10, valueType: 'value-adding', position: { x: 200, y: 50 } },
    { id: 'B', laneId: 'mgr', processTime: 5, waitTime: 120, completeAccurate: 0.8, position: { x: 400, y: 230 } },
    { id: 'D', type: 'decision', laneId: 'mgr', processTime: 1 },
    { ...end, laneId: 'mgr' },
  ],
  // f1 start→A, f2 A→B, f3 B→D, f4 D→end, f5 D→A (rework)
  flows: [['start', 'A'], ['A', 'B'], ['B', 'D'], ['D', 'end', { probability: 0.75, label: 'ja' }], ['D', 'A', { probability: 0.25, rework: true, label: 'nee' }]],
};

function stateOf(spec: TestStateSpec): MapState {
  return buildTestInput(spec).state;
}

interface Figures {
  metrics: Metrics;
  visits: Record<string, number>;
}

/** Analyses a state with the settings of `spec` (lanes, costs, cases per year). */
function analyse(spec: TestStateSpec, state: MapState): Figures {
  const input = buildTestInput(spec);
  const result = buildAnalysisContext({ ...input, state });
  if (!result.metrics) throw new Error(result.diagnostics.map((diagnostic) => diagnostic.message).join('; '));
  return { metrics: result.metrics, visits: Object.fromEntries(result.steps.map((step) => [step.id, step.expectedVisits])) };
}

function flowSummary(state: MapState): string[] {
  return state.flows.map((flow) => `${flow.id}:${flow.from}>${flow.to}${flow.probability === undefined ? '' : `@${flow.probability}`}${flow.rework ? ' rework' : ''}`);
}

function apply(spec: TestStateSpec, effects: Effect[]): MapState {
  const result = applyEffects(stateOf(spec), effects);
  expect(result.skipped).toEqual([]);
  return result.state;
}

describe('remove-step', () => {
  it('removes a step in the middle of a loop: the others keep their visits (worked example without B)', () => {
    const state = apply(workedExample, [{ type: 'remove-step', stepId: 'B' }]);
    // B had one exit, so the flow into it (f2) keeps its id and now runs A → D.
    expect(flowSummary(state)).toEqual(['f1:start>A', 'f2:A>D', 'f4:D>end@0.75', 'f5:D>A@0.25 rework']);
    const { metrics, visits } = analyse(workedExample, state);
    expect(visits.A).toBeCloseTo(4 / 3, 12);
    expect(visits.D).toBeCloseTo(4 / 3, 12);
    // PT = (10 + 1)·4/3 = 44/3; WT = 0 (B's 120 min queue is gone); handoffs A→D 4/3 + D→A 1/3 = 5/3;
    // rolled %C&A = 0.75 (B's 0.8 is gone).
    expect(metrics.processTimeMinutes).toBeCloseTo(44 / 3, 12);
    expect(metrics.waitTimeMinutes).toBe(0);
    expect(metrics.handoffsPerCase).toBeCloseTo(5 / 3, 12);
    expect(metrics.rolledCompleteAccurate).toBeCloseTo(0.75, 12);
  });

  it('removes the decision of a loop: its branches start at its predecessor with the same probabilities', () => {
    const state = apply(workedExample, [{ type: 'remove-step', stepId: 'D' }]);
    // D had one incoming flow (f3), so its exits keep their ids, labels and rework flags.
    expect(flowSummary(state)).toEqual(['f1:start>A', 'f2:A>B', 'f4:B>end@0.75', 'f5:B>A@0.25 rework']);
    expect(state.flows.map((flow) => flow.label)).toEqual(['', '', 'ja', 'nee']);
    const { metrics, visits } = analyse(workedExample, state);
    expect(visits.A).toBeCloseTo(4 / 3, 12);
    expect(visits.B).toBeCloseTo(4 / 3, 12);
    // PT = 15·4/3 = 20; WT = 160 unchanged; handoffs A→B 4/3 + B→A 1/3 = 5/3
    expect(metrics.processTimeMinutes).toBeCloseTo(20, 12);
    expect(metrics.waitTimeMinutes).toBeCloseTo(160, 12);
    expect(metrics.handoffsPerCase).toBeCloseTo(5 / 3, 12);
  });

  it('removes the entry of a loop: both incoming flows now enter at its successor', () => {
    const state = apply(workedExample, [{ type: 'remove-step', stepId: 'A' }]);
    expect(flowSummary(state)).toEqual(['f1:start>B', 'f3:B>D', 'f4:D>end@0.75', 'f5:D>B@0.25 rework']);
    const { metrics, visits } = analyse(workedExample, state);
    expect(visits.B).toBeCloseTo(4 / 3, 12);
    expect(visits.D).toBeCloseTo(4 / 3, 12);
    // PT = 6·4/3 = 8; handoffs: start(sec)→B(mgr) 1, nothing else crosses lanes.
    expect(metrics.processTimeMinutes).toBeCloseTo(8, 12);
    expect(metrics.handoffsPerCase).toBeCloseTo(1, 12);
  });

  it('removes a step in one branch: the branch flow merges with its twin and the probabilities add up', () => {
    const spec: TestStateSpec = {
      steps: [start, { id: 'X', type: 'decision' }, { id: 'Y', processTime: 6 }, { id: 'Z', processTime: 2 }, end],
      flows: [['start', 'X'], ['X', 'Y', { probability: 0.3 }], ['X', 'Z', { probability: 0.7 }], ['Y', 'Z'], ['Z', 'end']],
    };
    const state = apply(spec, [{ type: 'remove-step', stepId: 'Y' }]);
    // X → Z now carries 0.3 + 0.7 = 1: one flow, so no probability written.
    expect(flowSummary(state)).toEqual(['f1:start>X', 'f3:X>Z', 'f5:Z>end']);
    expect(analyse(spec, state).visits.Z).toBeCloseTo(1, 12);
  });

  it('keeps the shares of flows without a probability by writing them out', () => {
    // X → a, X → b without probabilities (0.5 each); a → c, a → d without (0.5 each).
    const spec: TestStateSpec = {
      steps: [start, { id: 'X', type: 'decision' }, { id: 'a' }, { id: 'b' }, { id: 'c', processTime: 4 }, { id: 'd', processTime: 8 }, end],
      flows: [['start', 'X'], ['X', 'a'], ['X', 'b'], ['a', 'c'], ['a', 'd'], ['b', 'end'], ['c', 'end'], ['d', 'end']],
    };
    const before = analyse(spec, stateOf(spec));
    const state = apply(spec, [{ type: 'remove-step', stepId: 'a' }]);
    // a had one incoming flow: its exits f4, f5 keep their ids and now start at X with 0.5·0.5.
    expect(flowSummary(state)).toEqual(['f1:start>X', 'f4:X>c@0.25', 'f5:X>d@0.25', 'f3:X>b@0.5', 'f6:b>end', 'f7:c>end', 'f8:d>end']);
    const after = analyse(spec, state);
    for (const stepId of ['X', 'b', 'c', 'd', 'end']) expect(after.visits[stepId]).toBeCloseTo(before.visits[stepId] ?? NaN, 12);
    // PT = 0.25·4 + 0.25·8 = 3, as before (a had no process time)
    expect(after.metrics.processTimeMinutes).toBeCloseTo(3, 12);
  });

  it('names bypasses of a step with several inputs and outputs after both flows, and marks rework', () => {
    // p → s and q → s; s → end (0.6) and s → p (0.4, rework); q is reached from p half the time.
    const spec: TestStateSpec = {
      steps: [start, { id: 'p', type: 'decision', processTime: 1 }, { id: 'q', processTime: 2 }, { id: 's', processTime: 3 }, end],
      flows: [['start', 'p'], ['p', 's'], ['p', 'q'], ['q', 's'], ['s', 'end', { probability: 0.6 }], ['s', 'p', { probability: 0.4, rework: true }]],
    };
    const before = analyse(spec, stateOf(spec));
    const state = apply(spec, [{ type: 'remove-step', stepId: 's' }]);
    // p → s (0.5) becomes p → end 0.3 and p → p 0.2 (a self-loop, rework); p → q keeps 0.5.
    // q → s (1) becomes q → end 0.6 and q → p 0.4 (rework).
    expect(flowSummary(state)).toEqual(['f1:start>p', 'f2-f5:p>end@0.3', 'f2-f6:p>p@0.2 rework', 'f3:p>q@0.5', 'f4-f5:q>end@0.6', 'f4-f6:q>p@0.4 rework']);
    const after = analyse(spec, state);
    expect(after.visits.p).toBeCloseTo(before.visits.p ?? NaN, 12);
    expect(after.visits.q).toBeCloseTo(before.visits.q ?? NaN, 12);
    expect(after.visits.end).toBeCloseTo(1, 12);
  });

  it('drops the self-loop of the removed step and rescales its other exits', () => {
    // s repeats itself 20% of the time, then goes to a (0.6) or b (0.2): a 0.75, b 0.25 once it leaves.
    const spec: TestStateSpec = {
      steps: [start, { id: 's', type: 'decision' }, { id: 'a' }, { id: 'b' }, end],
      flows: [['start', 's'], ['s', 's', { probability: 0.2 }], ['s', 'a', { probability: 0.6 }], ['s', 'b', { probability: 0.2 }], ['a', 'end'], ['b', 'end']],
    };
    const state = apply(spec, [{ type: 'remove-step', stepId: 's' }]);
    expect(flowSummary(state)).toEqual(['f3:start>a@0.75', 'f4:start>b@0.25', 'f5:a>end', 'f6:b>end']);
  });

  it('keeps a loop exact when a removed step led straight back (u → s → u becomes a self-loop of u)', () => {
    // start → a → b; b → a (0.5, rework) or end. v(a) = v(b) = 2.
    const spec: TestStateSpec = {
      steps: [start, { id: 'a', processTime: 1 }, { id: 'b', processTime: 1 }, end],
      flows: [['start', 'a'], ['a', 'b'], ['b', 'a', { probability: 0.5, rework: true }], ['b', 'end', { probability: 0.5 }]],
    };
    const state = apply(spec, [{ type: 'remove-step', stepId: 'a' }]);
    expect(flowSummary(state)).toEqual(['f1:start>b', 'f3:b>b@0.5 rework', 'f4:b>end@0.5']);
    expect(analyse(spec, state).visits.b).toBeCloseTo(2, 12);
  });

  it('skips the start, an end and unknown steps, and still applies the rest', () => {
    const result = applyEffects(stateOf(workedExample), [
      { type: 'remove-step', stepId: 'start' },
      { type: 'remove-step', stepId: 'end' },
      { type: 'remove-step', stepId: 'gone' },
      { type: 'set-wait-time', stepId: 'B', minutes: 30 },
    ]);
    expect(result.skipped.map((skipped) => skipped.reason)).toEqual(['terminal-step', 'terminal-step', 'unknown-step']);
    expect(result.state.steps.find((step) => step.id === 'B')?.waitTime).toBe(30);
  });

  it('leaves its input untouched', () => {
    const state = stateOf(workedExample);
    const copy = structuredClone(state);
    applyEffects(state, [{ type: 'remove-step', stepId: 'B' }, { type: 'merge-steps', stepIds: ['A', 'D'] }, { type: 'remove-flow', flowId: 'f5' }]);
    expect(state).toEqual(copy);
  });
});

describe('merge-steps', () => {
  it('merges two consecutive steps into the first: labels joined, times summed, %C&A multiplied, wait of the first', () => {
    const state = apply(workedExample, [{ type: 'merge-steps', stepIds: ['A', 'B'] }]);
    expect(state.steps.map((step) => step.id)).toEqual(['start', 'A', 'D', 'end']);
    expect(state.steps[1]).toMatchObject({ label: 'A + B', laneId: 'sec', processTime: 15, waitTime: 0, completeAccurate: 0.8 });
    expect(flowSummary(state)).toEqual(['f1:start>A', 'f2:A>D', 'f4:D>end@0.75', 'f5:D>A@0.25 rework']);
    const { metrics } = analyse(workedExample, state);
    // PT = (15 + 1)·4/3 = 64/3 as before; WT = 0 (B's queue is gone); handoffs A→D 4/3 + D→A 1/3.
    expect(metrics.processTimeMinutes).toBeCloseTo(64 / 3, 12);
    expect(metrics.waitTimeMinutes).toBe(0);
    expect(metrics.handoffsPerCase).toBeCloseTo(5 / 3, 12);
    // A + B at the secretariat's rate: 2400·(15·4/3)/60 = 800 h · €42 = 33,600; D stays with the
    // manager: 2400·(4/3)/60 = 53.33 h · €60 = 3,200; together 36,800 (was 41,600).
    expect(metrics.annualCost).toBeCloseTo(36800, 6);
  });

  it('merges an earlier step into a later one where the later one stands', () => {
    const state = apply(workedExample, [{ type: 'merge-steps', stepIds: ['B', 'A'] }]);
    expect(state.steps.find((step) => step.id === 'B')).toMatchObject({ label: 'B + A', laneId: 'mgr', processTime: 15, waitTime: 120 });
    expect(flowSummary(state)).toEqual(['f1:start>B', 'f3:B>D', 'f4:D>end@0.75', 'f5:D>B@0.25 rework']);
    const { metrics } = analyse(workedExample, state);
    // handoffs: only start(sec) → B(mgr) remains
    expect(metrics.handoffsPerCase).toBeCloseTo(1, 12);
    expect(metrics.waitTimeMinutes).toBeCloseTo(160, 12);
  });

  it('joins notes and waste tags', () => {
    const spec: TestStateSpec = {
      steps: [start, { id: 'a', note: 'eerst', wastes: ['motion'] }, { id: 'b', note: 'dan', wastes: ['motion', 'defects'] }, end],
      flows: [['start', 'a'], ['a', 'b'], ['b', 'end']],
    };
    const merged = apply(spec, [{ type: 'merge-steps', stepIds: ['a', 'b'] }]).steps[1];
    expect(merged).toMatchObject({ note: 'eerst\ndan', wastes: ['motion', 'defects'] });
  });

  it('skips a merge naming an end, the same step twice or an unknown step, without changing anything', () => {
    const state = stateOf(workedExample);
    const result = applyEffects(state, [
      { type: 'merge-steps', stepIds: ['A', 'end'] },
      { type: 'merge-steps', stepIds: ['A', 'A'] },
      { type: 'merge-steps', stepIds: ['A', 'nope'] },
    ]);
    expect(result.skipped.map((skipped) => skipped.reason)).toEqual(['terminal-step', 'repeated-step', 'unknown-step']);
    expect(result.state).toEqual(state);
  });
});

describe('move-to-lane', () => {
  it('moves a step to another lane and its position one band along', () => {
    const state = apply(workedExample, [{ type: 'move-to-lane', stepId: 'B', laneId: 'sec' }]);
    expect(state.steps.find((step) => step.id === 'B')).toMatchObject({ laneId: 'sec', position: { x: 400, y: 50 } });
    const { metrics } = analyse(workedExample, state);
    // handoffs: B(sec)→D(mgr) 4/3 + D(mgr)→A(sec) 1/3 = 5/3; cost: B's 2400·(4/3·5)/60 = 266.67 h
    // move from €60 to €42: 41,600 − 266.67·18 = 36,800
    expect(metrics.handoffsPerCase).toBeCloseTo(5 / 3, 12);
    expect(metrics.annualCost).toBeCloseTo(36800, 6);
  });

  it('skips an unknown lane', () => {
    const result = applyEffects(stateOf(workedExample), [{ type: 'move-to-lane', stepId: 'B', laneId: 'dir' }]);
    expect(result.skipped).toEqual([{ effect: { type: 'move-to-lane', stepId: 'B', laneId: 'dir' }, reason: 'unknown-lane' }]);
  });
});

describe('set-process-time, set-wait-time, set-complete-accurate, set-medium', () => {
  it('sets the field', () => {
    const state = apply(workedExample, [
      { type: 'set-process-time', stepId: 'A', minutes: 4 },
      { type: 'set-wait-time', stepId: 'B', minutes: 30 },
      { type: 'set-complete-accurate', stepId: 'B', value: 1 },
      { type: 'set-medium', flowId: 'f2', medium: 'system' },
    ]);
    const { metrics } = analyse(workedExample, state);
    // PT = (4 + 5 + 1)·4/3 = 40/3; WT = 30·4/3 = 40; rolled %C&A = 0.75
    expect(metrics.processTimeMinutes).toBeCloseTo(40 / 3, 12);
    expect(metrics.waitTimeMinutes).toBeCloseTo(40, 12);
    expect(metrics.rolledCompleteAccurate).toBeCloseTo(0.75, 12);
    expect(state.flows[1]?.medium).toBe('system');
  });

  it('skips values out of range and unknown targets', () => {
    const result = applyEffects(stateOf(workedExample), [
      { type: 'set-process-time', stepId: 'A', minutes: -1 },
      { type: 'set-wait-time', stepId: 'A', minutes: Number.NaN },
      { type: 'set-complete-accurate', stepId: 'A', value: 1.2 },
      { type: 'set-medium', flowId: 'f9', medium: 'email' },
      { type: 'set-process-time', stepId: 'Q', minutes: 1 },
    ]);
    expect(result.skipped.map((skipped) => skipped.reason)).toEqual(['invalid-value', 'invalid-value', 'invalid-value', 'unknown-flow', 'unknown-step']);
  });
});

describe('remove-flow', () => {
  it('removes the rework flow: the decision sends every case on, and nothing is visited twice', () => {
    const state = apply(workedExample, [{ type: 'remove-flow', flowId: 'f5' }]);
    expect(flowSummary(state)).toEqual(['f1:start>A', 'f2:A>B', 'f3:B>D', 'f4:D>end']);
    const { metrics } = analyse(workedExample, state);
    // PT = 16, WT = 120, handoffs 1, rolled %C&A 0.8
    expect(metrics).toMatchObject({ processTimeMinutes: 16, waitTimeMinutes: 120, handoffsPerCase: 1 });
    expect(metrics.rolledCompleteAccurate).toBeCloseTo(0.8, 12);
  });

  it('rescales the remaining flows of the step to keep their relative chances', () => {
    const spec: TestStateSpec = {
      steps: [start, { id: 'X', type: 'decision' }, { id: 'a' }, { id: 'b' }, { id: 'c' }, end],
      flows: [['start', 'X'], ['X', 'a', { probability: 0.5 }], ['X', 'b'], ['X', 'c'], ['a', 'end'], ['b', 'end'], ['c', 'end']],
    };
    // b and c share 0.5 (0.25 each); without a they get 0.5 each.
    const state = apply(spec, [{ type: 'remove-flow', flowId: 'f2' }]);
    expect(flowSummary(state).slice(1, 3)).toEqual(['f3:X>b@0.5', 'f4:X>c@0.5']);
  });

  it('refuses to remove a step’s only way out, or the last exit of a loop', () => {
    const result = applyEffects(stateOf(workedExample), [
      { type: 'remove-flow', flowId: 'f3' },
      { type: 'remove-flow', flowId: 'f4' },
      { type: 'remove-flow', flowId: 'f99' },
    ]);
    expect(result.skipped.map((skipped) => skipped.reason)).toEqual(['only-exit', 'no-way-out', 'unknown-flow']);
  });
});

describe('set-probability', () => {
  it('sets a flow’s probability and scales the step’s other flows to keep the sum', () => {
    // D → A (rework) 0.25 → 0.1; D → end takes the rest: 0.75 · (1 − 0.1)/(1 − 0.25) = 0.9.
    // v(A) = v(B) = v(D) = 1/0.9: PT = 16/0.9 = 17.78, WT = 120/0.9 = 133.33.
    const state = apply(workedExample, [{ type: 'set-probability', flowId: 'f5', probability: 0.1 }]);
    expect(flowSummary(state).slice(3)).toEqual(['f4:D>end@0.9', 'f5:D>A@0.1 rework']);
    const { metrics } = analyse(workedExample, state);
    expect(metrics.processTimeMinutes).toBeCloseTo(16 / 0.9, 12);
    expect(metrics.waitTimeMinutes).toBeCloseTo(120 / 0.9, 12);
  });

  it('keeps the relative chances of several other flows, and writes every share out', () => {
    // X → a 0.5, b and c share the rest (0.25 each). a → 0.2: b and c get 0.25 · 0.8/0.5 = 0.4 each.
    const spec: TestStateSpec = {
      steps: [start, { id: 'X', type: 'decision' }, { id: 'a' }, { id: 'b' }, { id: 'c' }, end],
      flows: [['start', 'X'], ['X', 'a', { probability: 0.5 }], ['X', 'b'], ['X', 'c'], ['a', 'end'], ['b', 'end'], ['c', 'end']],
    };
    const state = apply(spec, [{ type: 'set-probability', flowId: 'f2', probability: 0.2 }]);
    expect(flowSummary(state).slice(1, 4)).toEqual(['f2:X>a@0.2', 'f3:X>b@0.4', 'f4:X>c@0.4']);
  });

  it('shares the rest equally when the flow carried every case', () => {
    const spec: TestStateSpec = {
      steps: [start, { id: 'X', type: 'decision' }, { id: 'a' }, { id: 'b' }, end],
      flows: [['start', 'X'], ['X', 'a', { probability: 1 }], ['X', 'b', { probability: 0 }], ['a', 'end'], ['b', 'end']],
    };
    const state = apply(spec, [{ type: 'set-probability', flowId: 'f2', probability: 0.6 }]);
    expect(flowSummary(state).slice(1, 3)).toEqual(['f2:X>a@0.6', 'f3:X>b@0.4']);
  });

  it('refuses a value outside 0..1, a step’s only flow, and a share after which cases never finish', () => {
    const result = applyEffects(stateOf(workedExample), [
      { type: 'set-probability', flowId: 'f5', probability: 1.5 },
      { type: 'set-probability', flowId: 'f3', probability: 0.5 },
      { type: 'set-probability', flowId: 'f5', probability: 1 },
      { type: 'set-probability', flowId: 'f99', probability: 0.5 },
    ]);
    expect(result.skipped.map((skipped) => skipped.reason)).toEqual(['invalid-value', 'only-exit', 'no-way-out', 'unknown-flow']);
    expect(result.state.flows).toEqual(stateOf(workedExample).flows);
  });
});

describe('set-batch-interval', () => {
  it('sets or clears the interval at which a step’s work is collected', () => {
    const batched = { ...workedExample, steps: workedExample.steps.map((step) => (step.id === 'B' ? { ...step, batchInterval: 2400 } : step)) };
    const daily = apply(batched, [{ type: 'set-batch-interval', stepId: 'B', minutes: 480 }]);
    expect(daily.steps.find((step) => step.id === 'B')?.batchInterval).toBe(480);
    const none = apply(batched, [{ type: 'set-batch-interval', stepId: 'B', minutes: null }]);
    expect(none.steps.find((step) => step.id === 'B')).not.toHaveProperty('batchInterval');
  });

  it('refuses an interval of 0 or less and unknown steps', () => {
    const result = applyEffects(stateOf(workedExample), [
      { type: 'set-batch-interval', stepId: 'B', minutes: 0 },
      { type: 'set-batch-interval', stepId: 's99', minutes: 480 },
    ]);
    expect(result.skipped.map((skipped) => skipped.reason)).toEqual(['invalid-value', 'unknown-step']);
  });
});

describe('effectTargets', () => {
  it('names the steps, flows and lanes an effect acts on', () => {
    expect(effectTargets({ type: 'merge-steps', stepIds: ['a', 'b'] })).toEqual({ stepIds: ['a', 'b'], flowIds: [], laneIds: [] });
    expect(effectTargets({ type: 'move-to-lane', stepId: 'a', laneId: 'x' })).toEqual({ stepIds: ['a'], flowIds: [], laneIds: ['x'] });
    expect(effectTargets({ type: 'set-medium', flowId: 'f', medium: 'email' })).toEqual({ stepIds: [], flowIds: ['f'], laneIds: [] });
    expect(effectTargets({ type: 'set-wait-time', stepId: 's', minutes: 0 })).toEqual({ stepIds: ['s'], flowIds: [], laneIds: [] });
    expect(effectTargets({ type: 'set-probability', flowId: 'f', probability: 0.5 })).toEqual({ stepIds: [], flowIds: ['f'], laneIds: [] });
    expect(effectTargets({ type: 'set-batch-interval', stepId: 's', minutes: null })).toEqual({ stepIds: ['s'], flowIds: [], laneIds: [] });
  });

  it('collects an action’s targets once each', () => {
    const effects: Effect[] = [
      { type: 'move-to-lane', stepId: 's5', laneId: 'sec' },
      { type: 'move-to-lane', stepId: 's6', laneId: 'sec' },
      { type: 'set-wait-time', stepId: 's5', minutes: 0 },
      { type: 'set-medium', flowId: 'f4', medium: 'email' },
    ];
    expect(actionTargets({ effects })).toEqual({ stepIds: ['s5', 's6'], flowIds: ['f4'], laneIds: ['sec'] });
  });
});

describe('effects inside parallel blocks (domain.md section 7)', () => {
  // start → σ → { A (pt 10) ; B (decision, pt 5) → C (pt 20) or D (pt 30) ; E (wait 60) → F (pt 5) } → ω → end.
  const block: TestStateSpec = {
    steps: [
      start,
      { id: 'sigma', type: 'parallel' },
      { id: 'A', processTime: 10 },
      { id: 'B', type: 'decision', processTime: 5 },
      { id: 'C', processTime: 20 },
      { id: 'D', processTime: 30 },
      { id: 'E', waitTime: 60 },
      { id: 'F', processTime: 5 },
      { id: 'omega', type: 'parallel' },
      end,
    ],
    // f1 start→σ, f2 σ→A, f3 σ→B, f4 σ→E, f5 A→ω, f6 B→C, f7 B→D, f8 C→ω, f9 D→ω, f10 E→F, f11 F→ω, f12 ω→end
    flows: [
      ['start', 'sigma'], ['sigma', 'A'], ['sigma', 'B'], ['sigma', 'E'], ['A', 'omega'], ['B', 'C', { probability: 0.5 }], ['B', 'D', { probability: 0.5 }],
      ['C', 'omega'], ['D', 'omega'], ['E', 'F'], ['F', 'omega'], ['omega', 'end'],
    ],
  };

  it('removing the only step of a branch leaves an empty branch, without probabilities on the split', () => {
    const state = apply(block, [{ type: 'remove-step', stepId: 'A' }]);
    // A had one exit: its incoming flow f2 keeps its id and now runs σ → ω.
    expect(flowSummary(state).slice(0, 4)).toEqual(['f1:start>sigma', 'f2:sigma>omega', 'f3:sigma>B', 'f4:sigma>E']);
    // Branches: empty 0; B: 5 + 0.5·20 + 0.5·30 = 30; E, F: 60 + 5 = 65 → LT = 65.
    expect(analyse(block, state).metrics.leadTimeMinutes).toBe(65);
  });

  it('removing a step in the middle of a branch keeps the lead time logic', () => {
    const state = apply(block, [{ type: 'remove-step', stepId: 'E' }]);
    // Branch E, F becomes F alone: 5; the decision branch (30) is now the longest: LT = 30.
    expect(analyse(block, state).metrics.leadTimeMinutes).toBe(30);
  });

  it('skips removing a decision that starts a branch: its choices would run in parallel', () => {
    const result = applyEffects(stateOf(block), [{ type: 'remove-step', stepId: 'B' }]);
    expect(result.skipped.map((skipped) => skipped.reason)).toEqual(['parallel-block']);
    expect(result.state.flows.filter((flow) => flow.from === 'sigma')).toHaveLength(3);
  });

  it('skips removing or merging a split or a join, and removing a branch flow', () => {
    const result = applyEffects(stateOf(block), [
      { type: 'remove-step', stepId: 'sigma' },
      { type: 'merge-steps', stepIds: ['F', 'omega'] },
      { type: 'remove-flow', flowId: 'f2' },
    ]);
    expect(result.skipped.map((skipped) => skipped.reason)).toEqual(['parallel-block', 'parallel-block', 'parallel-block']);
    expect(result.state).toEqual(stateOf(block));
  });

  it('merges two steps of different branches: the work moves into one branch, the block stays valid', () => {
    const state = apply(block, [{ type: 'merge-steps', stepIds: ['A', 'F'] }]);
    // A absorbs F (pt 10 + 5 = 15); F's branch becomes E alone (60). LT = max(15, 30, 60) = 60.
    expect(analyse(block, state).metrics.leadTimeMinutes).toBe(60);
    expect(analyse(block, state).metrics.processTimeMinutes).toBe(15 + 5 + 0.5 * 20 + 0.5 * 30);
  });
});
