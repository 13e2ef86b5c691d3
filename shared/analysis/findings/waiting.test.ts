import { describe, expect, it } from 'vitest';
import { type TestMapSpec, findingsOfRule } from './testContext';

const RULE = 'waiting/long-wait';

/** start → A (sec) → B (mgr) → end; every step visited once; 1,200 cases a year, 8 h/day. */
function chain(b: { waitTime: number; processTime?: number; visits?: number }, a = { processTime: 10, waitTime: 30 }): TestMapSpec {
  return {
    lanes: [{ id: 'sec', name: 'Secretariat' }, { id: 'mgr', name: 'Manager' }],
    steps: [
      { id: 'start', laneId: 'sec', type: 'start' },
      { id: 'A', laneId: 'sec', ...a },
      { id: 'B', laneId: 'mgr', processTime: b.processTime ?? 20, waitTime: b.waitTime },
      { id: 'end', laneId: 'mgr', type: 'end' },
    ],
    flows: [
      { id: 'f1', from: 'start', to: 'A' },
      { id: 'f2', from: 'A', to: 'B' },
      { id: 'f3', from: 'B', to: 'end' },
    ],
    visits: { start: 1, A: 1, B: b.visits ?? 1, end: 1 },
  };
}

describe('waiting: long wait', () => {
  it('fires for a wait of exactly one working day, with delay as impact', () => {
    // LT = 10 + 30 + 20 + 480 = 540; B waits 480 = 60·8 → fires; share 480/540 = 88.9%.
    // Impact 1·480 = 480 min/case; 1200·480/60 = 9,600 case-hours; no cost.
    const [finding, ...rest] = findingsOfRule(chain({ waitTime: 480 }), RULE);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({
      id: 'waiting:long-wait:B',
      category: 'waiting',
      severity: 'high',
      stepIds: ['B'],
      flowIds: [],
      impactMinutesPerCase: 480,
      impactHoursPerYear: 9600,
      impactKind: 'case-hours',
      impactCost: 0,
    });
    expect(finding?.title).toBe('Long wait before ‘B’: 1 working day');
    expect(finding?.explanation).toContain('89%');
    expect(finding?.explanation).toContain('9,600 hours');
  });

  it('fires on one working day even when the share of the lead time is small', () => {
    // A does 3,000 min of work: LT = 3000 + 480 + 20 = 3500, B's share 13.7% < 20%, still ≥ 1 day.
    const findings = findingsOfRule(chain({ waitTime: 480 }, { processTime: 3000, waitTime: 0 }), RULE);
    expect(findings.map((finding) => finding.id)).toEqual(['waiting:long-wait:B']);
    expect(findings[0]?.severity).toBe('medium'); // 13.7%: between 10% and 25%
  });

  it('does not fire just under one working day with a small share', () => {
    // 479 min < 480; share 479/3499 = 13.7% < 20%.
    expect(findingsOfRule(chain({ waitTime: 479 }, { processTime: 3000, waitTime: 0 }), RULE)).toEqual([]);
  });

  it('fires at exactly 20% of the lead time', () => {
    // A: pt 100; B: pt 100, wait 50. LT = 250; 50/250 = 20% → fires; 50 min < 1 day.
    // 1200·50/60 = 1,000 case-hours; share 20% → medium (10% ≤ share < 25%).
    const findings = findingsOfRule(chain({ waitTime: 50, processTime: 100 }, { processTime: 100, waitTime: 0 }), RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ impactMinutesPerCase: 50, impactHoursPerYear: 1000, severity: 'medium' });
  });

  it('counts every visit: v·waitTime, and explains the visits', () => {
    // B visited 1.5 times, wait 100: 150 min/case. A pt 300. LT = 300 + 150 = 450; share 33.3%.
    // 1200·150/60 = 3,000 case-hours.
    const spec = { ...chain({ waitTime: 100, processTime: 0, visits: 1.5 }, { processTime: 300, waitTime: 0 }), language: 'nl' as const };
    const [finding] = findingsOfRule(spec, RULE);
    expect(finding).toMatchObject({ impactMinutesPerCase: 150, impactHoursPerYear: 3000 });
    expect(finding?.title).toBe('Lange wachttijd vóór ‘B’: 1,7 uur');
    expect(finding?.explanation).toContain('1,5 keer');
    expect(finding?.explanation).toContain('2,5 uur');
    expect(finding?.explanation).toContain('33%');
    expect(finding?.explanation).toContain('3.000 uur');
  });

  it('does not fire on short waits', () => {
    // A waits 30 of LT 10 + 30 + 1000 + 10 = 1050: 2.9%; B waits 10: 1%.
    expect(findingsOfRule(chain({ waitTime: 10, processTime: 1000 }), RULE)).toEqual([]);
  });

  it('ignores unreachable steps', () => {
    expect(findingsOfRule(chain({ waitTime: 5000, visits: 0 }, { processTime: 10, waitTime: 0 }), RULE)).toEqual([]);
  });
});
