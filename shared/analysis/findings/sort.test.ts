import { describe, expect, it } from 'vitest';
import type { Finding } from '../types';
import { sortFindings } from './sort';

function finding(id: string, impactHoursPerYear: number, impactMinutesPerCase: number): Finding {
  return {
    id,
    category: 'waiting',
    rule: 'waiting/long-wait',
    severity: 'low',
    title: id,
    explanation: '',
    stepIds: [],
    flowIds: [],
    impactMinutesPerCase,
    impactHoursPerYear,
    impactKind: 'case-hours',
    impactCost: 0,
  };
}

describe('sortFindings', () => {
  it('orders by hours per year desc, then minutes per case desc, then id', () => {
    const input = [finding('b', 10, 1), finding('a', 10, 1), finding('c', 10, 5), finding('d', 99, 0), finding('e', 0, 0)];
    expect(sortFindings(input).map((f) => f.id)).toEqual(['d', 'c', 'a', 'b', 'e']);
    expect(input.map((f) => f.id)).toEqual(['b', 'a', 'c', 'd', 'e']); // not mutated
  });

  it('treats float noise as equal so the id decides', () => {
    const sorted = sortFindings([finding('z', 53.333333333333336, 1), finding('y', 53.33333333333332, 1)]);
    expect(sorted.map((f) => f.id)).toEqual(['y', 'z']);
  });
});
