import { describe, expect, it } from 'vitest';
import { HIGH_IMPACT_SHARE, isHighImpact, pickQuadrant } from './pick';

describe('pickQuadrant', () => {
  it('places actions in the four quadrants of domain.md section 5', () => {
    // largest 200 h: high impact from 100 h on; only 'low' effort counts as low effort
    expect(pickQuadrant(40, 200, 'low')).toBe('possible');
    expect(pickQuadrant(150, 200, 'low')).toBe('implement');
    expect(pickQuadrant(150, 200, 'medium')).toBe('challenge');
    expect(pickQuadrant(200, 200, 'high')).toBe('challenge');
    expect(pickQuadrant(40, 200, 'medium')).toBe('kill');
    expect(pickQuadrant(40, 200, 'high')).toBe('kill');
  });

  it('puts the boundary at half of the largest impact', () => {
    expect(HIGH_IMPACT_SHARE).toBe(0.5);
    expect(isHighImpact(100, 200)).toBe(true);
    expect(isHighImpact(99.99, 200)).toBe(false);
    // Savings are differences of analyses: float noise on the boundary does not flip it.
    expect(isHighImpact(0.1 + 0.2, 0.6)).toBe(true);
  });

  it('never rates an action that saves nothing or adds hours as high impact', () => {
    expect(pickQuadrant(0, 0, 'low')).toBe('possible');
    expect(pickQuadrant(0, 0, 'high')).toBe('kill');
    expect(pickQuadrant(-10, 200, 'low')).toBe('possible');
    expect(pickQuadrant(5, -1, 'low')).toBe('possible');
  });
});
