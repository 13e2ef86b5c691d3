import { describe, expect, it } from 'vitest';
import { formatNumberForInput, parseNumberText } from './numberText';
import { hoursPerDayRange, nonNegative, percentRange, positive, readNumberField } from './validation';

describe('parseNumberText', () => {
  it('reads a comma or a dot as the decimal separator', () => {
    expect(parseNumberText('1,5')).toEqual({ kind: 'number', value: 1.5 });
    expect(parseNumberText('1.5')).toEqual({ kind: 'number', value: 1.5 });
    expect(parseNumberText(' 12 ')).toEqual({ kind: 'number', value: 12 });
    expect(parseNumberText(',5')).toEqual({ kind: 'number', value: 0.5 });
    expect(parseNumberText('3,')).toEqual({ kind: 'number', value: 3 });
    expect(parseNumberText('-4')).toEqual({ kind: 'number', value: -4 });
  });

  it('tells empty from invalid', () => {
    expect(parseNumberText('   ')).toEqual({ kind: 'empty' });
    for (const text of ['abc', '1.000,5', '1e3', '12 min', '--1', '.', 'Infinity', 'NaN']) {
      expect(parseNumberText(text), text).toEqual({ kind: 'invalid' });
    }
  });
});

describe('formatNumberForInput', () => {
  it('uses the decimal separator of the UI language and no grouping', () => {
    expect(formatNumberForInput(1.5, 'nl')).toBe('1,5');
    expect(formatNumberForInput(1.5, 'en')).toBe('1.5');
    expect(formatNumberForInput(12000, 'nl')).toBe('12000');
    expect(formatNumberForInput(1 / 3, 'en')).toBe('0.3333');
  });
});

describe('number rules', () => {
  it('rejects impossible values with the right message', () => {
    expect(nonNegative(-1)).toBe('validation.negative');
    expect(nonNegative(0)).toBeNull();
    expect(positive(0)).toBe('validation.mustBePositive');
    expect(positive(0.5)).toBeNull();
    expect(percentRange(100)).toBeNull();
    expect(percentRange(100.5)).toBe('validation.percentRange');
    expect(percentRange(-0.1)).toBe('validation.percentRange');
    expect(hoursPerDayRange(0)).toBe('validation.hoursPerDayRange');
    expect(hoursPerDayRange(24)).toBeNull();
    expect(hoursPerDayRange(25)).toBe('validation.hoursPerDayRange');
  });
});

describe('readNumberField', () => {
  it('gives a value to dispatch or a message, never both', () => {
    expect(readNumberField('85', percentRange, false)).toEqual({ ok: true, value: 85 });
    expect(readNumberField('150', percentRange, false)).toEqual({ ok: false, messageKey: 'validation.percentRange' });
    expect(readNumberField('x', nonNegative, false)).toEqual({ ok: false, messageKey: 'validation.notANumber' });
    expect(readNumberField('-2', nonNegative, false)).toEqual({ ok: false, messageKey: 'validation.negative' });
  });

  it('clears an optional field and refuses to clear a required one', () => {
    expect(readNumberField('', positive, true)).toEqual({ ok: true, value: null });
    expect(readNumberField('', nonNegative, false)).toEqual({ ok: false, messageKey: 'validation.required' });
  });
});
