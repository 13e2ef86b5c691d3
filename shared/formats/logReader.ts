/**
 * The uniform interface of the log and table readers in this folder (CSV, .xlsx, XES). A
 * reader is pushed chunks of the file as they arrive (bytes, or text already decoded) and
 * hands every complete record to its sink at once, so a file of millions of rows is never
 * held in memory as a whole (except .xlsx, a zip that can only be read from its end).
 * Everything crossing this interface is plain data, so a reader runs in a worker as well as
 * on Node.
 */

/** One cell: text, a number (a numeric spreadsheet cell: maybe an Excel serial date), or empty. */
export type Cell = string | number | null;

/**
 * One record of a log or table: its cells in the order of the reader's `header`. A table row
 * has as many cells as the header has columns at most; an XES event may have fewer (keys that
 * first appear in later events extend the header).
 */
export interface LogRecord {
  /** Where it is in the file, for messages: see `RecordLocation`. */
  location: RecordLocation;
  cells: Cell[];
}

/**
 * Where a record or a problem is: a table's row (1-based, the header is row 1, as a
 * spreadsheet numbers rows) or an XES event (1-based event number in the file, the trace
 * it is in, and the line of the file where it starts).
 */
export type RecordLocation =
  | { kind: 'row'; row: number }
  | { kind: 'event'; event: number; trace: number; line: number }
  | { kind: 'trace'; trace: number; line: number }
  | { kind: 'file' };

/** Why a record, or the whole file, cannot be read: a `logRead` message key with its values. */
export interface ReadProblem {
  code: string;
  params: Record<string, string | number>;
  location: RecordLocation;
}

/**
 * Receives what a reader reads. `header` is the reader's header at the time of the record.
 * The record object and its location are lent for the call (a table reader hands the same
 * object over for every row): a sink that keeps a location copies it. The cells array is
 * the record's own and may be kept.
 */
export interface RecordSink {
  onRecord(record: LogRecord, header: readonly string[]): void;
  /** A record that cannot be read; reading goes on. */
  onProblem(problem: ReadProblem): void;
}

export interface ChunkReader {
  /** The next piece of the file. */
  push(chunk: Uint8Array | string): void;
  /** The file has ended: hands over the last records. */
  finish(): Promise<void>;
  /** Text characters (or bytes) taken in so far, for progress. */
  readonly bytesRead: number;
}

/** Options a reader understands (each reads the ones it needs). */
export interface ReaderOptions {
  /** .xlsx: the sheet to read (by name); the first sheet when absent. */
  sheet?: string;
}

/** A format module: what files it reads and how to make a reader for one. */
export interface LogFormatModule {
  id: 'csv' | 'xlsx' | 'xes';
  /** Lower-case file name endings, with the dot (".csv", ".xes.gz"). */
  extensions: readonly string[];
  createReader(sink: RecordSink, options?: ReaderOptions): ChunkReader;
}

/**
 * Thrown by a reader when the file as a whole cannot be read (not XML, a quote never
 * closed, too large): one problem that names where it went wrong. Readers never throw
 * anything else for bad input.
 */
export class LogReadError extends Error {
  readonly problem: ReadProblem;
  constructor(problem: ReadProblem) {
    super(`${problem.code} ${JSON.stringify(problem.params)}`);
    this.name = 'LogReadError';
    this.problem = problem;
  }
}

/**
 * Limits that fit logs of millions of events and still refuse a file that would exhaust
 * memory. A log of 10 million events takes about 2–3 GB as CSV and more as XES.
 */
export const MAX_LOG_CHARACTERS = 4 * 1024 * 1024 * 1024;
/** One table row (or one XES value) longer than this is broken (e.g. a quote never closed). */
export const MAX_ROW_CHARACTERS = 1024 * 1024;
/** Columns of a table, and distinct attribute keys of an XES log. */
export const MAX_COLUMNS = 1000;
