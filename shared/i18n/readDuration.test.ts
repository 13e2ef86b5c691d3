import { describe, expect, it } from 'vitest';
import { describeDurationProblem, durationUnitInHeader, readDuration, type DurationOptions } from './readDuration';

const EIGHT_HOUR_DAY: DurationOptions = { hoursPerDay: 8 };
const minutes = (text: string, language: 'nl' | 'en' = 'nl', options: DurationOptions = EIGHT_HOUR_DAY): number | undefined => {
  const reading = readDuration(text, language, options);
  return reading.kind === 'duration' ? reading.minutes : undefined;
};
const problem = (text: string, language: 'nl' | 'en' = 'nl'): string | undefined => {
  const reading = readDuration(text, language, EIGHT_HOUR_DAY);
  return reading.kind === 'invalid' ? reading.problem.code : undefined;
};

describe('readDuration', () => {
  it('reads a bare number in minutes, or in the unit the header names', () => {
    expect(minutes('10')).toBe(10);
    expect(minutes('1,5')).toBe(1.5);
    expect(minutes('1.800')).toBe(1800); // Dutch thousands dot
    expect(minutes('1 800')).toBe(1800);
    // 2 days of 8 hours = 2 × 480 = 960 minutes
    expect(minutes('2', 'nl', { hoursPerDay: 8, defaultUnit: 'workingDays' })).toBe(960);
    expect(minutes('1,5', 'nl', { hoursPerDay: 8, defaultUnit: 'hours' })).toBe(90);
  });

  it('reads the units of section 10 in Dutch and English, with a working day of hoursPerDay', () => {
    expect(minutes('10 min')).toBe(10);
    expect(minutes('10min')).toBe(10);
    expect(minutes('10 minuten')).toBe(10);
    expect(minutes('1,5 uur')).toBe(90);
    expect(minutes('1,5u')).toBe(90);
    expect(minutes('1.5 hours', 'en')).toBe(90);
    expect(minutes('2 h', 'en')).toBe(120);
    expect(minutes('2 dagen')).toBe(960); // 2 × 8 × 60
    expect(minutes('2 werkdagen')).toBe(960);
    expect(minutes('2 working days', 'en')).toBe(960);
    expect(minutes('1 dag', 'nl', { hoursPerDay: 7.5 })).toBe(450); // 7.5 × 60
    expect(minutes('1 week')).toBe(2400); // 5 working days × 480
    expect(minutes('2 weken')).toBe(4800);
    expect(minutes('10 Min.')).toBe(10);
  });

  it('reads h:mm and a few pairs in a row', () => {
    expect(minutes('1:30')).toBe(90);
    expect(minutes('0:05')).toBe(5);
    expect(minutes('1 uur 30 min')).toBe(90);
    expect(minutes('1 uur en 30 min')).toBe(90);
    expect(minutes('1 hour and 30 minutes', 'en')).toBe(90);
    expect(minutes('2 dagen 4 uur')).toBe(1200); // 960 + 240
    expect(minutes('1 800 min')).toBe(1800);
  });

  it('refuses what it cannot read, and says why in the language', () => {
    expect(readDuration('  ', 'nl', EIGHT_HOUR_DAY)).toEqual({ kind: 'empty' });
    expect(problem('twee dagen')).toBe('not-a-duration');
    expect(problem('min')).toBe('not-a-duration');
    expect(problem('2 maanden')).toBe('unknown-unit');
    expect(problem('-5 min')).toBe('negative');
    expect(problem('-5')).toBe('negative');
    expect(problem('1:75')).toBe('bad-clock');
    expect(problem('1:5')).toBe('bad-clock');
    expect(problem('1.80 uur')).toBe('number');
    expect(problem('1 uur 30')).toBe('not-a-duration');
    const unknown = readDuration('2 maanden', 'nl', EIGHT_HOUR_DAY);
    if (unknown.kind !== 'invalid') throw new Error('expected a refusal');
    expect(describeDurationProblem(unknown.problem, 'nl')).toBe(
      '‘2 maanden’ is geen duur: ‘maanden’ is geen eenheid. Gebruik min, uur, dagen (werkdagen) of weken.',
    );
    const badNumber = readDuration('1.80 uur', 'nl', EIGHT_HOUR_DAY);
    if (badNumber.kind !== 'invalid') throw new Error('expected a refusal');
    expect(describeDurationProblem(badNumber.problem, 'nl')).toContain('‘1.80 uur’ is geen duur. ‘1.80’ is geen getal');
    const notADuration = readDuration('two days', 'en', EIGHT_HOUR_DAY);
    if (notADuration.kind !== 'invalid') throw new Error('expected a refusal');
    expect(describeDurationProblem(notADuration.problem, 'en')).toBe(
      '‘two days’ is not a duration. Write e.g. 10 min, 1.5 hours, 2 days or 1:30.',
    );
  });
});

describe('durationUnitInHeader', () => {
  it('finds the unit a header names for its bare numbers', () => {
    expect(durationUnitInHeader('Wachttijd (dagen)')).toBe('workingDays');
    expect(durationUnitInHeader('Wait time [h]')).toBe('hours');
    expect(durationUnitInHeader('Bewerkingstijd in minuten')).toBe('minutes');
    expect(durationUnitInHeader('Process time - hours')).toBe('hours');
    expect(durationUnitInHeader('Wachttijd')).toBeUndefined();
    expect(durationUnitInHeader('Wachttijd (schatting)')).toBeUndefined();
  });
});
