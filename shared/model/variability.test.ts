import { describe, expect, it } from 'vitest';
import { coefficientOfLevel, variabilityLevelOf } from './variability';

describe('variability words', () => {
  it('map the plain words to the coefficients of variation and back', () => {
    expect(variabilityLevelOf(undefined)).toBe('fixed');
    expect(variabilityLevelOf(0)).toBe('fixed');
    expect(variabilityLevelOf(0.5)).toBe('varying');
    expect(variabilityLevelOf(1)).toBe('strongly-varying');
    expect(variabilityLevelOf(1.5)).toBe('highly-varying');
    // A number measured or typed by someone who knows it is kept as it is.
    expect(variabilityLevelOf(0.3)).toBe('custom');
    expect(coefficientOfLevel('fixed')).toBeUndefined();
    expect(coefficientOfLevel('strongly-varying')).toBe(1);
  });
});
