import { fileFormat } from './registry';
import Papa from 'papaparse';
import {
  LogReadError,
  MAX_LOG_CHARACTERS,
  MAX_ROW_CHARACTERS,
  type ChunkReader,
  type LogFormatModule,
  type RecordSink,
} from './logReader';
import { createTableAssembler } from './tableHeader';
import { StreamingTextDecoder } from './textDecoding';

/** The separators a CSV file may use: comma, semicolon (Dutch Excel), tab. */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/**
 * The separator of a CSV file, from its first line (outside quotes): the one of comma,
 * semicolon and tab that occurs most often; a comma when none occurs (a one-column table).
 */
export function detectDelimiter(firstText: string): CsvDelimiter {
  const counts = new Map<string, number>(CSV_DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (let index = 0; index < firstText.length; index += 1) {
    const character = firstText[index] as string;
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === '\n' || character === '\r')) break;
    else if (!quoted && counts.has(character)) counts.set(character, (counts.get(character) ?? 0) + 1);
  }
  let best: CsvDelimiter = ',';
  for (const delimiter of CSV_DELIMITERS) if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

/** The line ending of the file: the first one outside quotes ("\r\n", "\n" or "\r"). */
function detectNewline(text: string): '\r\n' | '\n' | '\r' {
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (character === '"') quoted = !quoted;
    else if (!quoted && character === '\n') return '\n';
    else if (!quoted && character === '\r') return text[index + 1] === '\n' ? '\r\n' : '\r';
  }
  return '\n';
}

/**
 * Text that is enough to tell the separator and line ending: a first complete line (a "\r"
 * at the very end may still be the first half of "\r\n").
 */
function hasCompleteLine(text: string): boolean {
  const lineFeed = text.indexOf('\n');
  const carriageReturn = text.indexOf('\r');
  return lineFeed >= 0 || (carriageReturn >= 0 && carriageReturn < text.length - 1);
}

/**
 * A streaming CSV table reader: the first non-blank row is the header, every further
 * non-blank row a record (row numbers count every row of the file, the header is row 1).
 * Bytes are decoded as UTF-8 or Windows-1252 (textDecoding.ts); the separator and line
 * ending are taken from the first line. Parsing is papaparse's core parser, fed chunk by
 * chunk: the incomplete last row of a chunk is carried over to the next one.
 */
export function createCsvTableReader(sink: RecordSink): ChunkReader & { readonly delimiter: CsvDelimiter | null } {
  const decoder = new StreamingTextDecoder();
  let pending = '';
  let parser: Papa.Parser | null = null;
  let delimiter: CsvDelimiter | null = null;
  let rowNumber = 0;
  let charactersRead = 0;

  const table = createTableAssembler(sink);
  const handleRows = (rows: string[][]): void => {
    // papaparse's core parser gives every cell as a string.
    for (const cells of rows) {
      rowNumber += 1;
      table.take(cells, rowNumber);
    }
  };

  const parseText = (text: string, final: boolean): void => {
    pending += text;
    if (parser === null) {
      if (!final && !hasCompleteLine(pending)) {
        if (pending.length > MAX_ROW_CHARACTERS) throw rowTooLong(rowNumber + 1);
        return;
      }
      if (pending.charCodeAt(0) === 0xfeff) pending = pending.slice(1);
      delimiter = detectDelimiter(pending);
      parser = new Papa.Parser({ delimiter, newline: detectNewline(pending), quoteChar: '"' });
    }
    const result = parser.parse(pending, 0, !final) as { data: string[][]; meta: { cursor: number } };
    handleRows(result.data);
    pending = final ? '' : pending.slice(result.meta.cursor);
    // A row this long is a quote that is never closed: papaparse would re-read it for every chunk.
    if (pending.length > MAX_ROW_CHARACTERS) throw rowTooLong(rowNumber + 1);
  };

  return {
    get bytesRead() {
      return charactersRead;
    },
    get delimiter() {
      return delimiter;
    },
    push(chunk) {
      charactersRead += chunk.length;
      if (charactersRead > MAX_LOG_CHARACTERS) {
        throw new LogReadError({ code: 'fileTooLarge', params: { limitMegabytes: MAX_LOG_CHARACTERS / 1024 / 1024 }, location: { kind: 'file' } });
      }
      const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk);
      parseText(text, false);
    },
    finish() {
      parseText(decoder.decode(new Uint8Array(0), true), true);
      table.finish();
      return Promise.resolve();
    },
  };
}

function rowTooLong(row: number): LogReadError {
  return new LogReadError({ code: 'rowTooLong', params: { limit: MAX_ROW_CHARACTERS }, location: { kind: 'row', row } });
}

export const csvFormat: LogFormatModule = {
  id: 'csv',
  extensions: fileFormat('log-csv').extensions,
  createReader: (sink) => createCsvTableReader(sink),
};
