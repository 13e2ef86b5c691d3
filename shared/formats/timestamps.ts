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

/** Days of each month (1–12) in a common year. */
const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The days of `month` (1–12) in `year`. Every arithmetic operation runs on every call, with
 * no branch that only February (or only some years) takes: V8 optimises the fast path after
 * a few hundred timestamps, and an operation that had not run by then (a log's first
 * February) sent the optimised code back to the interpreter (a deoptimisation) and V8 had
 * to compile it again.
 */
function daysInMonth(year: number, month: number): number {
  // 1 in a leap year (divisible by 4, not by 100 unless by 400), else 0: 2024 → 1, 1900 → 1 − 1 = 0, 2000 → 1 − 1 + 1 = 1.
  const leapDay = (year % 4 === 0 ? 1 : 0) - (year % 100 === 0 ? 1 : 0) + (year % 400 === 0 ? 1 : 0);
  return (MONTH_DAYS[month] as number) + (month === 2 ? leapDay : 0);
}

const DASH = 45;
const SLASH = 47;
const DOT = 46;
const COLON = 58;
const COMMA = 44;
const PLUS = 43;
const SPACE = 32;
const TAB = 9;
const MINUS_SIGN = 0x2212;

/*
 * The parser below runs once per event of logs with millions of events, so it is written
 * as one pass over character codes with the cursor in a module variable (no objects, no
 * slices, no regular expressions). `cursor` indexes `source`; every reader advances it.
 */
let source = '';
let cursor = 0;
let end = 0;

