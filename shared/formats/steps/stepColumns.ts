import type { Language } from '../../model/vocabulary';
import { durationUnitInHeader, type DurationUnit } from '../../i18n/readDuration';

/**
 * The columns of a step list (domain.md section 10) and how a header names them: Dutch or
 * English, any case, in any order, with an optional unit for the durations
 * (`Wachttijd (dagen)`, `Process time [h]`, `Bewerkingstijd in minuten`).
 */
export const STEP_COLUMNS = [
  'id',
  'label',
  'type',
  'role',
  'activity',
  'value',
  'processTime',
  'waitTime',
  'leadTime',
  'completeAccurate',
  'system',
  'next',
  'note',
] as const;
export type StepColumn = (typeof STEP_COLUMNS)[number];

/** The duration columns: a bare number in them is minutes unless the header names a unit. */
export const DURATION_COLUMNS = ['processTime', 'waitTime', 'leadTime'] as const satisfies readonly StepColumn[];
export type DurationColumn = (typeof DURATION_COLUMNS)[number];

/** Header words (lower case) per column and language; the first of each language is the one written on export. */
const HEADER_WORDS: Record<StepColumn, Record<Language, readonly string[]>> = {
  id: { nl: ['id', 'nummer', 'nr'], en: ['id', 'number', 'no'] },
  label: { nl: ['stap', 'stapnaam', 'naam'], en: ['step', 'step name', 'name', 'task'] },
  type: { nl: ['type', 'soort stap'], en: ['type', 'step type'] },
  role: { nl: ['rol', 'afdeling', 'lane', 'uitvoerder', 'wie'], en: ['role', 'lane', 'department', 'who'] },
  activity: { nl: ['soort', 'soort werk'], en: ['activity', 'kind', 'kind of work'] },
  value: { nl: ['waarde', 'soort waarde'], en: ['value', 'value type'] },
  processTime: { nl: ['bewerkingstijd', 'werktijd'], en: ['process time', 'processing time', 'work time', 'touch time'] },
  waitTime: { nl: ['wachttijd'], en: ['wait time', 'waiting time', 'wait'] },
  leadTime: { nl: ['doorlooptijd'], en: ['lead time'] },
  completeAccurate: { nl: ['%c&a', 'c&a', 'compleet en juist', '% compleet en juist'], en: ['%c&a', 'c&a', 'complete and accurate', '% complete and accurate'] },
  system: { nl: ['systeem', 'middel'], en: ['system', 'tool'] },
  next: { nl: ['volgende', 'volgende stap', 'volgende stappen', 'naar'], en: ['next', 'next step', 'next steps', 'to'] },
  note: { nl: ['notitie', 'opmerking', 'toelichting'], en: ['note', 'notes', 'comment', 'remark'] },
};

/** The header a column gets on export in `language`; durations carry their unit "(min)". */
export function exportHeader(column: StepColumn, language: Language): string {
  const word = HEADER_WORDS[column][language][0] as string;
  if (column === 'completeAccurate') return '%C&A';
  if (column === 'id') return 'Id';
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
  return (DURATION_COLUMNS as readonly string[]).includes(column) ? `${capitalised} (min)` : capitalised;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The header without a unit part: "wachttijd (dagen)" → "wachttijd", "process time - hours" → "process time". */
function withoutUnit(header: string): string {
  return header
    .replace(/\s*[([][^)\]]*[)\]]\s*$/, '')
    .replace(/\s*(?:\bin|[-–:,])\s*[a-z][a-z .]*$/i, '')
    .trim();
}

/** How one header of the file was understood. */
export interface ColumnReading {
  /** Index of the column in the file. */
  index: number;
  /** The header as the file writes it. */
  header: string;
  /** The column it is, or null when it is not used (unknown, or a second column of a kind). */
  column: StepColumn | null;
  /** For a duration column: the unit of a bare number (from the header, else minutes). */
  unit?: DurationUnit;
  /** Why a column is not used. */
  unused?: 'unknown' | 'repeated';
}

export interface HeaderReading {
  columns: ColumnReading[];
  /** The file index of each recognised column. */
  indexOf: Partial<Record<StepColumn, number>>;
  /** The language the headers are in (by their words), or null when they do not tell. */
  language: Language | null;
}

/** Which column a header names, and in which language the word is ('both' when it is the same in both). */
function matchHeader(header: string): { column: StepColumn; language: Language | 'both' } | null {
  const text = normalise(header);
  for (const candidate of text === withoutUnit(text) ? [text] : [text, withoutUnit(text)]) {
    for (const column of STEP_COLUMNS) {
      const inDutch = HEADER_WORDS[column].nl.includes(candidate);
      const inEnglish = HEADER_WORDS[column].en.includes(candidate);
      if (inDutch || inEnglish) return { column, language: inDutch && inEnglish ? 'both' : inDutch ? 'nl' : 'en' };
    }
  }
  return null;
}

/** Reads a header row: which column is which (the first of a kind wins), each duration's unit, and the language. */
export function readStepHeader(header: readonly string[]): HeaderReading {
  const indexOf: Partial<Record<StepColumn, number>> = {};
  const votes = { nl: 0, en: 0 };
  const columns = header.map((text, index): ColumnReading => {
    const match = matchHeader(text);
    if (match === null) return { index, header: text, column: null, unused: 'unknown' };
    if (indexOf[match.column] !== undefined) return { index, header: text, column: null, unused: 'repeated' };
    indexOf[match.column] = index;
    if (match.language !== 'both') votes[match.language] += 1;
    const reading: ColumnReading = { index, header: text, column: match.column };
    if ((DURATION_COLUMNS as readonly string[]).includes(match.column)) reading.unit = durationUnitInHeader(text) ?? 'minutes';
    return reading;
  });
  const language = votes.nl > votes.en ? 'nl' : votes.en > votes.nl ? 'en' : null;
  return { columns, indexOf, language };
}
