import { describe, expect, it } from 'vitest';
import type { Metrics } from '../types';
import type { Impact } from './impact';
import { rateSeverity } from './severity';

function metricsWith(processTimeMinutes: number, leadTimeMinutes: number): Metrics {
  return {
    processTimeMinutes,
    waitTimeMinutes: leadTimeMinutes - processTimeMinutes,
    leadTimeMinutes,
    activityRatio: 0,
    processCycleEfficiency: 0,
    handoffsPerCase: 0,
    rolledCompleteAccurate: 1,
    annualEffortHours: 0,
    annualCost: 0,
    valueAddingShare: 0,
    criticalPathProcessTimeMinutes: processTimeMinutes,
  };
}

const impact = (impactKind: Impact['impactKind'], minutes: number): Impact => ({ impactKind, impactMinutesPerCase: minutes, impactHoursPerYear: 0, impactCost: 0 });
// PT 100, LT 1000 minutes per case.
const rate = (impactKind: Impact['impactKind'], minutes: number): string => rateSeverity(metricsWith(100, 1000), impact(impactKind, minutes));

describe('rateSeverity', () => {
  it('rates delay against the lead time: ≥ 25% high, ≥ 10% medium', () => {
    expect(rate('case-hours', 250)).toBe('high');
    expect(rate('case-hours', 249)).toBe('medium');
    expect(rate('case-hours', 100)).toBe('medium');
    expect(rate('case-hours', 99)).toBe('low');
  });

  it('rates work against the process time: ≥ 15% high, ≥ 5% medium', () => {
    expect(rate('person-hours', 15)).toBe('high');
    expect(rate('person-hours', 14.9)).toBe('medium');
    expect(rate('person-hours', 5)).toBe('medium');
    expect(rate('person-hours', 4.9)).toBe('low');
  });

  it('is low for a process without time', () => {
    expect(rateSeverity(metricsWith(0, 0), impact('case-hours', 5))).toBe('low');
    expect(rateSeverity(metricsWith(0, 0), impact('person-hours', 5))).toBe('low');
  });
});
