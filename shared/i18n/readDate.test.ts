import { describe, expect, it } from 'vitest';
import { datePattern, formatDateForInput, readDate } from './readDate';

describe('readDate', () => {
  it('reads day-month-year with dashes, slashes or dots, and the ISO form', () => {
    expect(readDate('15-01-2027')).toEqual({ kind: 'date', iso: '2027-01-15' });
    expect(readDate('5/1/2027')).toEqual({ kind: 'date', iso: '2027-01-05' });
    expect(readDate(' 1.3.2027 ')).toEqual({ kind: 'date', iso: '2027-03-01' });
    expect(readDate('2027-03-01')).toEqual({ kind: 'date', iso: '2027-03-01' });
    expect(readDate('')).toEqual({ kind: 'empty' });
  });

  it('refuses days that do not exist and text that is no date, never guessing month-first', () => {
    expect(readDate('31-04-2027')).toEqual({ kind: 'invalid' });
    expect(readDate('29-02-2027')).toEqual({ kind: 'invalid' });
    expect(readDate('29-02-2028')).toEqual({ kind: 'date', iso: '2028-02-29' });
    // 01/15/2027 would be January 15 in a US browser: month 15 does not exist, so it is refused.
    expect(readDate('01/15/2027')).toEqual({ kind: 'invalid' });
    expect(readDate('morgen')).toEqual({ kind: 'invalid' });
    expect(readDate('15-01-27')).toEqual({ kind: 'invalid' });
  });

  it('writes a stored date the way the UI language does', () => {
    expect(formatDateForInput('2027-01-15', 'nl')).toBe('15-01-2027');
    expect(formatDateForInput('2027-01-15', 'en')).toBe('15/01/2027');
    expect(formatDateForInput('', 'nl')).toBe('');
    expect(datePattern('nl')).toBe('dd-mm-jjjj');
  });
});
