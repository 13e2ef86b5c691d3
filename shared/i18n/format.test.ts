import { describe, expect, it } from 'vitest';
import { formatCurrency, formatDuration, formatNumber, formatPercent } from './format';

describe('formatDuration', () => {
  it('shows working days with a decimal comma in Dutch', () => {
    expect(formatDuration(1680, 8, 'nl')).toBe('3,5 werkdagen');
    expect(formatDuration(1680, 8, 'en')).toBe('3.5 working days');
  });
  it('uses singular for exactly one unit', () => {
    expect(formatDuration(480, 8, 'nl')).toBe('1 werkdag');
    expect(formatDuration(60, 8, 'en')).toBe('1 hour');
    expect(formatDuration(1, 8, 'en')).toBe('1 minute');
  });
  it('respects hoursPerDay', () => {
    expect(formatDuration(720, 6, 'en')).toBe('2 working days');
  });
  it('shows hours and minutes below a day', () => {
    expect(formatDuration(90, 8, 'nl')).toBe('1,5 uur');
    expect(formatDuration(12.5, 8, 'nl')).toBe('12,5 minuten');
  });
});

describe('number formats', () => {
  it('formats numbers, percentages and money per language', () => {
    expect(formatNumber(1234.56, 'nl')).toBe('1.234,6');
    expect(formatNumber(1234.56, 'en')).toBe('1,234.6');
    expect(formatPercent(0.6, 'en')).toBe('60%');
    expect(formatCurrency(1234, 'EUR', 'nl')).toBe('€\u00a01.234');
    expect(formatCurrency(1234, 'EUR', 'en')).toBe('€1,234');
  });
});
