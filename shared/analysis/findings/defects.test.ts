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
    // E's only way out is the rework flow, so the rework is taken away with its route: D → E goes
    // and its 0.25 goes to D → end. PT = 16·4/3 + 2·1/3 = 22 with it, 16 without: 6 min/case,
    // E's correction work included (cases never stop halfway at E).
    expect(finding?.impactMinutesPerCase).toBeCloseTo(6, 9);
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

  it('counts only the work the rework adds when the loop steps lie on the main path', () => {
    // start → Controleren (sec, 10) → Beoordelen (mgr, decision, 1) → end (p 0.5), or back via
    // Aanvullen (sec, 6; rework, p 0.5) → Controleren. v(C) = v(B) = 1/0.5 = 2, v(A) = 1.
    // PT = 10·2 + 1·2 + 6·1 = 28. Without the rework flow its 0.5 goes to the end: PT = 10 + 1 = 11.
    // The rework adds 28 − 11 = 17 min/case, not the whole loop (28: the mandatory first pass is no rework).
    // 1800 cases: 1800·17/60 = 510 h; cost 1800·(16 min × €40 + 1 min × €60)/60 = 19,200 + 1,800 = €21,000.
    const spec: TestMapSpec = {
      settings: { casesPerYear: 1800 },
      lanes: [{ id: 'sec', hourlyCost: 40 }, { id: 'mgr', hourlyCost: 60 }],
      steps: [
        { id: 'start', laneId: 'sec', type: 'start' },
        { id: 'C', laneId: 'sec', processTime: 10 },
        { id: 'B', laneId: 'mgr', processTime: 1, type: 'decision' },
        { id: 'A', laneId: 'sec', processTime: 6 },
        { id: 'end', laneId: 'mgr', type: 'end' },
      ],
      flows: [
        { id: 'f1', from: 'start', to: 'C' },
        { id: 'f2', from: 'C', to: 'B' },
        { id: 'f3', from: 'B', to: 'end', probability: 0.5 },
        { id: 'back', from: 'B', to: 'A', probability: 0.5, rework: true },
        { id: 'f4', from: 'A', to: 'C' },
      ],
      visits: { start: 1, C: 2, B: 2, A: 1, end: 1 },
    };
    const [finding] = findingsOfRule(spec, REWORK);
    expect(finding?.impactMinutesPerCase).toBeCloseTo(17, 9);
    expect(finding?.impactHoursPerYear).toBeCloseTo(510, 9);
    expect(finding?.impactCost).toBeCloseTo(21000, 6);
  });

  it('gives each of two overlapping loops exactly what it adds', () => {
    // start → A (10) → B (5) → C (decision, 1) → end (0.6), back to B (0.2, f1) or back to A (0.2, f2).
    // v(C) = v(B) = 5/3, v(A) = 4/3: PT = 10·4/3 + 5·5/3 + 1·5/3 = 23.33.
    // Without f1 (C → end 0.75, → A 0.25): v = 4/3 everywhere, PT = 16·4/3 = 21.33 → f1 adds 2.
    // Without f2 (C → end 0.75, → B 0.25): v(A) = 1, v(B) = v(C) = 4/3, PT = 10 + 6·4/3 = 18 → f2 adds 5.33.
    const spec: TestMapSpec = {
      lanes: [{ id: 'sec' }],
      steps: [
        { id: 'start', laneId: 'sec', type: 'start' },
        { id: 'A', laneId: 'sec', processTime: 10 },
        { id: 'B', laneId: 'sec', processTime: 5 },
        { id: 'C', laneId: 'sec', processTime: 1, type: 'decision' },
        { id: 'end', laneId: 'sec', type: 'end' },
      ],
      flows: [
        { id: 'f0', from: 'start', to: 'A' },
        { id: 'fa', from: 'A', to: 'B' },
        { id: 'fb', from: 'B', to: 'C' },
        { id: 'fe', from: 'C', to: 'end', probability: 0.6 },
        { id: 'f1', from: 'C', to: 'B', probability: 0.2, rework: true },
        { id: 'f2', from: 'C', to: 'A', probability: 0.2, rework: true },
      ],
      visits: { start: 1, A: 4 / 3, B: 5 / 3, C: 5 / 3, end: 1 },
    };
    const byFlow = new Map(findingsOfRule(spec, REWORK).map((finding) => [finding.flowIds[0], finding.impactMinutesPerCase]));
    expect(byFlow.get('f1')).toBeCloseTo(2, 9);
    expect(byFlow.get('f2')).toBeCloseTo(16 / 3, 9);
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
