import { ACTIVITY_KINDS, STEP_TYPES, VALUE_TYPES, type ActivityKind, type Language, type StepType, type ValueType } from '../../model/vocabulary';
import { durationProblemMessage, minutesPerUnit, readDuration, type DurationUnit } from '../../i18n/readDuration';
import { numberProblemMessage, readNumber } from '../../i18n/readNumber';
import type { TextMessage } from '../../i18n/textMessage';
import { getTranslator } from '../../i18n/translator';
import type { Cell } from '../logReader';
import type { StepColumn } from './stepColumns';

/**
 * The rules for the cells of one step (domain.md section 10), in one small function so the
 * step-list import and the workshop capture read a step the same way: role, label, process
 * time, wait time or lead time (wait = lead − process), %C&A, type, kind of work, value,
 * system, note. A cell that cannot be read gives a problem naming its column and is left at
 * its default; the other cells are still read.
 */

/** The cells of one step by column (text as typed, a number from a numeric spreadsheet cell, or empty). */
export type StepCells = Partial<Record<Exclude<StepColumn, 'id' | 'next'>, Cell>>;

export interface StepCellOptions {
  /** The language numbers are written in (decimal comma in Dutch). */
  language: Language;
  hoursPerDay: number;
  /** Unit of a bare number per duration column (from its header); minutes when absent. */
  units?: Partial<Record<'processTime' | 'waitTime' | 'leadTime', DurationUnit>>;
  /** %C&A numbers without a % sign are fractions (0,7) rather than percentages (70): see `completeAccurateHoldsFractions`. */
  completeAccurateAsFractions?: boolean;
}

export interface StepCellValues {
  label: string;
  role: string;
  type: StepType | null;
  activity: ActivityKind | null;
  valueType: ValueType | null;
  processTime: number;
  waitTime: number;
  /** 0..1; an empty cell is "not measured" (1). */
  completeAccurate: number;
  system: string;
  note: string;
}

export interface StepCellProblem {
  column: StepColumn;
  message: TextMessage;
}

const EMPTY = /^\s*$/;

function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'number' ? String(cell) : cell;
}