function codeAt(index: number): number {
  return index < end ? source.charCodeAt(index) : -1;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** How many digits follow the cursor (without reading them). */
function digitRun(): number {
  let index = cursor;
  while (index < end && isDigitCode(source.charCodeAt(index))) index += 1;
  return index - cursor;
}

/** Reads a field of one or two digits (a day, a month), or returns -1. */
function readShortField(): number {
  const run = digitRun();
  return run < 1 || run > 2 ? -1 : readDigits(run);
}

/** Reads `count` digits as a number (the caller checked they are there). */
function readDigits(count: number): number {
  let value = 0;
  for (let index = 0; index < count; index += 1) value = value * 10 + (source.charCodeAt(cursor + index) - 48);
  cursor += count;
  return value;
}

/** Reads "HH:MM[:SS[.fff]]" (one- or two-digit hours) into milliseconds of the day, or -1. */
function readTimeOfDay(): number {
  const hourDigits = digitRun();
  if (hourDigits < 1 || hourDigits > 2) return -1;
  const hours = readDigits(hourDigits);
  if (hours > 23 || codeAt(cursor) !== COLON) return -1;
  cursor += 1;
  if (digitRun() !== 2) return -1;
  const minutes = readDigits(2);
  if (minutes > 59) return -1;
  let seconds = 0;
  let milliseconds = 0;
  if (codeAt(cursor) === COLON) {
    cursor += 1;
    if (digitRun() !== 2) return -1;
    seconds = readDigits(2);
    if (seconds > 60) return -1;
    const separator = codeAt(cursor);
    if (separator === DOT || separator === COMMA) {
      cursor += 1;
      const run = digitRun();
      if (run === 0) return -1;
      // Milliseconds from the first three digits (the rest of a longer fraction is cut off).
      let scale = 100;
      for (let index = 0; index < run; index += 1) {
        if (scale >= 1) milliseconds += (source.charCodeAt(cursor + index) - 48) * scale;
        scale /= 10;
      }
      cursor += run;
    }
    // A leap second (:60) is read as the last millisecond of the minute before.
    if (seconds === 60) {
      seconds = 59;
      milliseconds = 999;
    }
  }
  return ((hours * 60 + minutes) * 60 + seconds) * 1000 + milliseconds;
}

/** Reads "Z", "UTC", "+HH:MM", "+HHMM" or "+HH" (also "−"), or nothing: minutes east, NO_OFFSET, or NaN when malformed. */
function readOffset(): number {
  while (codeAt(cursor) === SPACE || codeAt(cursor) === TAB) cursor += 1;
  let code = codeAt(cursor);
  if (code === -1) return NO_OFFSET;
  if (code === 90 || code === 122) {
    cursor += 1;
    return 0;
  }
  if (source.startsWith('UTC', cursor) || source.startsWith('GMT', cursor)) {
    cursor += 3;
    code = codeAt(cursor);
    if (code === -1) return 0;
  }
  const sign = code === PLUS ? 1 : code === DASH || code === MINUS_SIGN ? -1 : 0;
  if (sign === 0) return Number.NaN;
  cursor += 1;
  const run = digitRun();
  let hours: number;
  let minutes = 0;
  if (run === 4) {
    hours = readDigits(2);
    minutes = readDigits(2);
  } else if (run === 2 || run === 1) {
    hours = readDigits(run);
    if (codeAt(cursor) === COLON) {
      cursor += 1;
      if (digitRun() !== 2) return Number.NaN;
      minutes = readDigits(2);
    }
  } else return Number.NaN;
  if (hours > 18 || minutes > 59) return Number.NaN;
  return sign * (hours * 60 + minutes);
}

/** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  // The subtraction outside the condition, so it runs for every month (see daysInMonth).
  const y = year - (month <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The last date the fast path read (yyyymmdd) and its day (ms since 1970): a log's events come many to a day. */
let cachedDateKey = -1;
let cachedDayMs = 0;

/**
 * The layout of the fast path, every field in its range except the day, which is checked
 * against its month: `YYYY-MM-DD[T ]HH:MM:SS`, optionally `.fff` (exactly three digits),
 * optionally `Z` or `±HH:MM`. One test of a regular expression, which the engine runs as
 * machine code from its first use: the field-by-field checks it replaces (some forty
 * character reads and calls) cost several microseconds per timestamp while V8 still
 * interprets this code, which it does for the first thousands of events of every log.
 */
const ISO_FAST_LAYOUT = /^[1-9]\d{3}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[T ](?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{3})?(?:Z|[+-](?:0\d|1[0-8]):[0-5]\d)?$/;
/*
 * Numbers from the digits' character codes: ((c0 × 10 + c1) × 10 + c2) × 10 + c3 is the
 * number plus 48 × 1111, as each code is its digit plus 48 ('0').
 */
const ZERO_2 = 48 * 11;
const ZERO_3 = 48 * 111;
const ZERO_4 = 48 * 1111;

/** The character codes of the text parseIsoFast reads (its layout is at most 29 characters long). */
const isoCodes = new Int32Array(29);

/**
 * The common case in one go (ISO_FAST_LAYOUT). Anything else is left to the general parser,
 * which gives the final answer (and agrees with this one, see the tests). Straight-line
 * code, and the day of the date is cached: the same date needs no calendar arithmetic again.
 * The characters are read by one loop into isoCodes: V8 inlines a character read as a
 * sizeable piece of code (every kind of string), and with one per digit (23 reads) it took
 * about twice as long to optimise this function (10–16 against 6–10 ms on an idle moment,
 * 30–50 against 15–20 loaded) while a 10,000-event log was read interpreted meanwhile.
 */
function parseIsoFast(text: string, out: ParsedTimestamp): boolean {
  if (!ISO_FAST_LAYOUT.test(text)) return false;
  const length = text.length;
  const codes = isoCodes;
  for (let index = 0; index < length; index += 1) codes[index] = text.charCodeAt(index);
  const year = (((codes[0] as number) * 10 + (codes[1] as number)) * 10 + (codes[2] as number)) * 10 + (codes[3] as number) - ZERO_4;
  const month = (codes[5] as number) * 10 + (codes[6] as number) - ZERO_2;
  const day = (codes[8] as number) * 10 + (codes[9] as number) - ZERO_2;
  const dateKey = year * 10000 + month * 100 + day;
  let dayMs = cachedDayMs;
  if (dateKey !== cachedDateKey) {
    if (day > daysInMonth(year, month)) return false;
    dayMs = daysFromCivil(year, month, day) * MS_PER_DAY;
    cachedDateKey = dateKey;
    cachedDayMs = dayMs;
  }
  const hours = (codes[11] as number) * 10 + (codes[12] as number) - ZERO_2;
  const minutes = (codes[14] as number) * 10 + (codes[15] as number) - ZERO_2;
  const seconds = (codes[17] as number) * 10 + (codes[18] as number) - ZERO_2;
  let index = 19;
  let milliseconds = 0;
  if (index < length && (codes[index] as number) === DOT) {
    milliseconds = ((codes[20] as number) * 10 + (codes[21] as number)) * 10 + (codes[22] as number) - ZERO_3;
    index = 23;
  }
  let offsetMinutes = NO_OFFSET;
  if (index < length) {
    const sign = codes[index] as number;
    // 'Z', or a sign with HH:MM (the layout allows nothing else here).
    if (sign === 90) offsetMinutes = 0;
    else {
      const offsetHours = (codes[index + 1] as number) * 10 + (codes[index + 2] as number) - ZERO_2;
      const offsetRest = (codes[index + 4] as number) * 10 + (codes[index + 5] as number) - ZERO_2;
      offsetMinutes = (sign === PLUS ? 1 : -1) * (offsetHours * 60 + offsetRest);
    }
  }
  const wallMs = dayMs + ((hours * 60 + minutes) * 60 + seconds) * 1000 + milliseconds;
  out.instantMs = offsetMinutes === NO_OFFSET ? wallMs : wallMs - offsetMinutes * MS_PER_MINUTE;
  out.offsetMinutes = offsetMinutes;
  return true;
}

/**
 * Reads a timestamp written as ISO 8601 (`2024-03-01T09:30:00+01:00`, `2024-03-01 09:30`,
 * `2024-03-01T09:30:00.123Z`, a date alone), the Dutch way (`01-03-2024 09:30[:00]`,
 * also with `/` or `.`: `01/03/2024 09:30`), or year first with slashes (`2024/03/01 09:30`).
 * Day-first is the only reading of `dd/mm/yyyy` (the Dutch and European one). An offset may
 * follow any of them. Writes into `out` and returns true, or returns false for anything else
 * (never throws).
 */
export function parseTimestampInto(text: string, out: ParsedTimestamp): boolean {
  return parseIsoFast(text, out) || parseAnyTimestamp(text, out);
}

/**
 * The general parser behind parseTimestampInto (every layout it reads), in a function of its
 * own: with it inline, every call of parseTimestampInto, also for a text the fast path reads,
 * set up the frame of this body's many variables while V8 still interprets it.
 */
function parseAnyTimestamp(text: string, out: ParsedTimestamp): boolean {
  source = text;
  cursor = 0;
  end = text.length;
  while (cursor < end && (source.charCodeAt(cursor) === SPACE || source.charCodeAt(cursor) === TAB)) cursor += 1;
  while (end > cursor && (source.charCodeAt(end - 1) === SPACE || source.charCodeAt(end - 1) === TAB)) end -= 1;
  const firstRun = digitRun();
  let year: number;
  let month: number;
  let day: number;
  if (firstRun === 4) {
    year = readDigits(4);
    const separator = codeAt(cursor);
    if (separator !== DASH && separator !== SLASH) return false;
    cursor += 1;
    month = readShortField();
    if (month < 0 || codeAt(cursor) !== separator) return false;
    cursor += 1;
    day = readShortField();
  } else if (firstRun === 1 || firstRun === 2) {
    day = readDigits(firstRun);
    const separator = codeAt(cursor);
    if (separator !== DASH && separator !== SLASH && separator !== DOT) return false;
    cursor += 1;
    month = readShortField();
    if (month < 0 || codeAt(cursor) !== separator) return false;
    cursor += 1;
    if (digitRun() !== 4) return false;
    year = readDigits(4);
  } else return false;
  // Years before 1000 are in no log (and two-digit years are not accepted above).
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;

  let timeOfDayMs = 0;
  const afterDate = codeAt(cursor);
  if (afterDate === 84 || afterDate === 116 || afterDate === SPACE || afterDate === TAB) {
    cursor += 1;
    while (codeAt(cursor) === SPACE || codeAt(cursor) === TAB) cursor += 1;
    if (isDigitCode(codeAt(cursor))) {
      timeOfDayMs = readTimeOfDay();
      if (timeOfDayMs < 0) return false;
    } else if (afterDate === 84 || afterDate === 116) return false;
  }
  const offsetMinutes = readOffset();
  if (Number.isNaN(offsetMinutes) || cursor !== end) return false;

  const wallMs = daysFromCivil(year, month, day) * 86_400_000 + timeOfDayMs;
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

/**
 * False for a cell that cannot be a timestamp, told without parsing it: empty, or text whose
 * first character after spaces and tabs is no digit (every layout parseTimestampInto reads
 * starts with one). The column preview tries to read only the other cells.
 */
export function mayBeTimestamp(cell: Cell): boolean {
  if (typeof cell !== 'string') return cell !== null;
  let index = 0;
  while (index < cell.length && (cell.charCodeAt(index) === SPACE || cell.charCodeAt(index) === TAB)) index += 1;
  return index < cell.length && isDigitCode(cell.charCodeAt(index));
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
