import { csvFormat } from '../formats/csvTable';
import { LogReadError, type Cell, type LogFormatModule, type ReadProblem, type ReaderOptions } from '../formats/logReader';
import { xesFormat } from '../formats/xes';
import { xlsxFormat } from '../formats/xlsxTable';
import { checkColumnMapping, describeColumns, guessColumnMapping, XES_MAPPING, type ColumnDescription, type ColumnMapping, type MappingProblem } from './columns';
import { createEventCollector, type EventLog } from './eventLog';
import { buildCaseLog, type CaseLog } from './instances';

/** The event-log formats discovery reads. */
export const LOG_FORMATS: readonly LogFormatModule[] = [xesFormat, csvFormat, xlsxFormat];
export type LogFormatId = LogFormatModule['id'];

/** The format of a file from its name (".xes.gz" before ".xes"); null when none fits. */
export function logFormatForFileName(fileName: string): LogFormatModule | null {
  const lower = fileName.toLowerCase();
  let best: LogFormatModule | null = null;
  let bestLength = 0;
  for (const format of LOG_FORMATS) {
    for (const extension of format.extensions) {
      if (lower.endsWith(extension) && extension.length > bestLength) {
        best = format;
        bestLength = extension.length;
      }
    }
  }
  return best;
}

export function logFormatById(id: LogFormatId): LogFormatModule {
  return LOG_FORMATS.find((format) => format.id === id) ?? csvFormat;
}

/** Progress of reading: bytes taken in of the file's size (when known), events so far. */
export interface ReadProgress {
  bytesRead: number;
  totalBytes: number | null;
  records: number;
}

/** What a reading step needs from its caller: progress reports and a way to stop. */
export interface ReadHooks {
  onProgress?(progress: ReadProgress): void;
  /** Asked between chunks: true stops reading (the result is `cancelled`). */
  isCancelled?(): boolean;
  totalBytes?: number;
}

export type ReadLogResult =
  | { ok: true; eventLog: EventLog; caseLog: CaseLog }
  | { ok: false; kind: 'unreadable'; problem: ReadProblem }
  | { ok: false; kind: 'mapping'; problems: MappingProblem[] }
  | { ok: false; kind: 'cancelled' };

/** The first rows of a log for the column dialog: header, sample rows, columns and a guess. */
export interface LogPreview {
  format: LogFormatId;
  header: string[];
  sampleRows: Cell[][];
  columns: ColumnDescription[];
  guess: ColumnMapping;
}

export type PreviewResult = { ok: true; preview: LogPreview } | { ok: false; kind: 'unreadable'; problem: ReadProblem } | { ok: false; kind: 'cancelled' };

/** Sample rows the preview reads. */
export const PREVIEW_ROWS = 200;
/**
 * The preview hands the reader its chunks in pieces of at most this many bytes, so reading
 * stops soon after the sample rows (200 rows of a log are some 15–50 kB): a reader parses
 * all of a chunk it is given, and a file's chunks are 1 MB (often the whole of a small log).
 * 16 kB: a log of 75-byte rows is parsed up to row 218 instead of row 870 (64 kB pieces),
 * rows that reading the whole log parses again anyway.
 */
export const PREVIEW_PIECE_BYTES = 16 * 1024;

/** A chunk in pieces of at most `size` bytes or characters (views, not copies). */
function* piecesOf(chunk: Uint8Array | string, size: number): Generator<Uint8Array | string> {
  if (chunk.length <= size) {
    yield chunk;
    return;
  }
  for (let start = 0; start < chunk.length; start += size) {
    yield typeof chunk === 'string' ? chunk.slice(start, start + size) : chunk.subarray(start, start + size);
  }
}

class PreviewComplete extends Error {}

function toProblem(error: unknown): ReadProblem {
  if (error instanceof LogReadError) return error.problem;
  return { code: 'readFailed', params: { detail: error instanceof Error ? error.message : String(error) }, location: { kind: 'file' } };
}

/**
 * Reads the start of a log (its first PREVIEW_ROWS records; an .xlsx is read whole) for the
 * column dialog. For XES the guess is the standard keys (XES_MAPPING).
 */
export async function previewLog(chunks: AsyncIterable<Uint8Array | string>, format: LogFormatModule, options: ReaderOptions = {}, hooks: ReadHooks = {}): Promise<PreviewResult> {
  let header: string[] = [];
  const sampleRows: Cell[][] = [];
  const reader = format.createReader(
    {
      onRecord(record, currentHeader) {
        header = [...currentHeader];
        sampleRows.push(record.cells);
        if (sampleRows.length >= PREVIEW_ROWS) throw new PreviewComplete();
      },
      onProblem() {},
    },
    options,
  );
  try {
    for await (const chunk of chunks) {
      if (hooks.isCancelled?.()) return { ok: false, kind: 'cancelled' };
      for (const piece of piecesOf(chunk, PREVIEW_PIECE_BYTES)) reader.push(piece);
    }
    await reader.finish();
  } catch (error) {
    if (!(error instanceof PreviewComplete)) return { ok: false, kind: 'unreadable', problem: toProblem(error) };
  }
  const columns = describeColumns(header, sampleRows);
  const guess = format.id === 'xes' ? { ...XES_MAPPING, lane: XES_MAPPING.lane.filter((key) => header.includes(key)) } : guessColumnMapping(columns);
  if (format.id === 'xes' && guess.lane.length === 0) guess.lane = [...XES_MAPPING.lane];
  return { ok: true, preview: { format: format.id, header, sampleRows, columns, guess } };
}

/**
 * Reads a whole log with a confirmed mapping into events, then into cases and instances
 * (domain.md section 11, point 1). Streams: each chunk is parsed as it arrives, so memory
 * grows with the events, not with the file. Progress is reported at most once per chunk;
 * `isCancelled` is asked between chunks. Never throws: a file that cannot be read is one
 * problem naming where (records that cannot be read are listed in the log and reading goes on).
 */
export async function readEventLog(
  chunks: AsyncIterable<Uint8Array | string>,
  format: LogFormatModule,
  mapping: ColumnMapping,
  options: ReaderOptions = {},
  hooks: ReadHooks = {},
): Promise<ReadLogResult> {
  const mappingProblems = checkColumnMapping(mapping, null);
  if (mappingProblems.length > 0) return { ok: false, kind: 'mapping', problems: mappingProblems };
  let headerProblems: MappingProblem[] | null = null;
  // A table's header is known with its first record: the columns named are checked once.
  const collector = createEventCollector(mapping, (header) => {
    headerProblems = format.id === 'xes' ? [] : checkColumnMapping(mapping, header);
    if (headerProblems.length > 0) throw new PreviewComplete();
  });
  const reader = format.createReader(collector, options);
  try {
    for await (const chunk of chunks) {
      if (hooks.isCancelled?.()) return { ok: false, kind: 'cancelled' };
      reader.push(chunk);
      hooks.onProgress?.({ bytesRead: reader.bytesRead, totalBytes: hooks.totalBytes ?? null, records: collector.records });
    }
    await reader.finish();
  } catch (error) {
    if (error instanceof PreviewComplete && headerProblems !== null) return { ok: false, kind: 'mapping', problems: headerProblems };
    return { ok: false, kind: 'unreadable', problem: toProblem(error) };
  }
  if (hooks.isCancelled?.()) return { ok: false, kind: 'cancelled' };
  const eventLog = collector.result();
  return { ok: true, eventLog, caseLog: buildCaseLog(eventLog) };
}
