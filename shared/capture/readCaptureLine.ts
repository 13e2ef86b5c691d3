import { readDuration, type DurationProblem } from '../i18n/readDuration';
import type { Language } from '../model/vocabulary';

/**
 * One line a facilitator types in the workshop's quick entry (issue 17 item 3):
 *
 *     Rol: stap, 10 min, wacht 2 dagen
 *     Role: step, 10 min, wait 2 days
 *     stap, 10 min            (no role: the lane of the step before)
 *     stap                    (no times: filled in later)
 *
 * The role is what comes before the first colon, when no comma comes before it (so `1:30`
 * further on is a duration, not a role). After the step's name come parts separated by
 * commas or semicolons; a comma between two digits is a decimal comma (`1,5 uur`). A part
 * that starts with a wait word (`wacht`, `wachttijd`, `wait`) is the wait before the step;
 * any other part is the work time, optionally after a work word (`werk`, `work`).
 * Durations are read by `readDuration`, the same rules as the step-list import.
 * A line that cannot be read names which part and why, and nothing is made of it.
 */

export interface CaptureLine {
  /** The role (lane) named before the colon; null when the line names none. */
  role: string | null;
  label: string;
  /** Work time in minutes; null when the line gives none. */
  processTimeMinutes: number | null;
  /** Wait before the step in minutes; null when the line gives none. */
  waitTimeMinutes: number | null;
}

export type CaptureTimePart = 'work' | 'wait';

export type CaptureProblem =
  /** `: stap` — a colon with nothing before it. */
  | { code: 'empty-role' }
  /** `Rol:` or `, 10 min` — no name for the step. */
  | { code: 'no-step' }
  /** A time part that is no duration: `stap, met de hand`, `stap, wacht lang`. */
  | { code: 'bad-time'; part: CaptureTimePart; text: string; problem: DurationProblem }
  /** Two work times or two waits in one line: `stap, 10 min, 20 min`. */
  | { code: 'twice'; part: CaptureTimePart; text: string };

export type CaptureReading = { kind: 'empty' } | { kind: 'line'; line: CaptureLine } | { kind: 'invalid'; problem: CaptureProblem };

export interface CaptureOptions {
  /** Hours in one working day (the map's `settings.hoursPerDay`), for `2 dagen`. */
  hoursPerDay: number;
}

/** A list marker a pasted list may carry: `- `, `* `, `• `, `1. `, `2) `. */
const LIST_MARKER = /^(?:[-*•–]|\d{1,3}[.)])(?:\s+|$)/;
/** The role: text up to the first colon, with no comma or semicolon before it. */
const ROLE = /^([^,;:]*):(.*)$/s;
/** A part separator: a semicolon, or a comma that is not a decimal comma between two digits. */
const SEPARATOR = /;|,(?!\d)|(?<!\d),/;
/** Words that make a part a wait (Dutch and English, whatever the language), then an optional colon. */
const WAIT_WORD = /^(?:wachttijd|wachten|wacht|waiting time|wait time|waiting|wait)(?=[\s:\d]|$)\s*:?\s*/i;
/** Words that may come before a work time. */
const WORK_WORD = /^(?:bewerkingstijd|werktijd|werk|work time|working time|processing time|process time|work)(?=[\s:\d]|$)\s*:?\s*/i;

/** Reads one typed line (see the module comment). */
export function readCaptureLine(text: string, language: Language, options: CaptureOptions): CaptureReading {
  const trimmed = text.trim().replace(LIST_MARKER, '').trim();
  if (trimmed === '') return { kind: 'empty' };
  const invalid = (problem: CaptureProblem): CaptureReading => ({ kind: 'invalid', problem });

  let role: string | null = null;
  let rest = trimmed;
  const roleMatch = ROLE.exec(trimmed);
  // "10:30 overleg" is no role: a role has at least one letter.
  if (roleMatch && !/^\s*[\d\s]*$/.test(roleMatch[1] as string)) {
    role = (roleMatch[1] as string).trim().replace(/\s+/g, ' ');
    rest = roleMatch[2] as string;
  } else if (roleMatch && (roleMatch[1] as string).trim() === '') {
    return invalid({ code: 'empty-role' });
  }

  const [labelPart = '', ...timeParts] = rest.split(SEPARATOR).map((part) => part.trim());
  const label = labelPart.replace(/\s+/g, ' ');
  if (label === '') return invalid({ code: 'no-step' });

  let processTimeMinutes: number | null = null;
  let waitTimeMinutes: number | null = null;
  for (const part of timeParts) {
    if (part === '') continue; // a trailing comma
    const waitWord = WAIT_WORD.exec(part);
    const kind: CaptureTimePart = waitWord ? 'wait' : 'work';
    const durationText = waitWord ? part.slice(waitWord[0].length) : part.replace(WORK_WORD, '');
    const reading = readDuration(durationText, language, { hoursPerDay: options.hoursPerDay });
    if (reading.kind === 'invalid') return invalid({ code: 'bad-time', part: kind, text: part, problem: reading.problem });
    if (reading.kind === 'empty') return invalid({ code: 'bad-time', part: kind, text: part, problem: { code: 'not-a-duration', text: part } });
    if (kind === 'wait') {
      if (waitTimeMinutes !== null) return invalid({ code: 'twice', part: kind, text: part });
      waitTimeMinutes = reading.minutes;
    } else {
      if (processTimeMinutes !== null) return invalid({ code: 'twice', part: kind, text: part });
      processTimeMinutes = reading.minutes;
    }
  }
  return { kind: 'line', line: { role, label, processTimeMinutes, waitTimeMinutes } };
}
