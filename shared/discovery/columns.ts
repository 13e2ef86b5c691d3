import type { Cell } from '../formats/logReader';
import { mayBeTimestamp, parseCellTimestampInto, type ParsedTimestamp } from '../formats/timestamps';

/**
 * Which columns (table headers, or XES attribute keys) hold what, as the user confirms it in
 * the column dialog. Names, not positions, so one mapping fits a table and an XES log.
 */
export interface ColumnMapping {
  case: string | null;
  /** One column, or two joined into one name ("Accepted – In Progress"). */
  activity: string[];
  /** When the event happened (its end, for a row with a start time). */
  timestamp: string | null;
  /** Optional: when the activity of the row started. */
  start: string | null;
  /** Optional: start / complete (XES lifecycle:transition). */
  lifecycle: string | null;
  /**
   * The lane attribute, as candidates in order of preference: the first that has a value in
   * the log is used (role, else group, else resource); one column when the user chose it.
   */
  lane: string[];
}

export type ColumnRole = 'case' | 'activity' | 'timestamp' | 'start' | 'lifecycle' | 'role' | 'group' | 'resource';

/** Joins the two activity columns of a mapping. */
export const ACTIVITY_JOINER = ' – ';

/** Header words per role (compared lower-case, without accents, with `_`, `-` and `.` as spaces). */
const HEADER_WORDS: Record<ColumnRole, readonly string[]> = {
  case: ['case:concept:name', 'case id', 'caseid', 'case', 'case number', 'case nr', 'zaak', 'zaaknummer', 'zaak id', 'zaakid', 'zaaknr', 'dossier', 'dossiernummer', 'dossier id', 'ticket', 'ticket id', 'order id', 'id'],
  activity: ['concept:name', 'activity', 'activiteit', 'activity name', 'taak', 'task', 'stap', 'step', 'handeling', 'actie', 'action', 'event', 'gebeurtenis'],
  timestamp: ['time:timestamp', 'timestamp', 'tijdstip', 'datum', 'date', 'datetime', 'datum tijd', 'datumtijd', 'time', 'tijd', 'end', 'eind', 'eindtijd', 'einddatum', 'end time', 'end timestamp', 'complete time', 'complete timestamp', 'completion time', 'gereed', 'afgerond'],
  start: ['start_timestamp', 'start timestamp', 'start time', 'starttijd', 'startdatum', 'start date', 'begintijd', 'begindatum', 'start', 'begin', 'time:start'],
  lifecycle: ['lifecycle:transition', 'lifecycle', 'transition', 'lifecycle transition', 'event type', 'overgang', 'levenscyclus'],
  role: ['org:role', 'role', 'rol', 'functie'],
  group: ['org:group', 'group', 'groep', 'afdeling', 'department', 'team', 'dept', 'unit'],
  resource: ['org:resource', 'resource', 'medewerker', 'user', 'gebruiker', 'employee', 'person', 'persoon', 'behandelaar', 'uitvoerder', 'actor', 'agent'],
};

