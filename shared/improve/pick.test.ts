import { describe, expect, it } from 'vitest';
import { HIGH_PAYOFF_SHARE, isHighPayoff, largestSavings, payoffOf, pickQuadrant } from './pick';

describe('payoffOf (domain.md section 5)', () => {
  it('is the larger of the share of the largest hours saving and of the largest lead-time saving', () => {
    const largest = { hoursPerYear: 200, leadTimeMinutes: 600 };
    // 40/200 = 0.2 of the hours, 300/600 = 0.5 of the lead time → 0.5
    expect(payoffOf({ hoursPerYear: 40, leadTimeMinutes: 300 }, largest)).toBeCloseTo(0.5, 12);
    // 150/200 = 0.75 of the hours, 60/600 = 0.1 of the lead time → 0.75
    expect(payoffOf({ hoursPerYear: 150, leadTimeMinutes: 60 }, largest)).toBeCloseTo(0.75, 12);
    // Saves no work but cuts 3.5 working days (1680 min) of 1680: the largest lead-time saving → 1
    expect(payoffOf({ hoursPerYear: 0, leadTimeMinutes: 1680 }, { hoursPerYear: 282, leadTimeMinutes: 1680 })).toBe(1);
  });

  it('counts nothing for savings that are 0 or negative, or when no action saves anything', () => {
    expect(payoffOf({ hoursPerYear: -10, leadTimeMinutes: -5 }, { hoursPerYear: 200, leadTimeMinutes: 600 })).toBe(0);
    expect(payoffOf({ hoursPerYear: 0, leadTimeMinutes: 0 }, { hoursPerYear: 0, leadTimeMinutes: 0 })).toBe(0);
    expect(payoffOf({ hoursPerYear: 5, leadTimeMinutes: 5 }, { hoursPerYear: 0, leadTimeMinutes: 0 })).toBe(0);
  });

  it('takes the largest savings over the actions (never below 0)', () => {
    expect(largestSavings([{ hoursPerYear: 10, leadTimeMinutes: -4 }, { hoursPerYear: -3, leadTimeMinutes: 90 }])).toEqual({ hoursPerYear: 10, leadTimeMinutes: 90 });
    expect(largestSavings([])).toEqual({ hoursPerYear: 0, leadTimeMinutes: 0 });
  });
});

describe('pickQuadrant', () => {
  it('places actions in the four quadrants of domain.md section 5', () => {
    // high payoff from 0.5 on; only 'low' effort counts as low effort
    expect(pickQuadrant(0.2, 'low')).toBe('possible');
    expect(pickQuadrant(0.75, 'low')).toBe('implement');
    expect(pickQuadrant(0.75, 'medium')).toBe('challenge');
    expect(pickQuadrant(1, 'high')).toBe('challenge');
    expect(pickQuadrant(0.2, 'medium')).toBe('kill');
    expect(pickQuadrant(0.2, 'high')).toBe('kill');
  });

  it('puts the boundary at half of the largest saving, robust to float noise', () => {
    expect(HIGH_PAYOFF_SHARE).toBe(0.5);
    expect(isHighPayoff(0.5)).toBe(true);
    expect(isHighPayoff(0.49995)).toBe(false);
    expect(isHighPayoff((0.1 + 0.2) / 0.6)).toBe(true);
    expect(isHighPayoff(0)).toBe(false);
  });
});
