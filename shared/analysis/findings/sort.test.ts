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

describe('sortFindings on long lists', () => {
  /** The order of section 4, compared on the findings themselves. */
  function reference(findings: readonly Finding[]): string[] {
    const key = (value: number): number => Math.round(value * 1e6);
    return findings
      .map((f, position) => ({ f, position }))
      .sort(
        (a, b) =>
          key(b.f.impactHoursPerYear) - key(a.f.impactHoursPerYear) ||
          key(b.f.impactMinutesPerCase) - key(a.f.impactMinutesPerCase) ||
          (a.f.id < b.f.id ? -1 : a.f.id > b.f.id ? 1 : 0) ||
          a.position - b.position,
      )
      .map(({ f, position }) => `${f.id}@${position}`);
  }

  it('orders thousands of findings with many equal impacts, -0, infinities and repeated ids', () => {
    let seed = 7;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const special = [0, -0, 1e-7, -1e-7, 0.4999999, Infinity, -Infinity, 1e15, -3.5, 2.0000001];
    const input = Array.from({ length: 9000 }, (_, index) => {
      const pick = random();
      const hours = pick < 0.3 ? (special[index % special.length] as number) : pick < 0.6 ? Math.floor(random() * 20) : random() * 1e6 - 1e5;
      const minutes = random() < 0.5 ? Math.floor(random() * 4) : random() * 100;
      // Repeated ids too: equal findings keep their order.
      return finding(`f${Math.floor(random() * 7000)}`, hours, minutes);
    });
    const positions = new Map(input.map((f, position) => [f, position]));
    expect(sortFindings(input).map((f) => `${f.id}@${positions.get(f)}`)).toEqual(reference(input));
  });

  it('orders finite impacts (the numeric path) as the comparison does: ties, -0, huge values, repeated ids', () => {
    let seed = 11;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const special = [0, -0, 1e-7, -1e-7, 0.4999999, 5e-7, 1e15, -3.5, 2.0000001, 1e300 / 1e290];
    const input = Array.from({ length: 12000 }, (_, index) => {
      const pick = random();
      const hours = pick < 0.3 ? (special[index % special.length] as number) : pick < 0.7 ? Math.floor(random() * 20) : random() * 1e6 - 1e5;
      const minutes = random() < 0.6 ? Math.floor(random() * 4) : random() * 100;
      return finding(`f${Math.floor(random() * 9000)}`, hours, minutes);
    });
    const positions = new Map(input.map((f, position) => [f, position]));
    expect(sortFindings(input).map((f) => `${f.id}@${positions.get(f)}`)).toEqual(reference(input));
  });

  it('keeps NaN impacts where a comparison of the findings puts them', () => {
    const input = Array.from({ length: 5000 }, (_, index) => finding(`f${index % 97}`, index % 5 === 0 ? NaN : index % 13, index % 3));
    const positions = new Map(input.map((f, position) => [f, position]));
    expect(sortFindings(input).map((f) => `${f.id}@${positions.get(f)}`)).toEqual(reference(input));
  });
});
