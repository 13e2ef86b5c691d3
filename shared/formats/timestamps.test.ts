import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excelSerialInto, formatTimestamp, mayBeTimestamp, NO_OFFSET, parseCellTimestampInto, parseTimestampInto, wallClockMs, type ParsedTimestamp } from './timestamps';

function parse(text: string): ParsedTimestamp | null {
  const out = { instantMs: 0, offsetMinutes: 0 };
  return parseTimestampInto(text, out) ? out : null;
}

describe('parseTimestampInto', () => {
  it('reads ISO 8601 with and without offset', () => {
    expect(parse('2024-03-01T09:30:00+01:00')).toEqual({ instantMs: Date.UTC(2024, 2, 1, 8, 30), offsetMinutes: 60 });
    expect(parse('2024-03-01T09:30:00.250Z')).toEqual({ instantMs: Date.UTC(2024, 2, 1, 9, 30, 0, 250), offsetMinutes: 0 });
    expect(parse('2024-03-01 09:30')).toEqual({ instantMs: Date.UTC(2024, 2, 1, 9, 30), offsetMinutes: NO_OFFSET });
    expect(parse('2024-03-01')).toEqual({ instantMs: Date.UTC(2024, 2, 1), offsetMinutes: NO_OFFSET });
    expect(parse('2015-01-05 09:02:50+00:00')).toEqual({ instantMs: Date.UTC(2015, 0, 5, 9, 2, 50), offsetMinutes: 0 });
    expect(parse('2024-07-01T09:00:00-0430')?.offsetMinutes).toBe(-270);
    expect(parse('2024-07-01T09:00:00+02')?.offsetMinutes).toBe(120);
    expect(parse('2024-07-01T09:00:00.123456789+02:00')?.instantMs).toBe(Date.UTC(2024, 6, 1, 7, 0, 0, 123));
  });

  it('reads the Dutch day-first forms and the spreadsheet forms', () => {
    expect(parse('01-03-2024 09:30')).toEqual({ instantMs: Date.UTC(2024, 2, 1, 9, 30), offsetMinutes: NO_OFFSET });
    expect(parse('1-3-2024 9:30:15')).toEqual({ instantMs: Date.UTC(2024, 2, 1, 9, 30, 15), offsetMinutes: NO_OFFSET });
    expect(parse('01/03/2024 09:30')?.instantMs).toBe(Date.UTC(2024, 2, 1, 9, 30));
    expect(parse('2024/03/01 09:30')?.instantMs).toBe(Date.UTC(2024, 2, 1, 9, 30));
    expect(parse('01.03.2024')?.instantMs).toBe(Date.UTC(2024, 2, 1));
  });

  it('refuses what is not a timestamp', () => {
    for (const text of ['', 'gisteren', '2024-13-01', '2024-02-30 10:00', '31-04-2024', '2024-03-01T25:00', '2024-03-01 09:60', '12:30', '2024-03-01T', '2024-03-01 09:30 uur', '99-99-9999', '2024-03-01T09:30+25:00'])
      expect(parse(text), text).toBeNull();
  });

  it('reads Excel serial dates as wall-clock time (45352.5 = 2024-03-01 12:00)', () => {
    const out = { instantMs: 0, offsetMinutes: 0 };
    expect(excelSerialInto(45352.5, out)).toBe(true);
    expect(out).toEqual({ instantMs: Date.UTC(2024, 2, 1, 12), offsetMinutes: NO_OFFSET });
    expect(excelSerialInto(-1, out)).toBe(false);
  });

  it('formats on the timestamp own wall clock', () => {
    const parsed = parse('2024-03-31T10:00:00+02:00') as ParsedTimestamp;
    expect(wallClockMs(parsed.instantMs, parsed.offsetMinutes)).toBe(Date.UTC(2024, 2, 31, 10));
    expect(formatTimestamp(parsed.instantMs, parsed.offsetMinutes)).toBe('2024-03-31T10:00:00+02:00');
    expect(formatTimestamp(Date.UTC(2024, 0, 1, 9), NO_OFFSET)).toBe('2024-01-01T09:00:00');
  });
});

