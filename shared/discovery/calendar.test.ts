import { describe, expect, it } from 'vitest';
import { parseTimestampInto, wallClockMs } from '../formats/timestamps';
import { createWorkingClock, workingMsBetween } from './calendar';

const clock = createWorkingClock({ workdayStart: '09:00', hoursPerDay: 8 });

function wall(text: string): number {
  const out = { instantMs: 0, offsetMinutes: 0 };
  if (!parseTimestampInto(text, out)) throw new Error(text);
  return wallClockMs(out.instantMs, out.offsetMinutes);
}

function workingMinutes(from: string, to: string, workingClock = clock): number {
  return workingMsBetween(workingClock, wall(from), wall(to)) / 60_000;
}

describe('working calendar (domain.md section 11, point 4)', () => {
  it('counts only the hours from 09:00 for 8 hours on a weekday', () => {
    // Monday 2024-03-04: 10:00 → 15:30 is 5.5 h = 330 min; 07:00 → 09:30 counts from 09:00: 30 min.
    expect(workingMinutes('2024-03-04 10:00', '2024-03-04 15:30')).toBe(330);
    expect(workingMinutes('2024-03-04 07:00', '2024-03-04 09:30')).toBe(30);
    // 16:00 → 20:00: only 16:00–17:00 = 60 min.
    expect(workingMinutes('2024-03-04 16:00', '2024-03-04 20:00')).toBe(60);
    // Reversed order is 0.
    expect(workingMinutes('2024-03-04 15:00', '2024-03-04 10:00')).toBe(0);
  });

  it('skips weekends', () => {
    // Friday 2024-03-08 16:00 → Monday 2024-03-11 10:00: 60 (Fri) + 60 (Mon) = 120 min.
    expect(workingMinutes('2024-03-08 16:00', '2024-03-11 10:00')).toBe(120);
    // Saturday → Sunday: 0; Saturday 12:00 → Monday 09:30: 30 min.
    expect(workingMinutes('2024-03-09 12:00', '2024-03-10 12:00')).toBe(0);
    expect(workingMinutes('2024-03-09 12:00', '2024-03-11 09:30')).toBe(30);
    // Two full weeks: Monday 09:00 → Monday 09:00 two weeks later = 10 days × 480 = 4800 min.
    expect(workingMinutes('2024-03-04 09:00', '2024-03-18 09:00')).toBe(4800);
  });

  it('reads each timestamp on its own wall clock across a daylight-saving change', () => {
    // Friday 2024-03-29 16:00+01:00 → Monday 2024-04-01 10:00+02:00 (the clocks went forward on
    // Sunday 31 March): on the wall clocks 16:00–17:00 Friday + 09:00–10:00 Monday = 120 min,
    // although the instants are 65 h apart instead of 66.
    expect(workingMinutes('2024-03-29T16:00:00+01:00', '2024-04-01T10:00:00+02:00')).toBe(120);
    // Autumn: Friday 2024-10-25 16:30+02:00 → Monday 2024-10-28 09:15+01:00 = 30 + 15 = 45 min.
    expect(workingMinutes('2024-10-25T16:30:00+02:00', '2024-10-28T09:15:00+01:00')).toBe(45);
    // The same instant written in UTC reads differently: Monday 08:00Z → 10:00Z = 09:00–10:00 = 60 min.
    expect(workingMinutes('2024-04-01T08:00:00Z', '2024-04-01T10:00:00Z')).toBe(60);
  });

  it('follows workdayStart and hoursPerDay, also past midnight', () => {
    const early = createWorkingClock({ workdayStart: '07:30', hoursPerDay: 7.5 });
    // Monday 07:00 → 16:00: 07:30–15:00 = 450 min.
    expect(workingMinutes('2024-03-04 07:00', '2024-03-04 16:00', early)).toBe(450);
    const night = createWorkingClock({ workdayStart: '22:00', hoursPerDay: 8 });
    // Friday's window is 22:00–06:00 Saturday; Saturday's has none: Fri 23:00 → Sat 23:00 = 7 h.
    expect(workingMinutes('2024-03-08 23:00', '2024-03-09 23:00', night)).toBe(420);
  });

  it('wallAt inverts position', () => {
    for (const text of ['2024-03-04 09:00', '2024-03-04 12:34:56', '2024-03-08 16:59', '2024-12-31 10:00']) {
      expect(clock.wallAt(clock.position(wall(text)))).toBe(wall(text));
    }
  });
});
