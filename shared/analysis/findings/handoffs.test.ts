import { describe, expect, it } from 'vitest';
import { type TestMapSpec, findingsOfRule, workedExample } from './testContext';

const PAIR = 'handoff/lane-pair';
const PING_PONG = 'handoff/ping-pong';

/** start → A (sec, wait 20) → B (mgr, wait 60) → end (p 0.7), or B → A (p 0.3, a question back). */
function questionBack(): TestMapSpec {
  return {
    lanes: [{ id: 'sec', name: 'Secretariat' }, { id: 'mgr', name: 'Manager' }],
    steps: [
      { id: 'start', laneId: 'sec', type: 'start' },
      { id: 'A', laneId: 'sec', processTime: 10, waitTime: 20 },
      { id: 'B', laneId: 'mgr', processTime: 5, waitTime: 60 },
      { id: 'end', laneId: 'mgr', type: 'end' },
    ],
    flows: [
      { id: 'f1', from: 'start', to: 'A' },
      { id: 'fAB', from: 'A', to: 'B' },
      { id: 'fBA', from: 'B', to: 'A', probability: 0.3 },
      { id: 'fEnd', from: 'B', to: 'end', probability: 0.7 },
    ],
    // v(A) = 1 + 0.3·v(B), v(B) = v(A) → v = 1/0.7 = 10/7.
    visits: { start: 1, A: 10 / 7, B: 10 / 7, end: 1 },
  };
}

describe('handoff: lane pair', () => {
  it('makes one finding per ordered lane pair, with handoffs per case and the receiving wait', () => {
    const findings = findingsOfRule(workedExample(), PAIR);
    expect(findings.map((finding) => finding.id)).toEqual(['handoff:lane-pair:sec>mgr', 'handoff:lane-pair:mgr>sec']);
    // sec→mgr: A→B, v(A)·1 = 4/3 handoffs; wait at B 4/3·120 = 160 min/case = 88% of LT 181.33;
    // 1200·160/60 = 3,200 case-hours.
    const [secToMgr, mgrToSec] = findings;
    expect(secToMgr).toMatchObject({ stepIds: ['A', 'B'], flowIds: ['f2'], impactKind: 'case-hours', impactCost: 0, severity: 'high' });
    expect(secToMgr?.impactMinutesPerCase).toBeCloseTo(160, 9);
    expect(secToMgr?.impactHoursPerYear).toBeCloseTo(3200, 9);
    expect(secToMgr?.title).toBe('Handoff from Secretariat to Manager (1.3 times per case)');
    expect(secToMgr?.explanation).toContain('‘A’ → ‘B’');
    expect(secToMgr?.explanation).toContain('2.7 hours');
    // mgr→sec: D→A, 4/3·0.25 = 1/3 handoffs; A has no wait → impact 0, low.
    expect(mgrToSec).toMatchObject({ stepIds: ['A', 'D'], flowIds: ['f5'], impactMinutesPerCase: 0, severity: 'low' });
    expect(mgrToSec?.title).toBe('Handoff from Manager to Secretariat (0.3 times per case)');
  });

  it('writes Dutch with Dutch numbers', () => {
    const [secToMgr] = findingsOfRule(workedExample('nl'), PAIR);
    expect(secToMgr?.title).toBe('Overdracht van Secretariaat naar Manager (1,3 keer per zaak)');
    expect(secToMgr?.explanation).toContain('2,7 uur');
    expect(secToMgr?.explanation).toContain('3.200 uur');
  });

  it('lists every flow of the pair', () => {
    // A (sec) branches to B (p 0.6, wait 100) and C (p 0.4, wait 50), both in mgr.
    // Handoffs 0.6 + 0.4 = 1; wait 0.6·100 + 0.4·50 = 80 min/case.
    const spec: TestMapSpec = {
      lanes: [{ id: 'sec' }, { id: 'mgr' }],
      steps: [
        { id: 'start', laneId: 'sec', type: 'start' },
        { id: 'A', laneId: 'sec', processTime: 5 },
        { id: 'B', laneId: 'mgr', waitTime: 100 },
        { id: 'C', laneId: 'mgr', waitTime: 50 },
        { id: 'end', laneId: 'mgr', type: 'end' },
      ],
      flows: [
        { id: 'f1', from: 'start', to: 'A' },
        { id: 'fAC', from: 'A', to: 'C', probability: 0.4 },
        { id: 'fAB', from: 'A', to: 'B', probability: 0.6 },
        { id: 'fB', from: 'B', to: 'end' },
        { id: 'fC', from: 'C', to: 'end' },
      ],
      visits: { start: 1, A: 1, B: 0.6, C: 0.4, end: 1 },
    };
    const findings = findingsOfRule(spec, PAIR);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ stepIds: ['A', 'B', 'C'], flowIds: ['fAB', 'fAC'], impactMinutesPerCase: 80 });
    expect(findings[0]?.title).toContain('(once per case)');
  });

  it('does not fire within one lane, from unreachable steps or on flows never taken', () => {
    const spec: TestMapSpec = {
      lanes: [{ id: 'sec' }, { id: 'mgr' }],
      steps: [
        { id: 'start', laneId: 'sec', type: 'start' },
        { id: 'A', laneId: 'sec', waitTime: 10 },
        { id: 'X', laneId: 'sec' },
        { id: 'Y', laneId: 'mgr' },
        { id: 'end', laneId: 'sec', type: 'end' },
      ],
      flows: [
        { id: 'f1', from: 'start', to: 'A' },
        { id: 'f2', from: 'A', to: 'end', probability: 1 },
        { id: 'never', from: 'A', to: 'Y', probability: 0 },
        { id: 'orphan', from: 'X', to: 'Y' },
        { id: 'fY', from: 'Y', to: 'end' },
      ],
      visits: { start: 1, A: 1, end: 1 },
    };
    expect(findingsOfRule(spec, PAIR)).toEqual([]);
    expect(findingsOfRule(spec, PING_PONG)).toEqual([]);
  });
});