/** A text cell as typed, trimmed; a CSV export's leading apostrophe before = + - @ (against formulas in Excel) removed. */
export function plainCellText(cell: Cell | undefined): string {
  const text = cellText(cell).trim();
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

/** Words of the choice columns (type, kind of work, value) in both languages and as ids, lower case. */
function choiceWords<T extends string>(values: readonly T[], key: string): Map<string, T> {
  const words = new Map<string, T>();
  for (const language of ['nl', 'en'] as const) {
    const t = getTranslator(language);
    for (const value of values) {
      words.set(value, value);
      words.set(t(`plan:${key}.${value}`).toLowerCase(), value);
    }
  }
  return words;
}

let choiceTables: { type: Map<string, StepType>; activity: Map<string, ActivityKind>; value: Map<string, ValueType> } | null = null;
function choices(): NonNullable<typeof choiceTables> {
  choiceTables ??= {
    type: new Map([...choiceWords(STEP_TYPES, 'stepType'), ['begin', 'start'], ['eind', 'end'], ['keuze', 'decision'], ['choice', 'decision'], ['stap', 'activity'], ['step', 'activity'], ['tegelijk', 'parallel']]),
    activity: choiceWords(ACTIVITY_KINDS, 'activity'),
    value: new Map([...choiceWords(VALUE_TYPES, 'valueType'), ['va', 'value-adding'], ['bva', 'business-required'], ['nva', 'non-value-adding']]),
  };
  return choiceTables;
}

/** The word a type, kind of work or value is written as in a step list of `language`. */
export function choiceWord(key: 'stepType' | 'activity' | 'valueType', value: string, language: Language): string {
  return getTranslator(language)(`plan:${key}.${value}`);
}

function readChoice<T extends string>(cell: Cell | undefined, table: Map<string, T>, column: StepColumn, key: 'stepType' | 'activity' | 'valueType', language: Language, problems: StepCellProblem[]): T | null {
  const text = plainCellText(cell);
  if (text === '') return null;
  const value = table.get(text.replace(/\s+/g, ' ').toLowerCase());
  if (value === undefined) {
    const known = [...new Set(table.values())].map((value) => choiceWord(key, value, language)).join(', ');
    problems.push({ column, message: { key: 'formats:cell.unknownChoice', params: { text, known } } });
    return null;
  }
  return value;
}

function readMinutes(cell: Cell | undefined, column: 'processTime' | 'waitTime' | 'leadTime', options: StepCellOptions, problems: StepCellProblem[]): number | null {
  const unit = options.units?.[column];
  if (typeof cell === 'number') {
    if (cell >= 0) return cell * minutesPerUnit(unit ?? 'minutes', options.hoursPerDay);
    problems.push({ column, message: durationProblemMessage({ code: 'negative', text: String(cell) }) });
    return null;
  }
  const reading = readDuration(cellText(cell), options.language, { hoursPerDay: options.hoursPerDay, ...(unit ? { defaultUnit: unit } : {}) });
  if (reading.kind === 'empty') return null;
  if (reading.kind === 'invalid') {
    problems.push({ column, message: durationProblemMessage(reading.problem) });
    return null;
  }
  return reading.minutes;
}

/**
 * A percentage cell: `70%` (always a percentage), or a bare number that is a fraction when
 * `asFractions` (0,7) and a percentage otherwise (70). Returns the fraction 0..1, null for
 * an empty cell, or a problem.
 */
export function readPercentCell(cell: Cell | undefined, language: Language, asFractions: boolean): { kind: 'empty' } | { kind: 'fraction'; value: number } | { kind: 'invalid'; message: TextMessage } {
  if (typeof cell === 'number') return checkedFraction(asFractions ? cell : cell / 100, String(cell));
  const text = cellText(cell).trim();
  if (text === '') return { kind: 'empty' };
  const percent = text.endsWith('%');
  const reading = readNumber(percent ? text.slice(0, -1) : text, language);
  if (reading.kind === 'invalid') return { kind: 'invalid', message: { ...numberProblemMessage(reading.problem) } };
  if (reading.kind === 'empty') return { kind: 'invalid', message: { key: 'common:number.notANumber', params: { text } } };
  return checkedFraction(percent || !asFractions ? reading.value / 100 : reading.value, text);
}

function checkedFraction(value: number, text: string): { kind: 'fraction'; value: number } | { kind: 'invalid'; message: TextMessage } {
  if (!(value >= 0 && value <= 1)) return { kind: 'invalid', message: { key: 'formats:cell.percentRange', params: { text } } };
  return { kind: 'fraction', value };
}

/**
 * Whether the bare numbers of a %C&A column are fractions: all numbers without a % sign lie
 * between 0 and 1 (domain.md section 10). Cells that are no number do not count.
 */
export function completeAccurateHoldsFractions(cells: Iterable<Cell | undefined>, language: Language): boolean {
  for (const cell of cells) {
    if (typeof cell === 'number') {
      if (cell > 1) return false;
      continue;
    }
    const text = cellText(cell).trim();
    if (text === '' || text.endsWith('%')) continue;
    const reading = readNumber(text, language);
    if (reading.kind === 'number' && reading.value > 1) return false;
  }
  return true;
}

/** Reads the cells of one step (see the module comment). */
export function readStepCells(cells: StepCells, options: StepCellOptions): { values: StepCellValues; problems: StepCellProblem[] } {
  const problems: StepCellProblem[] = [];
  const table = choices();
  const processTime = readMinutes(cells.processTime, 'processTime', options, problems) ?? 0;
  let waitTime = readMinutes(cells.waitTime, 'waitTime', options, problems);
  const leadTime = readMinutes(cells.leadTime, 'leadTime', options, problems);
  if (leadTime !== null) {
    if (leadTime < processTime) {
      problems.push({ column: 'leadTime', message: { key: 'formats:cell.leadBelowProcess', params: { lead: plainCellText(cells.leadTime), process: plainCellText(cells.processTime) } } });
    } else if (waitTime === null) {
      waitTime = leadTime - processTime;
    } else if (Math.abs(waitTime - (leadTime - processTime)) > 1e-6) {
      problems.push({ column: 'leadTime', message: { key: 'formats:cell.leadAndWait', params: {} } });
    }
  }
  let completeAccurate = 1;
  const percent = readPercentCell(cells.completeAccurate, options.language, options.completeAccurateAsFractions ?? false);
  if (percent.kind === 'fraction') completeAccurate = percent.value;
  else if (percent.kind === 'invalid') problems.push({ column: 'completeAccurate', message: percent.message });
  return {
    values: {
      label: plainCellText(cells.label),
      role: plainCellText(cells.role),
      type: readChoice(cells.type, table.type, 'type', 'stepType', options.language, problems),
      activity: readChoice(cells.activity, table.activity, 'activity', 'activity', options.language, problems),
      valueType: readChoice(cells.value, table.value, 'value', 'valueType', options.language, problems),
      processTime,
      waitTime: waitTime ?? 0,
      completeAccurate,
      system: plainCellText(cells.system),
      note: plainCellText(cells.note),
    },
    problems,
  };
}

export function isEmptyCell(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && EMPTY.test(cell));
}
