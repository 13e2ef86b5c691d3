import { describe, expect, it } from 'vitest';
import { findingsOfRule, lineMap } from './testContext';

const BATCH = 'inventory/batch';

describe('inventory: batches', () => {
  it('fires for a batch step with half the interval per visit as delay', () => {
    // Interval 2400 min = 5 working days; v 1 → 1200 min/case = 2.5 working days;
    // 1200·1200/60 = 24,000 case-hours; LT = 10 → share far above 25% → high.
    const spec = lineMap([{ id: 'B', laneId: 'sec', processTime: 10, batchInterval: 2400, label: 'Betalen' }]);
    spec.language = 'nl';
    const [finding, ...rest] = findingsOfRule(spec, BATCH);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: 'inventory:batch:B', impactMinutesPerCase: 1200, impactHoursPerYear: 24000, impactKind: 'case-hours', impactCost: 0, severity: 'high' });
    expect(finding?.title).toBe('Werk stapelt zich op vóór ‘Betalen’: eens per 5 werkdagen');
    expect(finding?.explanation).toContain('2,5 werkdagen');
    expect(finding?.explanation).toContain('24.000 uur');
  });

  it('counts every visit', () => {
    // v 1.5 · 60/2 = 45 min/case.
    const [finding] = findingsOfRule(lineMap([{ id: 'B', laneId: 'sec', batchInterval: 60 }], { B: 1.5 }), BATCH);
    expect(finding?.impactMinutesPerCase).toBe(45);
  });

  it('does not fire without a batch interval or on an unreachable step', () => {
    expect(findingsOfRule(lineMap([{ id: 'B', laneId: 'sec', processTime: 10 }]), BATCH)).toEqual([]);
    expect(findingsOfRule(lineMap([{ id: 'B', laneId: 'sec', batchInterval: 2400 }], { B: 0 }), BATCH)).toEqual([]);
  });
});
