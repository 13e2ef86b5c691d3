import type { Language } from '../model/vocabulary';

/**
 * Dates a person types, the way the UI language writes them (issue 11 item 8: a Dutch screen
 * showed the browser's `mm/dd/yyyy`). Dutch: day-month-year with dashes, `15-01-2027`;
 * English (British order, as the app's English texts): `15/01/2027`. Either language also
 * reads the other separator (`-`, `/`, `.`), single-digit days and months, and the file's own
 * ISO form `2027-01-15`. Stored as ISO `yyyy-mm-dd`, as the file format keeps dates.
 */

export type DateReading = { kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'invalid' };

const DAY_MONTH_YEAR = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

const pad = (value: number, digits: number): string => String(value).padStart(digits, '0');

/** The ISO date of year/month/day when that day exists (no 31 April, 29 February only in leap years). */
function isoOf(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Reads a typed date (day-month-year in both languages, or ISO). */
export function readDate(text: string): DateReading {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const iso = ISO_DATE.exec(trimmed);
  const dayFirst = DAY_MONTH_YEAR.exec(trimmed);
  const parts = iso ? { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) } : dayFirst ? { year: Number(dayFirst[3]), month: Number(dayFirst[2]), day: Number(dayFirst[1]) } : null;
  const read = parts ? isoOf(parts.year, parts.month, parts.day) : null;
  return read === null ? { kind: 'invalid' } : { kind: 'date', iso: read };
}

/** A stored ISO date as the UI language writes it in a field: `15-01-2027` (nl), `15/01/2027` (en); other text as is. */
export function formatDateForInput(iso: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const separator = language === 'nl' ? '-' : '/';
  return [match[3], match[2], match[1]].join(separator);
}

/** How a date is written in the UI language, for a placeholder: `dd-mm-jjjj` (nl), `dd/mm/yyyy` (en). */
export function datePattern(language: Language): string {
  return language === 'nl' ? 'dd-mm-jjjj' : 'dd/mm/yyyy';
}
