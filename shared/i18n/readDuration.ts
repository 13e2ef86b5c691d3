import type { Language } from '../model/vocabulary';
import { numberProblemMessage, readNumber, type NumberProblem } from './readNumber';
import { renderTextMessage, type TextMessage } from './textMessage';
import { getTranslator } from './translator';

/**
 * One reader for durations a person typed or wrote in a table (domain.md section 10):
 * a number with an optional unit — `10`, `10 min`, `1,5 uur`, `2 dagen`, `2 werkdagen`,
 * `1 week` (= 5 working days), `1:30` (h:mm) — and a few pairs in a row (`1 uur 30 min`).
 * The number is read by `readNumber` in the text's language (so `1,5` is one and a half in
 * Dutch); unit words are understood in Dutch and English whatever the language, because a
 * Dutch sheet often says `min` or `h`. A day is a working day of `hoursPerDay` hours, as
 * everywhere in a map. A bare number is in `defaultUnit` (minutes unless a table header
 * names a unit, see `durationUnitInHeader`). Anything else is refused with a reason, never guessed.
 * Used by the step-list importer and the workshop capture.
 */

export type DurationUnit = 'minutes' | 'hours' | 'workingDays' | 'weeks';

export interface DurationOptions {
  /** Hours in one working day (the map's `settings.hoursPerDay`). */
  hoursPerDay: number;
  /** The unit of a bare number; minutes if not given. */
  defaultUnit?: DurationUnit;
}

export type DurationProblem =
  /** No number at all, or words that are no unit pairs: "twee dagen", "min". */
  | { code: 'not-a-duration'; text: string }
  /** A number followed by a word that is no unit: "2 maanden". */
  | { code: 'unknown-unit'; text: string; unit: string }
  /** A duration below zero: "-5 min". */
  | { code: 'negative'; text: string }
  /** h:mm with minutes of 60 or more, or not two digits: "1:75". */
  | { code: 'bad-clock'; text: string }
  /** The number itself cannot be read: "1.80 uur" in Dutch. */
  | { code: 'number'; text: string; number: NumberProblem };

export type DurationReading =
  | { kind: 'empty' }
  | { kind: 'duration'; minutes: number }
  | { kind: 'invalid'; problem: DurationProblem };

/** Working days in a week, as domain.md section 10 defines `1 week`. */
const WORKING_DAYS_PER_WEEK = 5;

/** Unit words (lower case, without a trailing dot) in Dutch and English. */
const UNIT_WORDS: Record<string, DurationUnit> = {
  m: 'minutes',
  min: 'minutes',
  mins: 'minutes',
  minuut: 'minutes',
  minuten: 'minutes',
  minute: 'minutes',
  minutes: 'minutes',
  u: 'hours',
  uur: 'hours',
  uren: 'hours',
  h: 'hours',
  hr: 'hours',
  hrs: 'hours',
  hour: 'hours',
  hours: 'hours',
  d: 'workingDays',
  dag: 'workingDays',
  dagen: 'workingDays',
  wd: 'workingDays',
  werkdag: 'workingDays',
  werkdagen: 'workingDays',
  day: 'workingDays',
  days: 'workingDays',
  workday: 'workingDays',
  workdays: 'workingDays',
  'working day': 'workingDays',
  'working days': 'workingDays',
  'business day': 'workingDays',
  'business days': 'workingDays',
  w: 'weeks',
  wk: 'weeks',
  wkn: 'weeks',
  week: 'weeks',
  weken: 'weeks',
  weeks: 'weeks',
};

/** Minutes in one of `unit`. */
export function minutesPerUnit(unit: DurationUnit, hoursPerDay: number): number {
  switch (unit) {
    case 'minutes':
      return 1;
    case 'hours':
      return 60;
    case 'workingDays':
      return 60 * hoursPerDay;
    case 'weeks':
      return WORKING_DAYS_PER_WEEK * 60 * hoursPerDay;
  }
}

/** The unit a word names ("dagen", "min.", "Working days"), or undefined. */
export function readDurationUnit(word: string): DurationUnit | undefined {
  const key = word.trim().toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' ');
  return Object.prototype.hasOwnProperty.call(UNIT_WORDS, key) ? UNIT_WORDS[key] : undefined;
}

/**
 * The unit a table header names for its bare numbers: `Wachttijd (dagen)`, `Wait time [h]`,
 * `Bewerkingstijd in minuten`, `Process time - hours`. Undefined when it names none.
 */
