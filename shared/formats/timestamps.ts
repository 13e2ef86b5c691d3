import type { Cell } from './logReader';

/**
 * A point in time as read from a log: the instant (milliseconds since 1970 UTC) and the
 * offset of the wall clock it was written on. The working calendar reads every timestamp
 * on its own wall clock (domain.md section 11, point 4): wall-clock time = instant + offset.
 * A timestamp written without an offset is read "as written": its wall clock is taken as
 * UTC, and its offset is NO_OFFSET.
 */
export interface ParsedTimestamp {
  instantMs: number;
  /** Minutes east of UTC, or NO_OFFSET when the text had none. */
  offsetMinutes: number;
}

/** The offset of a timestamp written without one (its wall clock is its instant). */
export const NO_OFFSET = -32768;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
/** Excel's day 0 is 1899-12-30 (counting its phantom 29 February 1900). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Excel serials from 1 (1900) to 2958465 (9999-12-31). */
const MAX_EXCEL_SERIAL = 2_958_466;

/** The wall-clock milliseconds of a timestamp: what a clock on the wall showed, as if UTC. */
export function wallClockMs(instantMs: number, offsetMinutes: number): number {
  return offsetMinutes === NO_OFFSET ? instantMs : instantMs + offsetMinutes * MS_PER_MINUTE;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A small cursor over the text; every read advances it. */
class Scanner {
  index = 0;
  constructor(readonly text: string) {}
  code(): number {
    return this.index < this.text.length ? this.text.charCodeAt(this.index) : -1;
  }
  /** 1..maxDigits digits as a number, or -1 when there is no digit here. */
  digits(maxDigits: number): number {
    let value = 0;
    let count = 0;
    while (count < maxDigits && isDigit(this.code())) {
      value = value * 10 + (this.code() - 48);
      this.index += 1;
      count += 1;
    }
    return count === 0 ? -1 : value;
  }
  /** How many digits follow from here (without reading them). */
  runOfDigits(): number {
    let end = this.index;
    while (end < this.text.length && isDigit(this.text.charCodeAt(end))) end += 1;
    return end - this.index;
  }
  skipSpaces(): void {
    while (this.code() === 32 || this.code() === 9) this.index += 1;
  }
  take(code: number): boolean {
    if (this.code() !== code) return false;
    this.index += 1;
    return true;
  }
}

const DASH = 45;
const SLASH = 47;
const DOT = 46;
const COLON = 58;
const COMMA = 44;
const PLUS = 43;
const MINUS_SIGN = 0x2212;

/** Reads "HH:MM[:SS[.fff]]" into milliseconds of the day, or -1. 24:00 is not accepted. */
function readTimeOfDay(scanner: Scanner): number {
  const hours = scanner.digits(2);
  if (hours < 0 || hours > 23 || !scanner.take(COLON)) return -1;
  if (scanner.runOfDigits() !== 2) return -1;
  const minutes = scanner.digits(2);
  if (minutes > 59) return -1;
  let seconds = 0;
  let milliseconds = 0;
  if (scanner.take(COLON)) {
    if (scanner.runOfDigits() !== 2) return -1;
    seconds = scanner.digits(2);
    // A leap second (:60) is read as the last millisecond of the minute before.
    if (seconds > 60) return -1;
    if (scanner.code() === DOT || scanner.code() === COMMA) {
      scanner.index += 1;
      const run = scanner.runOfDigits();
      if (run === 0) return -1;
      const fraction = scanner.text.slice(scanner.index, scanner.index + run);
      scanner.index += run;
      milliseconds = Math.floor(Number(`0.${fraction}`) * 1000);
    }
    if (seconds === 60) {
      seconds = 59;
      milliseconds = 999;
    }
  }
  return ((hours * 60 + minutes) * 60 + seconds) * 1000 + milliseconds;
}

/** Reads "Z", "UTC", "+HH:MM", "+HHMM" or "+HH" (also "−"), or nothing: minutes east, NO_OFFSET, or NaN when malformed. */
function readOffset(scanner: Scanner): number {
  scanner.skipSpaces();
  const code = scanner.code();
  if (code === -1) return NO_OFFSET;
  if (code === 90 || code === 122) {
    scanner.index += 1;
    return 0;
  }
  if (scanner.text.startsWith('UTC', scanner.index) || scanner.text.startsWith('GMT', scanner.index)) {
    scanner.index += 3;
    if (scanner.code() === -1) return 0;
  }
  const sign = scanner.code() === PLUS ? 1 : scanner.code() === DASH || scanner.code() === MINUS_SIGN ? -1 : 0;
  if (sign === 0) return Number.NaN;
  scanner.index += 1;
  const run = scanner.runOfDigits();
  let hours: number;
  let minutes = 0;
  if (run === 4) {
    hours = scanner.digits(2);
    minutes = scanner.digits(2);
  } else if (run === 2 || run === 1) {
    hours = scanner.digits(2);
    if (scanner.take(COLON)) {
      if (scanner.runOfDigits() !== 2) return Number.NaN;
      minutes = scanner.digits(2);
    }
  } else return Number.NaN;
  if (hours > 18 || minutes > 59) return Number.NaN;
  return sign * (hours * 60 + minutes);
}

/**
 * Reads a timestamp written as ISO 8601 (`2024-03-01T09:30:00+01:00`, `2024-03-01 09:30`,
 * `2024-03-01T09:30:00.123Z`, a date alone), the Dutch way (`01-03-2024 09:30[:00]`,
 * also with `/` or `.`: `01/03/2024 09:30`), or year first with slashes (`2024/03/01 09:30`).
 * Day-first is the only reading of `dd/mm/yyyy` (the Dutch and European one). An offset may
 * follow any of them. Writes into `out` and returns true, or returns false for anything else
 * (never throws). Hand-written rather than regular expressions: it runs once per event.
 */
export function parseTimestampInto(text: string, out: ParsedTimestamp): boolean {
  const scanner = new Scanner(text.trim());
  const firstRun = scanner.runOfDigits();
  let year: number;
  let month: number;
  let day: number;
  if (firstRun === 4) {
    year = scanner.digits(4);
    const separator = scanner.code();
    if (separator !== DASH && separator !== SLASH) return false;
    scanner.index += 1;
    month = scanner.digits(2);
    if (!scanner.take(separator)) return false;
    day = scanner.digits(2);
  } else if (firstRun === 1 || firstRun === 2) {
    day = scanner.digits(2);
    const separator = scanner.code();
    if (separator !== DASH && separator !== SLASH && separator !== DOT) return false;
    scanner.index += 1;
    month = scanner.digits(2);
    if (!scanner.take(separator)) return false;
    if (scanner.runOfDigits() !== 4) return false;
    year = scanner.digits(4);
  } else return false;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;

  let timeOfDayMs = 0;
  const afterDate = scanner.code();
  if (afterDate === 84 || afterDate === 116 || afterDate === 32 || afterDate === 9) {
    scanner.index += 1;
    scanner.skipSpaces();
    if (isDigit(scanner.code())) {
      timeOfDayMs = readTimeOfDay(scanner);
      if (timeOfDayMs < 0) return false;
    } else if (afterDate === 84 || afterDate === 116) return false;
  }
  const offsetMinutes = readOffset(scanner);
  if (Number.isNaN(offsetMinutes)) return false;
  scanner.skipSpaces();
  if (scanner.code() !== -1) return false;

  const wallMs = Date.UTC(year, month - 1, day) + timeOfDayMs;
  // Date.UTC maps years 0–99 to 1900–1999; such years are not in any log.
  if (year < 1000) return false;
  out.instantMs = offsetMinutes === NO_OFFSET ? wallMs : wallMs - offsetMinutes * MS_PER_MINUTE;
  out.offsetMinutes = offsetMinutes;
  return true;
}

/** An Excel serial date (days since 1899-12-30, the fraction is the time of day): a wall-clock reading without offset. */
export function excelSerialInto(serial: number, out: ParsedTimestamp): boolean {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_EXCEL_SERIAL) return false;
  // Rounded to the millisecond: serials carry binary fractions of a day.
  out.instantMs = Math.round(EXCEL_EPOCH_MS + serial * MS_PER_DAY);
  out.offsetMinutes = NO_OFFSET;
  return true;
}

/** A cell as a timestamp: text by `parseTimestampInto`, a number as an Excel serial date. */
export function parseCellTimestampInto(cell: Cell, out: ParsedTimestamp): boolean {
  if (typeof cell === 'number') return excelSerialInto(cell, out);
  if (cell === null || cell === '') return false;
  return parseTimestampInto(cell, out);
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/**
 * ISO 8601 text of a timestamp on its own wall clock, with its offset (none when it was
 * written without one): `2024-03-01T09:30:00+01:00`. Milliseconds only when not zero.
 */
export function formatTimestamp(instantMs: number, offsetMinutes: number): string {
  const wall = new Date(wallClockMs(instantMs, offsetMinutes));
  const milliseconds = wall.getUTCMilliseconds();
  const base =
    `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}` +
    (milliseconds === 0 ? '' : `.${pad(milliseconds, 3)}`);
  if (offsetMinutes === NO_OFFSET) return base;
  if (offsetMinutes === 0) return `${base}Z`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  return `${base}${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}
