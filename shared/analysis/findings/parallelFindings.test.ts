import { describe, expect, it } from 'vitest';
import { analyseState } from '../analyseMap';
import { buildTestInput, type TestStateSpec } from '../testState';

/**
 * A new colleague: after the contract (hr) IT makes the account (wait 960, pt 30), facilities
 * set up the desk (wait 1440, pt 60) and order the access pass (wait 2400, pt 10), all at the
 * same time; then the welcome talk (wait 240, pt 45). 1,000 cases a year, 8-hour days.
 */
const onboarding: TestStateSpec = {
  lanes: [{ id: 'hr', hourlyCost: 55 }, { id: 'it', hourlyCost: 60 }, { id: 'fac', hourlyCost: 45 }],
  steps: [
    { id: 'start', type: 'start', laneId: 'hr' },
    { id: 'split', type: 'parallel', laneId: 'hr' },
    { id: 'account', laneId: 'it', waitTime: 960, processTime: 30 },
    { id: 'desk', laneId: 'fac', waitTime: 1440, processTime: 60 },
    { id: 'pass', laneId: 'fac', waitTime: 2400, processTime: 10 },
    { id: 'join', type: 'parallel', laneId: 'hr' },
    { id: 'welcome', laneId: 'hr', waitTime: 240, processTime: 45 },
    { id: 'end', type: 'end', laneId: 'hr' },
  ],
  flows: [
    ['start', 'split'],
    ['split', 'account'],
    ['split', 'desk'],
    ['split', 'pass'],
    ['account', 'join'],
    ['desk', 'join'],
    ['pass', 'join'],
    ['join', 'welcome'],
    ['welcome', 'end'],
  ],
};

describe('findings on a map with a parallel block', () => {
  const analysis = analyseState(buildTestInput(onboarding));
  const waiting = new Map(analysis.findings.filter((finding) => finding.rule === 'waiting/long-wait').map((finding) => [finding.stepIds[0], finding]));

  it('computes the lead time along the longest branch', () => {
    // E(account) = 990, E(desk) = 1500, E(pass) = 2410; LT = 2410 + 240 + 45 = 2695.
    expect(analysis.metrics?.leadTimeMinutes).toBe(2695);
  });

  it('says that a wait on a branch that is not critical does not shorten the lead time', () => {
    const account = waiting.get('account');
    // 960 ≥ one working day (480): flagged, but the pass branch takes longer, so the delay is 0.
    expect(account?.impactMinutesPerCase).toBe(0);
    expect(account?.impactHoursPerYear).toBe(0);
    expect(account?.explanation).toContain('shortening this wait does not shorten the lead time');
    expect(waiting.get('desk')?.impactMinutesPerCase).toBe(0);
  });

  it('counts only the part of a critical wait that the next-longest branch leaves', () => {
    const pass = waiting.get('pass');
    // Without its wait the pass branch takes 10, the desk branch 1500: LT falls by 2410 − 1500 = 910.
    expect(pass?.impactMinutesPerCase).toBe(910);
    // 1000 cases · 910 / 60 = 15,166.67 case-hours.
    expect(pass?.impactHoursPerYear).toBeCloseTo(910000 / 60, 9);
    expect(pass?.explanation).toContain('shortens the lead time by at most');
  });

  it('sums the handoffs over all branches', () => {
    // hr→it, hr→fac twice, it→hr, fac→hr twice: 6 flows between lanes, each once per case.
    expect(analysis.metrics?.handoffsPerCase).toBe(6);
    const pairs = analysis.findings.filter((finding) => finding.rule === 'handoff/lane-pair');
    expect(pairs.map((finding) => finding.flowIds.length).reduce((sum, count) => sum + count, 0)).toBe(6);
  });

  it('counts the delay of a handoff only as far as it delays the case', () => {
    const pair = analysis.findings.find((finding) => finding.id === 'handoff:lane-pair:hr>fac');
    // hr→fac: the desk's wait (1440) is off the critical path (0), the pass's wait saves 910.
    expect(pair?.impactMinutesPerCase).toBe(910);
    const toIt = analysis.findings.find((finding) => finding.id === 'handoff:lane-pair:hr>it');
    expect(toIt?.impactMinutesPerCase).toBe(0);
  });

  it('in Dutch too', () => {
    const dutch = analyseState(buildTestInput({ ...onboarding, language: 'nl' }));
    const account = dutch.findings.find((finding) => finding.id === 'waiting:long-wait:account');
    expect(account?.explanation).toContain('deze wachttijd korter maken maakt de doorlooptijd niet korter');
  });
});
