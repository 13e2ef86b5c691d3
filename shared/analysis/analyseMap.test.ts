import { describe, expect, it } from 'vitest';
import { analyseMap, analyseState } from './analyseMap';
import { buildAnalysisContext } from './buildContext';
import { buildTestInput, buildTestMap, type TestStateSpec } from './testState';

const workedExample: TestStateSpec = {
  settings: { casesPerYear: 2400 },
  lanes: [{ id: 'sec', hourlyCost: 42 }, { id: 'mgr', hourlyCost: 60 }],
  steps: [
    { id: 'start', type: 'start', laneId: 'sec' },
    { id: 'A', label: 'Factuur registreren', laneId: 'sec', processTime: 10 },
    { id: 'B', label: 'Manager keurt goed', laneId: 'mgr', processTime: 5, waitTime: 120, completeAccurate: 0.8, activity: 'approval' },
    { id: 'D', type: 'decision', laneId: 'mgr', processTime: 1 },
    { id: 'end', type: 'end', laneId: 'mgr' },
  ],
  flows: [['start', 'A'], ['A', 'B'], ['B', 'D'], ['D', 'end', { probability: 0.75 }], ['D', 'A', { probability: 0.25, rework: true }]],
};

describe('analyseMap', () => {
  it('returns metrics, steps, lanes, findings and flow probabilities of the current state', () => {
    const analysis = analyseMap(buildTestMap(workedExample));
    expect(analysis.metrics?.leadTimeMinutes).toBeCloseTo(544 / 3, 10);
    expect(analysis.steps.map((step) => step.id)).toEqual(['start', 'A', 'B', 'D', 'end']);
    expect(analysis.steps[1]?.expectedVisits).toBeCloseTo(4 / 3, 12);
    expect(analysis.lanes.map((lane) => lane.id)).toEqual(['sec', 'mgr']);
    expect(analysis.flowProbabilities).toEqual({ f1: 1, f2: 1, f3: 1, f4: 0.75, f5: 0.25 });
    expect(analysis.diagnostics).toEqual([]);
    // The rework flow and B's 80 % C&A are defects; the findings engine words them.
    expect(analysis.findings.some((finding) => finding.category === 'defects')).toBe(true);
  });

  it('returns dismissed findings too: the UI filters them', () => {
    const map = buildTestMap(workedExample);
    const findings = analyseMap(map).findings;
    const dismissed = { ...map, dismissedFindings: findings.map((finding) => ({ findingId: finding.id, reason: '' })) };
    expect(analyseMap(dismissed).findings).toEqual(findings);
  });

  it('analyses a future state with the map settings and writes diagnostics in the map language', () => {
    const input = buildTestInput({ ...workedExample, language: 'nl', steps: [...workedExample.steps, { id: 'x', label: 'Vergeten' }] });
    const analysis = analyseState(input);
    expect(analysis.diagnostics.map((d) => d.message)).toEqual(['Stap "Vergeten" is vanaf de start niet bereikbaar; de stap krijgt 0 bezoeken.']);
    expect(analysis.metrics).toEqual(analyseMap(buildTestMap(workedExample)).metrics);
  });

  it('has no metrics and no findings when a loop has no exit', () => {
    const analysis = analyseMap(buildTestMap({
      steps: [{ id: 's', type: 'start' }, { id: 'a', wastes: ['waiting'] }, { id: 'b' }, { id: 'e', type: 'end' }],
      flows: [['s', 'a'], ['a', 'b'], ['b', 'a']],
    }));
    expect(analysis.metrics).toBeNull();
    expect(analysis.findings).toEqual([]);
    expect(analysis.diagnostics[0]?.code).toBe('loop-without-exit');
  });

  it('keeps a flow id such as "__proto__" as a plain key', () => {
    const analysis = analyseMap(buildTestMap({
      steps: [{ id: 's', type: 'start' }, { id: 'e', type: 'end' }],
      flows: [['s', 'e', { id: '__proto__' }]],
    }));
    expect(Object.keys(analysis.flowProbabilities)).toEqual(['__proto__']);
    expect(JSON.parse(JSON.stringify(analysis.flowProbabilities))).toEqual(JSON.parse('{"__proto__":1}'));
  });

  it('builds a context that addresses steps and flows by index', () => {
    const input = buildTestInput(workedExample);
    const { context } = buildAnalysisContext(input);
    if (!context) throw new Error('the worked example has a context');
    const { graph } = context;
    const { steps, flows } = input.state;
    const indexOf = (stepId: string): number => graph.stepIndexById.get(stepId) ?? -1;
    const row = (offsets: Int32Array, flowIndices: Int32Array, stepId: string): string[] =>
      Array.from(flowIndices.subarray(offsets[indexOf(stepId)], offsets[indexOf(stepId) + 1]), (f) => flows[f]?.id ?? '');
    expect(row(graph.outOffsets, graph.outFlows, 'D')).toEqual(['f4', 'f5']);
    expect(row(graph.inOffsets, graph.inFlows, 'A')).toEqual(['f1', 'f5']);
    expect(row(graph.outOffsets, graph.outFlows, 'end')).toEqual([]);
    expect(steps[indexOf('D')]?.id).toBe('D');
    expect(context.hourlyCostOf('mgr')).toBe(60);
    expect(context.hourlyCostOf('unknown')).toBe(45);
    expect(context.visits[indexOf('D')]).toBeCloseTo(4 / 3, 12);
    expect(context.probability[context.flowIndexById.get('f5') ?? -1]).toBe(0.25);
  });
});
