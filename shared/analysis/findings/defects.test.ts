import { describe, expect, it } from 'vitest';
import { type TestMapSpec, findingsOfRule, workedExample } from './testContext';

const LOW_CA = 'defects/low-complete-accurate';
const REWORK = 'defects/rework';

describe('defects: low %C&A', () => {
  it('fires below 0.9 with the defective share of the step’s work as impact', () => {
    // B: ca 0.8, pt 5, v 4/3 → 4/3·0.2·5 = 4/3 min/case; 1200·(4/3)/60 = 26.67 h;
    // cost 26.67 · €80 (mgr) = €2,133.33; share 1.33/21.33 = 6.25% of PT → medium.
    const [finding, ...rest] = findingsOfRule(workedExample(), LOW_CA);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: 'defects:low-complete-accurate:B', stepIds: ['B'], impactKind: 'person-hours', severity: 'medium' });
    expect(finding?.impactMinutesPerCase).toBeCloseTo(4 / 3, 9);
    expect(finding?.impactHoursPerYear).toBeCloseTo(80 / 3, 9);
    expect(finding?.impactCost).toBeCloseTo(6400 / 3, 9);
    expect(finding?.title).toBe('Errors or missing information from ‘B’: only 80% complete and accurate');
    expect(finding?.explanation).toContain('complete and accurate');
    expect(finding?.explanation).toContain('€2,133');
  });

  it('writes the Dutch text with Dutch formatting', () => {
    const [finding] = findingsOfRule(workedExample('nl'), LOW_CA);
    expect(finding?.title).toBe('Fouten of ontbrekende informatie uit ‘B’: maar 80% compleet en juist');
    expect(finding?.explanation).toContain('€\u00a02.133');
    expect(finding?.explanation).toContain('20%');
  });

  it('does not fire at exactly 0.9, at 1, or on an unreachable step', () => {
    const spec = workedExample();
    spec.steps = spec.steps.map((step) => (step.id === 'B' ? { ...step, completeAccurate: 0.9 } : step));
    spec.steps.push({ id: 'X', laneId: 'sec', completeAccurate: 0.1, processTime: 50 });
    expect(findingsOfRule(spec, LOW_CA)).toEqual([]);
  });
});