describe('the fast ISO path agrees with the general parser', () => {
  it('on edge cases of the fixed layout', () => {
    const cases: [string, number | null, number][] = [
      ['2024-02-29T23:59:59.999+14:00', Date.UTC(2024, 1, 29, 9, 59, 59, 999), 840],
      ['2023-02-29 10:00:00', null, 0],
      ['2024-03-01 10:00:00.1234', Date.UTC(2024, 2, 1, 10, 0, 0, 123), NO_OFFSET],
      ['2024-03-01 10:00:00.12', Date.UTC(2024, 2, 1, 10, 0, 0, 120), NO_OFFSET],
      ['2024-03-01T10:00:00+0100', Date.UTC(2024, 2, 1, 9), 60],
      ['2024-03-01T10:00:00 Z', Date.UTC(2024, 2, 1, 10), 0],
      ['1999-12-31T24:00:00', null, 0],
      ['2024-03-01T10:00:00+01:00x', null, 0],
    ];
    for (const [text, instantMs, offsetMinutes] of cases) {
      const parsed = parse(text);
      if (instantMs === null) expect(parsed, text).toBeNull();
      else expect(parsed, text).toEqual({ instantMs, offsetMinutes });
    }
  });

  it('accepts exactly the days of each month, leap years by the century rules, on both paths', () => {
    // The last day of a month is the day before the 1st of the next: Date.UTC(y, m, 0) in 0-based months.
    for (const year of [1900, 2000, 2023, 2024]) {
      for (let month = 1; month <= 12; month += 1) {
        const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const mm = String(month).padStart(2, '0');
        for (const day of [lastDay, lastDay + 1]) {
          const expected = day <= lastDay ? Date.UTC(year, month - 1, day, 10) : null;
          // ISO (fast path) and Dutch day-first (general parser).
          expect(parse(`${year}-${mm}-${day}T10:00:00`)?.instantMs ?? null, `${year}-${mm}-${day}`).toBe(expected);
          expect(parse(`${day}-${mm}-${year} 10:00`)?.instantMs ?? null, `${day}-${mm}-${year}`).toBe(expected);
        }
      }
    }
    // 1900 is no leap year (by 100, not by 400), 2000 is one (by 400): hand-checked ends of February.
    expect(parse('1900-02-29T10:00:00')).toBeNull();
    expect(parse('2000-02-29T10:00:00')?.instantMs).toBe(Date.UTC(2000, 1, 29, 10));
  });

  it('reads each date anew after another date of the same month or year (the day cache)', () => {
    const texts = ['2024-03-01T10:00:00Z', '2024-03-09T10:00:00Z', '2024-03-10T10:00:00Z', '2024-03-31 10:00:00', '2024-02-29T10:00:00Z', '2023-02-29T10:00:00Z', '2024-03-01T10:00:00Z'];
    expect(texts.map((text) => parse(text)?.instantMs ?? null)).toEqual([
      Date.UTC(2024, 2, 1, 10),
      Date.UTC(2024, 2, 9, 10),
      Date.UTC(2024, 2, 10, 10),
      Date.UTC(2024, 2, 31, 10),
      Date.UTC(2024, 1, 29, 10),
      // 2023 is no leap year.
      null,
      Date.UTC(2024, 2, 1, 10),
    ]);
  });

  it('on generated texts of the fixed layout, also with the date cache warm (a leading space sends a text to the general parser)', () => {
    // Digits and near-digits in every field, so both in-range and out-of-range values occur.
    const digit = fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '9', '/', ':');
    // Mostly in or just out of range, sometimes no number at all.
    const two = (max: number): fc.Arbitrary<string> =>
      fc.oneof(
        { arbitrary: fc.integer({ min: 0, max }).map((value) => String(value).padStart(2, '0')), weight: 9 },
        { arbitrary: fc.tuple(digit, digit).map(([a, b]) => a + b), weight: 1 },
      );
    const text = fc
      .tuple(
        // Few centuries, years, months and days, so texts in a row often share (part of) their date.
        fc.constantFrom('20', '09'),
        fc.constantFrom('24', '23'),
        fc.constantFrom('02', '03', '13'),
        fc.constantFrom('01', '09', '28', '29', '30', '31'),
        fc.constantFrom('T', ' ', 't', '_'),
        two(35),
        two(60),
        two(60),
        fc.constantFrom('', '.123', '.1234', '.x12'),
        fc.constantFrom('', 'Z', '+01:00', '-04:30', '+18:59', '+19:00', '+01:60', '+0100', 'z'),
      )
      .map(([century, year, month, day, separator, hours, minutes, seconds, fraction, offset]) => `${century}${year}-${month}-${day}${separator}${hours}:${minutes}:${seconds}${fraction}${offset}`);
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 8 }), (texts) => {
        // Several in a row: a date read before must not change how the next text is read.
        for (const item of texts) expect(parse(item), item).toEqual(parse(` ${item}`));
      }),
      { numRuns: 200 },
    );
  });
});

describe('mayBeTimestamp', () => {
  it('is false only for cells that do not read as a timestamp', () => {
    const out = { instantMs: 0, offsetMinutes: 0 };
    for (const cell of ['2024-03-01T09:30:00+01:00', ' \t01-03-2024 09:30', '1-3-2024', 45352.5, -1, '9 mei', '12:30'])
      expect(mayBeTimestamp(cell), String(cell)).toBe(true);
    for (const cell of [null, '', '   ', 'Z0001', 'gisteren', '\n2024-03-01', '\u00a02024-03-01', 'start']) {
      expect(mayBeTimestamp(cell), String(cell)).toBe(false);
      expect(parseCellTimestampInto(cell, out), String(cell)).toBe(false);
    }
    // Texts made of the characters timestamps are written with: a cell that reads is never ruled out.
    const text = fc.array(fc.constantFrom('2', '0', '1', '9', '-', '/', '.', ':', ' ', '\t', 'T', 'Z', '+', 'x'), { maxLength: 24 }).map((parts) => parts.join(''));
    const written = fc
      .tuple(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.constantFrom('', ' ', '\t '), fc.integer({ min: 0, max: 2 }))
      .map(([ms, lead, layout]) => {
        const iso = new Date(ms).toISOString();
        const dutch = `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
        return lead + [iso, iso.slice(0, 19).replace('T', ' '), dutch][layout];
      });
    fc.assert(
      fc.property(fc.oneof(written, text, fc.string()), (cell) => {
        if (parseCellTimestampInto(cell, out)) expect(mayBeTimestamp(cell), cell).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