describe('handoff: ping-pong', () => {
  it('fires once for a flow to another lane followed by a flow back', () => {
    // fAB then fBA, and fBA then fAB, are the same back-and-forth: reported once, out first.
    // Round trips = v(A)·p(fAB)·p(fBA) = 10/7·1·0.3 = 3/7; waits per trip 60 (B) + 20 (A) = 80;
    // impact 3/7·80 = 240/7 = 34.29 min/case; 1200·(240/7)/60 = 4800/7 = 685.7 case-hours.
    const findings = findingsOfRule(questionBack(), PING_PONG);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({ id: 'handoff:ping-pong:fAB>fBA', stepIds: ['A', 'B'], flowIds: ['fAB', 'fBA'], impactKind: 'case-hours' });
    expect(finding?.impactMinutesPerCase).toBeCloseTo(240 / 7, 9);
    expect(finding?.impactHoursPerYear).toBeCloseTo(4800 / 7, 9);
    expect(finding?.title).toBe('Back and forth between Secretariat and Manager at ‘B’');
    expect(finding?.explanation).toContain('0.4 times per case');
    expect(finding?.explanation).toContain('34.3 minutes');
    expect(finding?.explanation).toContain('686 hours');
  });

  it('lane pairs in both directions come with it', () => {
    // sec→mgr: 10/7 handoffs, wait 10/7·60 = 85.71; mgr→sec: 3/7 handoffs, wait 3/7·20 = 8.57.
    const findings = findingsOfRule(questionBack(), PAIR);
    expect(findings.map((finding) => finding.id)).toEqual(['handoff:lane-pair:sec>mgr', 'handoff:lane-pair:mgr>sec']);
    expect(findings[0]?.impactMinutesPerCase).toBeCloseTo(600 / 7, 9);
    expect(findings[1]?.impactMinutesPerCase).toBeCloseTo(60 / 7, 9);
  });

  it('reports a rework flow back followed by the flow out again', () => {
    // Worked example: D→A (mgr→sec, rework) then A→B (back to mgr). A→B then B→D stays in mgr,
    // so that order is none. Round trips v(D)·0.25·1 = 1/3; waits 0 (A) + 120 (B) → 40 min/case.
    const findings = findingsOfRule(workedExample(), PING_PONG);
    expect(findings.map((finding) => finding.id)).toEqual(['handoff:ping-pong:f5>f2']);
    expect(findings[0]?.impactMinutesPerCase).toBeCloseTo(40, 9);
  });

  it('does not fire when work comes back only after passing other steps', () => {
    // A (sec) → B (mgr) → C (mgr) → D (sec): back in sec, but not straight from B.
    const spec: TestMapSpec = {
      lanes: [{ id: 'sec' }, { id: 'mgr' }],
      steps: [
        { id: 'start', laneId: 'sec', type: 'start' },
        { id: 'A', laneId: 'sec' },
        { id: 'B', laneId: 'mgr', waitTime: 60 },
        { id: 'C', laneId: 'mgr' },
        { id: 'D', laneId: 'sec', waitTime: 60 },
        { id: 'end', laneId: 'sec', type: 'end' },
      ],
      flows: [
        { id: 'f1', from: 'start', to: 'A' },
        { id: 'f2', from: 'A', to: 'B' },
        { id: 'f3', from: 'B', to: 'C' },
        { id: 'f4', from: 'C', to: 'D' },
        { id: 'f5', from: 'D', to: 'end' },
      ],
      visits: { start: 1, A: 1, B: 1, C: 1, D: 1, end: 1 },
    };
    expect(findingsOfRule(spec, PING_PONG)).toEqual([]);
    expect(findingsOfRule(spec, PAIR).map((finding) => finding.id)).toEqual(['handoff:lane-pair:mgr>sec', 'handoff:lane-pair:sec>mgr']);
  });
});