describe('defects: rework', () => {
  it('fires per rework flow with the work of the loop redone', () => {
    // f5 D→A taken v(D)·0.25 = 1/3 per case; loop A, B, D redone: 10 + 5 + 1 = 16 min per pass;
    // 16/3 = 5.33 min/case (= PT 21.33 − PT without rework 16). Hours 1200·(16/3)/60 = 106.67;
    // cost 20·(10/3·€42 + 6/3·€80) = 20·(140 + 160) = €6,000; 5.33/21.33 = 25% of PT → high.
    const [finding, ...rest] = findingsOfRule(workedExample(), REWORK);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: 'defects:rework:f5', stepIds: ['A', 'D'], flowIds: ['f5'], severity: 'high' });
    expect(finding?.impactMinutesPerCase).toBeCloseTo(16 / 3, 9);
    expect(finding?.impactHoursPerYear).toBeCloseTo(320 / 3, 9);
    expect(finding?.impactCost).toBeCloseTo(6000, 6);
    expect(finding?.title).toBe('Work sent back from ‘D’ to ‘A’ (25% of the time)');
    expect(finding?.explanation).toContain('‘A’, ‘B’ and ‘D’');
    expect(finding?.explanation).toContain('5.3 minutes');
    expect(finding?.explanation).toContain('€6,000');
  });

  it('leaves out "100% of the time" when the rework flow is the only way on', () => {
    // E → A is E's only flow: p = 1. The case passes E 0.25 times (D → E with p 0.25).
    const spec = workedExample();
    spec.steps.push({ id: 'E', laneId: 'sec', processTime: 2 });
    spec.flows = spec.flows.map((flow) => (flow.id === 'f5' ? { ...flow, to: 'E', rework: false } : flow));
    spec.flows.push({ id: 'f6', from: 'E', to: 'A', rework: true });
    spec.visits = { ...spec.visits, E: 1 / 3 };
    const [finding] = findingsOfRule(spec, REWORK);
    expect(finding?.title).toBe('Work sent back from ‘E’ to ‘A’');
    // Loop A, B, D, E: 1/3 · (10 + 5 + 1 + 2·(1/3)/(4/3)) = 1/3 · 16.5 = 5.5 min/case.
    expect(finding?.impactMinutesPerCase).toBeCloseTo(5.5, 9);
  });

  it('weights branches inside the loop by their visits', () => {
    // start → A (10) → B (4) → C (6, p 0.5) or E (0, p 0.5) → D (2) → end (0.8) / back to A (0.2).
    // v(A) = v(B) = v(D) = 1/0.8 = 1.25, v(C) = v(E) = 0.625. Passes 1.25·0.2 = 0.25;
    // per pass 10 + 4 + 6·0.625/1.25 + 0 + 2 = 19 → 4.75 min/case = 23.75 − 19 (PT with − without).
    const spec: TestMapSpec = {
      lanes: [{ id: 'sec' }],
      steps: [
        { id: 'start', laneId: 'sec', type: 'start' },
        { id: 'A', laneId: 'sec', processTime: 10 },
        { id: 'B', laneId: 'sec', processTime: 4, type: 'decision' },
        { id: 'C', laneId: 'sec', processTime: 6 },
        { id: 'E', laneId: 'sec' },
        { id: 'D', laneId: 'sec', processTime: 2, type: 'decision' },
        { id: 'end', laneId: 'sec', type: 'end' },
      ],
      flows: [
        { id: 'f1', from: 'start', to: 'A' },
        { id: 'f2', from: 'A', to: 'B' },
        { id: 'f3', from: 'B', to: 'C' },
        { id: 'f4', from: 'B', to: 'E' },
        { id: 'f5', from: 'C', to: 'D' },
        { id: 'f6', from: 'E', to: 'D' },
        { id: 'f7', from: 'D', to: 'end', probability: 0.8 },
        { id: 'back', from: 'D', to: 'A', probability: 0.2, rework: true },
      ],
      visits: { start: 1, A: 1.25, B: 1.25, C: 0.625, E: 0.625, D: 1.25, end: 1 },
    };
    const [finding] = findingsOfRule(spec, REWORK);
    expect(finding?.impactMinutesPerCase).toBeCloseTo(4.75, 9);
  });

  it('counts only the target step when a rework flow does not lead back (no loop)', () => {
    // D → F (rework, p 0.2), F → end: F cannot reach D. 1·0.2·7 = 1.4 min/case.
    const spec: TestMapSpec = {
      lanes: [{ id: 'sec' }],
      steps: [
        { id: 'start', laneId: 'sec', type: 'start' },
        { id: 'D', laneId: 'sec', type: 'decision', processTime: 1 },
        { id: 'F', laneId: 'sec', processTime: 7, label: 'Herstellen' },
        { id: 'end', laneId: 'sec', type: 'end' },
      ],
      flows: [
        { id: 'f1', from: 'start', to: 'D' },
        { id: 'f2', from: 'D', to: 'end', probability: 0.8 },
        { id: 'fix', from: 'D', to: 'F', probability: 0.2, rework: true },
        { id: 'f3', from: 'F', to: 'end' },
      ],
      visits: { start: 1, D: 1, F: 0.2, end: 1 },
    };
    const [finding] = findingsOfRule(spec, REWORK);
    expect(finding?.impactMinutesPerCase).toBeCloseTo(1.4, 9);
    expect(finding?.explanation).toContain('Each time, ‘Herstellen’ is done again');
  });

  it('does not fire without rework flows, or for a rework flow never taken', () => {
    const spec = workedExample();
    spec.flows = spec.flows.map((flow) => (flow.id === 'f5' ? { ...flow, rework: false } : flow));
    expect(findingsOfRule(spec, REWORK)).toEqual([]);
    const never = workedExample();
    never.flows = never.flows.map((flow) => (flow.id === 'f5' ? { ...flow, probability: 0 } : flow.id === 'f4' ? { ...flow, probability: 1 } : flow));
    never.visits = { start: 1, A: 1, B: 1, D: 1, end: 1 };
    expect(findingsOfRule(never, REWORK)).toEqual([]);
  });
});