export function durationUnitInHeader(header: string): DurationUnit | undefined {
  const bracketed = /[([]\s*([^)\]]+?)\s*[)\]]/.exec(header);
  if (bracketed) return readDurationUnit(bracketed[1] as string);
  const trailing = /(?:\bin|[-–:,])\s*([a-z][a-z .]*)$/i.exec(header.trim());
  return trailing ? readDurationUnit(trailing[1] as string) : undefined;
}

const CLOCK = /^(\d+):(\d+)$/;
/**
 * Numbers (digits with the separators `readNumber` knows; a space only before a group of
 * three digits, so `1 800 min` stays one number), words, and lone signs.
 */
const TOKEN = /[+\-\u2212]?\d[\d.,]*(?:[ \u00a0\u202f]\d{3}(?![\d.,]))*|[^\s\d+\-\u2212]+|[+\-\u2212]/g;
const NUMBER_TOKEN = /^[+\-\u2212]?\d/;
/** Words allowed between pairs: "1 uur en 30 min", "1 hour and 30 minutes", "1 uur, 30 min". */
const JOINERS = new Set(['en', 'and', ',', '+', '&']);

/** Reads `text` as a duration in minutes (see the module comment). */
export function readDuration(text: string, language: Language, options: DurationOptions): DurationReading {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const invalid = (problem: DurationProblem): DurationReading => ({ kind: 'invalid', problem });

  const clock = CLOCK.exec(trimmed);
  if (clock) {
    const minutesText = clock[2] as string;
    const minutes = Number(minutesText);
    if (minutesText.length !== 2 || minutes >= 60) return invalid({ code: 'bad-clock', text: trimmed });
    return { kind: 'duration', minutes: Number(clock[1]) * 60 + minutes };
  }

  // A bare number: the whole text, so "1 800" is eighteen hundred and "1.80" gets readNumber's reason.
  const bare = readNumber(trimmed, language);
  if (bare.kind === 'number') {
    if (bare.value < 0) return invalid({ code: 'negative', text: trimmed });
    return { kind: 'duration', minutes: bare.value * minutesPerUnit(options.defaultUnit ?? 'minutes', options.hoursPerDay) };
  }
  if (!/[0-9]/.test(trimmed)) return invalid({ code: 'not-a-duration', text: trimmed });

  // Otherwise pairs of a number and a unit: "2 dagen", "1,5u", "1 uur en 30 min".
  const tokens = trimmed.match(TOKEN) ?? [];
  let total = 0;
  let index = 0;
  while (index < tokens.length) {
    const numberText = tokens[index] as string;
    if (!NUMBER_TOKEN.test(numberText)) return invalid({ code: 'not-a-duration', text: trimmed });
    index += 1;
    const words: string[] = [];
    while (index < tokens.length && !NUMBER_TOKEN.test(tokens[index] as string)) words.push(tokens[index++] as string);
    if (index < tokens.length && words.length > 0 && JOINERS.has((words[words.length - 1] as string).toLowerCase())) words.pop();
    const reading = readNumber(numberText, language);
    if (reading.kind === 'invalid') return invalid({ code: 'number', text: trimmed, number: reading.problem });
    if (reading.kind !== 'number') return invalid({ code: 'not-a-duration', text: trimmed });
    if (reading.value < 0) return invalid({ code: 'negative', text: trimmed });
    // Only a number standing alone may go without a unit ("1 uur 30" is unclear).
    if (words.length === 0) return invalid({ code: 'not-a-duration', text: trimmed });
    const unitText = words.join(' ');
    const unit = readDurationUnit(unitText);
    if (unit === undefined) return invalid({ code: 'unknown-unit', text: trimmed, unit: unitText });
    total += reading.value * minutesPerUnit(unit, options.hoursPerDay);
  }
  return { kind: 'duration', minutes: total };
}

/** Why a text is not a duration, as a message of the `common` namespace. */
export function durationProblemMessage(problem: DurationProblem): TextMessage {
  switch (problem.code) {
    case 'number':
      return { key: 'common:duration.badNumber', params: { text: problem.text }, then: numberProblemMessage(problem.number) };
    case 'unknown-unit':
      return { key: 'common:duration.unknownUnit', params: { text: problem.text, unit: problem.unit } };
    case 'negative':
      return { key: 'common:duration.negative', params: { text: problem.text } };
    case 'bad-clock':
      return { key: 'common:duration.badClock', params: { text: problem.text } };
    case 'not-a-duration':
      return { key: 'common:duration.notADuration', params: { text: problem.text } };
  }
}

/** Why a text is not a duration, in `language`: "‘twee dagen’ is geen duur. Schrijf bijvoorbeeld 10 min, 1,5 uur of 2 dagen." */
export function describeDurationProblem(problem: DurationProblem, language: Language): string {
  return renderTextMessage(durationProblemMessage(problem), getTranslator(language));
}
