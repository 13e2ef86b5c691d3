import { describe, expect, it } from 'vitest';
import { formatNumberForInput, parseNumberText } from './numberText';
import { hoursPerDayRange, nonNegative, percentRange, positive, readNumberField } from './validation';

describe('parseNumberText', () => {
  it('reads numbers the way the UI language writes them', () => {
    expect(parseNumberText('1.800', 'nl')).toEqual({ kind: 'number', value: 1800 });
    expect(parseNumberText('12.000', 'nl')).toEqual({ kind: 'number', value: 12000 });
    expect(parseNumberText('1 800', 'nl')).toEqual({ kind: 'number', value: 1800 });
    expect(parseNumberText('1,5', 'nl')).toEqual({ kind: 'number', value: 1.5 });
    expect(parseNumberText('1,800', 'en')).toEqual({ kind: 'number', value: 1800 });
    expect(parseNumberText('1.5', 'en')).toEqual({ kind: 'number', value: 1.5 });
    expect(parseNumberText(' 12 ', 'nl')).toEqual({ kind: 'number', value: 12 });
    expect(parseNumberText('-4', 'en')).toEqual({ kind: 'number', value: -4 });
  });

  it('tells empty from invalid', () => {
    expect(parseNumberText('   ', 'nl')).toEqual({ kind: 'empty' });
    for (const text of ['abc', '1,234.5', '1e3', '12 min', '--1', '.', 'Infinity', 'NaN', '1.80', '1,5,3']) {
      expect(parseNumberText(text, 'nl').kind, text).toBe('invalid');
    }
  });
});

describe('formatNumberForInput', () => {
  it('uses the separators of the UI language, so the field shows the number it understood', () => {
    expect(formatNumberForInput(1.5, 'nl')).toBe('1,5');
    expect(formatNumberForInput(1.5, 'en')).toBe('1.5');
    expect(formatNumberForInput(12000, 'nl')).toBe('12.000');
    expect(formatNumberForInput(1800, 'en')).toBe('1,800');
    expect(formatNumberForInput(1 / 3, 'en')).toBe('0.3333');
  });

  it('writes what the field reads back as the same number', () => {
    for (const language of ['nl', 'en'] as const) {
      for (const value of [0, 0.5, 7, 1800, 12000, 1234.5678, 1_800_000, -3.25]) {
        expect(parseNumberText(formatNumberForInput(value, language), language), `${language} ${value}`).toEqual({ kind: 'number', value });
      }
    }
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
    expect(readNumberField('85', percentRange, false, 'nl')).toEqual({ ok: true, value: 85 });
    expect(readNumberField('1.800', nonNegative, false, 'nl')).toEqual({ ok: true, value: 1800 });
    expect(readNumberField('150', percentRange, false, 'nl')).toEqual({ ok: false, message: { key: 'panels:validation.percentRange' }, quietWhileTyping: false });
    expect(readNumberField('-2', nonNegative, false, 'en')).toEqual({ ok: false, message: { key: 'panels:validation.negative' }, quietWhileTyping: false });
  });

  it('says why a text is no number, and keeps quiet about one that is still being typed', () => {
    expect(readNumberField('x', nonNegative, false, 'nl')).toEqual({
      ok: false,
      message: { key: 'common:number.notANumber', params: { text: 'x' } },
      quietWhileTyping: false,
    });
    expect(readNumberField('1.80', nonNegative, false, 'nl')).toEqual({
      ok: false,
      message: { key: 'common:number.groupNotThreeDigits', params: { text: '1.80' }, then: { key: 'common:number.didYouMean', params: { suggestion: '1,80' } } },
      quietWhileTyping: true,
    });
    expect(readNumberField('1,5', nonNegative, false, 'en')).toMatchObject({ ok: false, quietWhileTyping: true });
    expect(readNumberField('1,5,3', nonNegative, false, 'nl')).toMatchObject({ ok: false, quietWhileTyping: false });
  });

  it('clears an optional field and refuses to clear a required one', () => {
    expect(readNumberField('', positive, true, 'nl')).toEqual({ ok: true, value: null });
    expect(readNumberField('', nonNegative, false, 'nl')).toEqual({ ok: false, message: { key: 'panels:validation.required' }, quietWhileTyping: false });
  });
});
