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

  /**
   * Random findings from a seeded generator: a share of special impacts, many small whole
   * numbers (long runs of equal hours, as real maps give) and wide random values.
   */
  function randomFindings(options: { seed: number; count: number; special: readonly number[]; wholeShare: number; wholeMinutesShare: number; idRange: number }): Finding[] {
    let seed = options.seed;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    return Array.from({ length: options.count }, (_, index) => {
      const pick = random();
      const hours = pick < 0.3 ? (options.special[index % options.special.length] as number) : pick < options.wholeShare ? Math.floor(random() * 20) : random() * 1e6 - 1e5;
      const minutes = random() < options.wholeMinutesShare ? Math.floor(random() * 4) : random() * 100;
      // Repeated ids too: equal findings keep their order.
      return finding(`f${Math.floor(random() * options.idRange)}`, hours, minutes);
    });
  }

  it.each([
    {
      name: 'many equal impacts, -0, infinities and repeated ids',
      options: { seed: 7, count: 9000, special: [0, -0, 1e-7, -1e-7, 0.4999999, Infinity, -Infinity, 1e15, -3.5, 2.0000001], wholeShare: 0.6, wholeMinutesShare: 0.5, idRange: 7000 },
    },
    {
      name: 'finite impacts only (what real maps give) with long runs of ties, -0 and huge values',
      options: { seed: 11, count: 12000, special: [0, -0, 1e-7, -1e-7, 0.4999999, 5e-7, 1e15, -3.5, 2.0000001, 1e300 / 1e290], wholeShare: 0.7, wholeMinutesShare: 0.6, idRange: 9000 },
    },
  ])('orders thousands of findings as the comparison does: $name', ({ options }) => {
    const input = randomFindings(options);
    const positions = new Map(input.map((f, position) => [f, position]));
    expect(sortFindings(input).map((f) => `${f.id}@${positions.get(f)}`)).toEqual(reference(input));
  });

  it('keeps NaN impacts where a comparison of the findings puts them', () => {
    const input = Array.from({ length: 5000 }, (_, index) => finding(`f${index % 97}`, index % 5 === 0 ? NaN : index % 13, index % 3));
    const positions = new Map(input.map((f, position) => [f, position]));
    expect(sortFindings(input).map((f) => `${f.id}@${positions.get(f)}`)).toEqual(reference(input));
  });
});
