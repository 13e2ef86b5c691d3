import { LogReadError, MAX_COLUMNS, type Cell, type LogRecord, type RecordSink } from './logReader';

/**
 * The header of a table as column names a mapping can refer to: cells as trimmed text, an
 * empty header cell named by its column number ("#3"), and a repeated name numbered
 * ("Datum", "Datum (2)"), so every column has one unique name.
 */
export function normaliseHeader(cells: readonly Cell[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, index) => {
    const text = cell === null ? '' : String(cell).replace(/\s+/g, ' ').trim();
    const base = text === '' ? `#${index + 1}` : text;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

/** True when a row has no cell with content (blank lines and rows of empty cells are skipped). */
export function isBlankRow(cells: readonly Cell[]): boolean {
  for (const cell of cells) if (cell !== null && cell !== '' && !(typeof cell === 'string' && cell.trim() === '')) return false;
  return true;
}

/**
 * Turns the rows of a table (CSV or a sheet) into records: blank rows are skipped, the first
 * other row is the header (normaliseHeader), every further row a record cut to the header's
 * width. Shared by the table readers, and for the step-list importer (domain.md section 10).
 */
export interface TableAssembler {
  /** One row of the file with its row number (1-based, as a spreadsheet numbers rows). */
  take(cells: Cell[], rowNumber: number): void;
  /** The end of the table: refuses a file without a header row. */
  finish(): void;
}

export function createTableAssembler(sink: RecordSink): TableAssembler {
  let header: string[] | null = null;
  // One record lent to the sink for every row (RecordSink: a sink copies a location it keeps):
  // no two objects per row of a file of millions of rows.
  const location = { kind: 'row' as const, row: 0 };
  const record: LogRecord = { location, cells: [] };
  return {
    take(cells, rowNumber) {
      if (isBlankRow(cells)) return;
      if (header === null) {
        if (cells.length > MAX_COLUMNS) {
          throw new LogReadError({ code: 'tooManyColumns', params: { count: cells.length, limit: MAX_COLUMNS }, location: { kind: 'row', row: rowNumber } });
        }
        header = normaliseHeader(cells);
        return;
      }
      if (cells.length > header.length) cells.length = header.length;
      location.row = rowNumber;
      record.cells = cells;
      sink.onRecord(record, header);
    },
    finish() {
      if (header === null) throw new LogReadError({ code: 'emptyTable', params: {}, location: { kind: 'file' } });
    },
  };
}
