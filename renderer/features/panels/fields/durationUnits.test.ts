import { describe, expect, it } from 'vitest';
import { chooseDurationUnit, fromMinutes, minutesPerUnit, roundForInput, toMinutes } from './durationUnits';

describe('duration unit conversions (working minutes)', () => {
  it('knows how many minutes a unit is; a working day follows hoursPerDay', () => {
    expect(minutesPerUnit('minutes', 8)).toBe(1);
    expect(minutesPerUnit('hours', 8)).toBe(60);
    expect(minutesPerUnit('workingDays', 8)).toBe(480);
    expect(minutesPerUnit('workingDays', 7.5)).toBe(450);
  });

  it('converts amounts to minutes and back', () => {
    expect(toMinutes(1.5, 'hours', 8)).toBe(90);
    expect(toMinutes(2, 'workingDays', 8)).toBe(960);
    expect(toMinutes(2, 'workingDays', 6)).toBe(720);
    expect(toMinutes(45, 'minutes', 8)).toBe(45);
    expect(fromMinutes(90, 'hours', 8)).toBe(1.5);
    expect(fromMinutes(2400, 'workingDays', 8)).toBe(5);
    expect(fromMinutes(toMinutes(3.25, 'workingDays', 7.5), 'workingDays', 7.5)).toBeCloseTo(3.25, 12);
  });

  it('chooses the largest unit in which the value is a whole number of halves', () => {
    expect(chooseDurationUnit(0, 8)).toBe('minutes');
    expect(chooseDurationUnit(20, 8)).toBe('minutes');
    expect(chooseDurationUnit(30, 8)).toBe('minutes'); // 0.5 h is below 1 hour
    expect(chooseDurationUnit(60, 8)).toBe('hours');
    expect(chooseDurationUnit(90, 8)).toBe('hours');
    expect(chooseDurationUnit(100, 8)).toBe('minutes'); // 1.67 h reads worse than 100 min
    expect(chooseDurationUnit(480, 8)).toBe('workingDays');
    expect(chooseDurationUnit(600, 8)).toBe('hours'); // 10 h rather than 1.25 working days
    expect(chooseDurationUnit(720, 8)).toBe('workingDays'); // 1.5 working days
    expect(chooseDurationUnit(960, 8)).toBe('workingDays');
    expect(chooseDurationUnit(480, 6)).toBe('hours'); // 8 h is 1.33 working days of 6 h
    expect(chooseDurationUnit(1440, 6)).toBe('workingDays'); // 4 working days of 6 h
  });

  it('rounds for display to 4 decimals without touching clean values', () => {
    expect(roundForInput(100 / 60)).toBe(1.6667);
    expect(roundForInput(1.5)).toBe(1.5);
    expect(roundForInput(0.1 + 0.2)).toBe(0.3);
  });
});