/** A header as compared with the word lists: lower case, accents off, separators as spaces. */
export function normaliseHeaderWord(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[_\-.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const WORD_INDEX: Map<string, ColumnRole> = (() => {
  const index = new Map<string, ColumnRole>();
  for (const [role, words] of Object.entries(HEADER_WORDS) as [ColumnRole, readonly string[]][]) {
    for (const word of words) if (!index.has(normaliseHeaderWord(word))) index.set(normaliseHeaderWord(word), role);
  }
  return index;
})();

/** The role a header names by itself (exact word), or null. */
export function roleOfHeader(header: string): ColumnRole | null {
  return WORD_INDEX.get(normaliseHeaderWord(header)) ?? null;
}

/** A column as the dialog shows it: its name, the role guessed and a few sample values. */
export interface ColumnDescription {
  name: string;
  guessedRole: ColumnRole | null;
  /** Up to three different non-empty values from the first rows, as text. */
  samples: string[];
  /** Share of the non-empty sample values that read as timestamps (0..1). */
  timestampShare: number;
}

const SAMPLE_VALUES = 3;

function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'number' ? String(cell) : cell.trim();
}

/** Describes every column from the header and the first records (see ColumnDescription). */
export function describeColumns(header: readonly string[], sampleRows: readonly (readonly Cell[])[]): ColumnDescription[] {
  const parsed: ParsedTimestamp = { instantMs: 0, offsetMinutes: 0 };
  return header.map((name, index) => {
    const samples: string[] = [];
    let filled = 0;
    let timestamps = 0;
    for (const row of sampleRows) {
      const cell = row[index];
      const text = cellText(cell);
      if (text === '') continue;
      filled += 1;
      // Only cells that may be timestamps are read as one (a case id or a name never is).
      if (cell !== undefined && mayBeTimestamp(cell) && parseCellTimestampInto(cell, parsed)) timestamps += 1;
      if (samples.length < SAMPLE_VALUES && !samples.includes(text)) samples.push(text);
    }
    return { name, guessedRole: roleOfHeader(name), samples, timestampShare: filled === 0 ? 0 : timestamps / filled };
  });
}

/**
 * Guesses the mapping from the headers (pm4py/XES names and Dutch and English words) and,
 * for the timestamp when no header names one, from the values: the first column whose sample
 * values mostly read as timestamps. The case column falls back to the first column, the
 * activity column to the first text column left. Lane candidates: role, group, resource.
 */
export function guessColumnMapping(columns: readonly ColumnDescription[]): ColumnMapping {
  const first = (role: ColumnRole): string | null => columns.find((column) => column.guessedRole === role)?.name ?? null;
  const taken = new Set<string>();
  const take = (name: string | null): string | null => {
    if (name !== null) taken.add(name);
    return name;
  };
  const caseColumn = take(first('case') ?? columns[0]?.name ?? null);
  const timestamp = take(
    first('timestamp') ?? columns.find((column) => !taken.has(column.name) && column.guessedRole !== 'start' && column.timestampShare >= 0.8)?.name ?? null,
  );
  const start = take(first('start'));
  const activity = take(
    first('activity') ?? columns.find((column) => !taken.has(column.name) && column.guessedRole === null && column.timestampShare < 0.5)?.name ?? null,
  );
  const lifecycle = take(first('lifecycle'));
  const lane = (['role', 'group', 'resource'] as const).map(first).filter((name): name is string => name !== null && !taken.has(name));
  return { case: caseColumn, activity: activity === null ? [] : [activity], timestamp, start, lifecycle, lane };
}

/** The mapping every XES log starts with (its standard keys). */
export const XES_MAPPING: ColumnMapping = {
  case: 'case:concept:name',
  activity: ['concept:name'],
  timestamp: 'time:timestamp',
  start: null,
  lifecycle: 'lifecycle:transition',
  lane: ['org:role', 'org:group', 'org:resource'],
};

export type MappingProblem =
  | { code: 'missingRole'; role: 'case' | 'activity' | 'timestamp' }
  | { code: 'unknownColumn'; column: string }
  | { code: 'tooManyActivityColumns' };

/**
 * What is wrong with a mapping for a table with `header`: a required role without a column,
 * a column that is not in the table, more than two activity columns. Empty when it can be read.
 * For XES (whose keys appear as the file is read) pass `header` null: only roles are checked.
 */
export function checkColumnMapping(mapping: ColumnMapping, header: readonly string[] | null): MappingProblem[] {
  const problems: MappingProblem[] = [];
  if (mapping.case === null) problems.push({ code: 'missingRole', role: 'case' });
  if (mapping.activity.length === 0) problems.push({ code: 'missingRole', role: 'activity' });
  if (mapping.activity.length > 2) problems.push({ code: 'tooManyActivityColumns' });
  if (mapping.timestamp === null) problems.push({ code: 'missingRole', role: 'timestamp' });
  if (header !== null) {
    const names = new Set(header);
    const named = [mapping.case, ...mapping.activity, mapping.timestamp, mapping.start, mapping.lifecycle];
    // Lane candidates that a table lacks are simply not used; a chosen single lane must exist.
    if (mapping.lane.length === 1) named.push(mapping.lane[0] ?? null);
    for (const column of named) if (column !== null && !names.has(column)) problems.push({ code: 'unknownColumn', column });
  }
  return problems;
}
