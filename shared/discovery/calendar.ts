/**
 * The working calendar of domain.md section 11, point 4: Monday to Friday, from
 * `workdayStart` for `hoursPerDay` hours, read on each timestamp's own wall clock.
 * Working time is counted in whole milliseconds, so sums over millions of instances are exact.
 */
export interface WorkingCalendar {
  /** "HH:MM" */
  workdayStart: string;
  /** (0, 24] */
  hoursPerDay: number;
}

export const DEFAULT_CALENDAR: WorkingCalendar = { workdayStart: '09:00', hoursPerDay: 8 };

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
/** 1970-01-01 (day 0) was a Thursday, so day 4 (1970-01-05) was a Monday. */
const FIRST_MONDAY_DAY = 4;
const WORKING_DAYS_PER_WEEK = 5;

/** Minutes after midnight of "HH:MM" (09:00 → 540); NaN when malformed. */
export function clockMinutes(text: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return Number.NaN;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours <= 23 && minutes <= 59 ? hours * 60 + minutes : Number.NaN;
}

/**
 * A working clock: `position(wallMs)` is the working time (ms) from a fixed Monday up to a
 * wall-clock reading (timestamps.ts `wallClockMs`), so working(t1, t2) = position(t2) −
 * position(t1). Day d's working window is [d + start, d + start + hours) when d is Monday to
 * Friday; with a late start a window runs past midnight (windows never overlap: hours ≤ 24).
 * For a wall time w, the windows of the days before D = ⌊(w − start) / day⌋ lie wholly before
 * w, and D's window counts min(hours, w − (D + start)).
 */
export interface WorkingClock {
  position(wallMs: number): number;
  /** The inverse: the wall-clock ms at a working position (the start of a window for its boundary). */
  wallAt(position: number): number;
  /** Working milliseconds of a full working day. */
  readonly dayMs: number;
}

export function createWorkingClock(calendar: WorkingCalendar): WorkingClock {
  const startMs = (Number.isFinite(clockMinutes(calendar.workdayStart)) ? clockMinutes(calendar.workdayStart) : 540) * MS_PER_MINUTE;
  const dayMs = Math.round(Math.min(24, Math.max(0, calendar.hoursPerDay)) * 60 * MS_PER_MINUTE);
  return {
    dayMs,
    position(wallMs) {
      const shifted = wallMs - startMs;
      const day = Math.floor(shifted / MS_PER_DAY);
      const intoWindow = shifted - day * MS_PER_DAY;
      const sinceMonday = day - FIRST_MONDAY_DAY;
      const weeks = Math.floor(sinceMonday / 7);
      const weekday = sinceMonday - weeks * 7;
      const daysBefore = weeks * WORKING_DAYS_PER_WEEK + Math.min(weekday, WORKING_DAYS_PER_WEEK);
      return daysBefore * dayMs + (weekday < WORKING_DAYS_PER_WEEK ? Math.min(intoWindow, dayMs) : 0);
    },
    wallAt(position) {
      const workingDays = Math.floor(position / dayMs);
      const intoWindow = position - workingDays * dayMs;
      const weeks = Math.floor(workingDays / WORKING_DAYS_PER_WEEK);
      const weekday = workingDays - weeks * WORKING_DAYS_PER_WEEK;
      return (FIRST_MONDAY_DAY + weeks * 7 + weekday) * MS_PER_DAY + startMs + intoWindow;
    },
  };
}

/** working(t1, t2) in ms: the length of [t1, t2] inside working hours (0 when t2 is before t1). */
export function workingMsBetween(clock: WorkingClock, fromWallMs: number, toWallMs: number): number {
  return Math.max(0, clock.position(toWallMs) - clock.position(fromWallMs));
}

export const MS_PER_WORKING_MINUTE = MS_PER_MINUTE;
