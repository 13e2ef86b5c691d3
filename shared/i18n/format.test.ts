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
  it('gives the same text the second time, per language, unit and hours per day (the texts are remembered)', () => {
    // 90 min: 1.5 hours in both; at 1 hour per day 1.5 working days; 60 × 8 = 480 min = 1 working day.
    for (let round = 0; round < 2; round += 1) {
      expect([formatDuration(90, 8, 'nl'), formatDuration(90, 8, 'en'), formatDuration(90, 1, 'en'), formatDuration(480, 8, 'en')]).toEqual([
        '1,5 uur',
        '1.5 hours',
        '1.5 working days',
        '1 working day',
      ]);
    }
    // More distinct texts than are kept (5,000): still every one right. 1.1 … 601 working days of 24 h (1,440 min).
    for (let tenths = 11; tenths <= 6_010; tenths += 1) expect(formatDuration((tenths / 10) * 1440, 24, 'en')).toBe(`${formatNumber(tenths / 10, 'en')} working days`);
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
