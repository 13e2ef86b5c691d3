import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../shared/analysis/types';
import { activeFindings } from '../../../../shared/analysis/activeFindings';
import { groupFindings } from './groupFindings';

function finding(id: string, extra: Partial<Finding>): Finding {
  return {
    id,
    category: 'waiting',
    rule: 'waiting/long-wait',
    severity: 'medium',
    title: id,
    explanation: '',
    stepIds: [],
    flowIds: [],
    impactMinutesPerCase: 0,
    impactHoursPerYear: 0,
    impactKind: 'case-hours',
    impactCost: 0,
    ...extra,
  };
}

const findings = [
  finding('w1', { category: 'waiting', stepIds: ['A'], impactHoursPerYear: 120 }),
  finding('h1', { category: 'handoff', stepIds: ['A', 'B'], impactHoursPerYear: 30 }),
  finding('d1', { category: 'defects', stepIds: ['B'], impactHoursPerYear: 40, impactKind: 'person-hours', impactCost: 1800 }),
  finding('d2', { category: 'defects', stepIds: ['C'], impactHoursPerYear: 10, impactKind: 'case-hours', impactCost: 0 }),
  finding('d3', { category: 'defects', stepIds: ['B'], impactHoursPerYear: 5, impactKind: 'person-hours', impactCost: 225 }),
];

describe('groupFindings', () => {
  it('groups in DOWNTIME order, then handoffs, summing person-hours, case-hours and cost apart', () => {
    const { groups, setAside } = groupFindings(findings, []);
    expect(groups.map((group) => group.category)).toEqual(['defects', 'waiting', 'handoff']);
    const defects = groups[0];
    expect(defects?.findings.map((item) => item.id)).toEqual(['d1', 'd2', 'd3']);
    expect(defects?.personHoursPerYear).toBe(45);
    expect(defects?.caseHoursPerYear).toBe(10);
    expect(defects?.cost).toBe(2025);
    expect(setAside).toEqual([]);
  });

  it('keeps set-aside findings apart with their reason and out of the sums', () => {
    const { groups, setAside } = groupFindings(findings, [{ findingId: 'd1', reason: 'Verplicht' }]);
    expect(groups[0]?.personHoursPerYear).toBe(5);
    expect(setAside.map((entry) => [entry.finding.id, entry.reason])).toEqual([['d1', 'Verplicht']]);
    expect(activeFindings(findings, [{ findingId: 'd1', reason: '' }]).map((item) => item.id)).toEqual(['w1', 'h1', 'd2', 'd3']);
  });

  it('filters to the findings of one step', () => {
    const { groups } = groupFindings(findings, [], 'B');
    expect(groups.flatMap((group) => group.findings.map((item) => item.id))).toEqual(['d1', 'd3', 'h1']);
    expect(groupFindings(findings, [], 'Z').groups).toEqual([]);
  });
});
