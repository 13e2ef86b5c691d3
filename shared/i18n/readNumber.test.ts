import { describe, expect, it } from 'vitest';
import { describeNumberProblem, readNumber } from './readNumber';

const value = (text: string, language: 'nl' | 'en'): number | undefined => {
  const reading = readNumber(text, language);
  return reading.kind === 'number' ? reading.value : undefined;
};
const problem = (text: string, language: 'nl' | 'en'): string | undefined => {
  const reading = readNumber(text, language);
  return reading.kind === 'invalid' ? reading.problem.code : undefined;
};

describe('readNumber in Dutch', () => {
  it('reads a dot or a space as the thousands separator and a comma as the decimal one', () => {
    expect(value('1.800', 'nl')).toBe(1800);
    expect(value('12.000', 'nl')).toBe(12000);
    expect(value('1.800.000', 'nl')).toBe(1_800_000);
    expect(value('1 800', 'nl')).toBe(1800);
    expect(value('1\u00a0800', 'nl')).toBe(1800); // no-break space, as Word and Intl write it
    expect(value('1\u202f800', 'nl')).toBe(1800); // narrow no-break space
    expect(value('1,5', 'nl')).toBe(1.5);
    expect(value('1.234,56', 'nl')).toBe(1234.56);
    expect(value(',5', 'nl')).toBe(0.5);
    expect(value('12', 'nl')).toBe(12);
    expect(value(' 7 ', 'nl')).toBe(7);
    expect(value('-3,25', 'nl')).toBe(-3.25);
    expect(value('\u22123', 'nl')).toBe(-3); // the minus sign Intl writes
    expect(value('0,0001', 'nl')).toBe(0.0001);
  });

  it('refuses what it cannot read unambiguously, and says why', () => {
    expect(problem('1.80', 'nl')).toBe('group-not-three-digits');
    expect(problem('1.5', 'nl')).toBe('group-not-three-digits');
    expect(problem('1.8000', 'nl')).toBe('group-not-three-digits');
    expect(problem('1,5,3', 'nl')).toBe('several-decimal-separators');
    expect(problem('1,234.5', 'nl')).toBe('group-after-decimal');
    expect(problem('1.234 567', 'nl')).toBe('mixed-group-separators');
    expect(problem('0.800', 'nl')).toBe('group-not-three-digits');
    expect(problem('1  800', 'nl')).toBe('not-a-number');
    expect(problem('12 min', 'nl')).toBe('not-a-number');
    expect(problem('1e3', 'nl')).toBe('not-a-number');
    expect(problem('abc', 'nl')).toBe('not-a-number');
    expect(problem('--1', 'nl')).toBe('not-a-number');
    expect(problem(',', 'nl')).toBe('not-a-number');
    expect(readNumber('   ', 'nl')).toEqual({ kind: 'empty' });
  });
});

describe('readNumber in English', () => {
  it('reads a comma or a space as the thousands separator and a dot as the decimal one', () => {
    expect(value('1,800', 'en')).toBe(1800);
    expect(value('1.5', 'en')).toBe(1.5);
    expect(value('1,234.56', 'en')).toBe(1234.56);
    expect(value('1 800', 'en')).toBe(1800);
    expect(value('1.800', 'en')).toBe(1.8); // a decimal point in English
    expect(value('12.000', 'en')).toBe(12);
    expect(value('.5', 'en')).toBe(0.5);
  });

  it('refuses what it cannot read unambiguously', () => {
    expect(problem('1,5', 'en')).toBe('group-not-three-digits');
    expect(problem('1.5.3', 'en')).toBe('several-decimal-separators');
    expect(problem('1.234,5', 'en')).toBe('group-after-decimal');
  });
});

describe('readNumber while typing', () => {
  it('marks text that can still become a number as incomplete (no message until the field is left)', () => {
    const reading = readNumber('1.80', 'nl');
    expect(reading.kind === 'invalid' && reading.incomplete).toBe(true);
    const dot = readNumber('1.', 'nl');
    expect(dot.kind === 'invalid' && dot.incomplete).toBe(true);
    const tooLong = readNumber('1.8000', 'nl');
    expect(tooLong.kind === 'invalid' && tooLong.incomplete).toBe(false);
    const twoCommas = readNumber('1,5,3', 'nl');
    expect(twoCommas.kind === 'invalid' && twoCommas.incomplete).toBe(false);
  });
});

describe('describeNumberProblem', () => {
  it('says why in the language of the reading and suggests what was probably meant', () => {
    const nl = readNumber('1.80', 'nl');
    if (nl.kind !== 'invalid') throw new Error('expected a problem');
    expect(describeNumberProblem(nl.problem, 'nl')).toBe('‘1.80’ is geen getal: een punt scheidt duizendtallen (1.800 is duizend achthonderd). Bedoel je 1,80? Schrijf dan een komma.');
    const en = readNumber('1,5', 'en');
    if (en.kind !== 'invalid') throw new Error('expected a problem');
    expect(describeNumberProblem(en.problem, 'en')).toBe('‘1,5’ is not a number: a comma separates thousands (1,800 is one thousand eight hundred). Did you mean 1.5? Then write a point.');
    const several = readNumber('1,5,3', 'nl');
    if (several.kind !== 'invalid') throw new Error('expected a problem');
    expect(describeNumberProblem(several.problem, 'nl')).toBe('‘1,5,3’ is geen getal: er staat meer dan één komma in.');
  });
});
