import { fileFormat } from './registry';
import { unzipSync } from 'fflate';
import { LogReadError, type Cell, type ChunkReader, type LogFormatModule, type ReaderOptions, type RecordSink } from './logReader';
import { createTableAssembler } from './tableHeader';
import { formatTimestamp, NO_OFFSET } from './timestamps';

/** An .xlsx larger than this (compressed) is refused: exceljs holds the whole workbook in memory. */
export const MAX_XLSX_BYTES = 200 * 1024 * 1024;
/** Refused when its parts would unpack to more than this (a zip bomb). */
export const MAX_XLSX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024;

/**
 * A date cell as wall-clock text without offset (Excel has no time zones; exceljs gives a
 * Date whose UTC fields are the wall clock): `2024-03-01T09:30:00`, milliseconds when not 0.
 */
function wallClockText(date: Date): string | null {
  return Number.isNaN(date.getTime()) ? null : formatTimestamp(date.getTime(), NO_OFFSET);
}

/** An exceljs cell value as a plain cell: text, number, a date as wall-clock text, or empty. */
export function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return wallClockText(value);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) {
      return value.richText.map((part: unknown) => (typeof part === 'object' && part !== null && 'text' in part ? String(part.text) : '')).join('');
    }
    if ('result' in value) return toCell(value.result);
    if ('text' in value) return toCell(value.text);
    if ('error' in value) return null;
  }
  return null;
}

/** Sums the unpacked sizes from the zip's directory without unpacking anything. */
function unpackedSize(bytes: Uint8Array): number {
  let total = 0;
  unzipSync(bytes, {
    filter(file) {
      total += file.originalSize;
      return false;
    },
  });
  return total;
}

function concatenate(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/**
 * An .xlsx table reader: the first non-blank row of the first sheet (or the one named) is
 * the header, every further non-blank row a record, numbered as Excel numbers them. A zip
 * can only be read from its end, so the bytes are collected and read on `finish`, with
 * exceljs (loaded on first use, to keep it out of the app's first bundle).
 */
export function createXlsxTableReader(sink: RecordSink, options: ReaderOptions = {}): ChunkReader {
  const chunks: Uint8Array[] = [];
  let length = 0;
  return {
    get bytesRead() {
      return length;
    },
    push(chunk) {
      if (typeof chunk === 'string') throw new LogReadError({ code: 'notXlsx', params: {}, location: { kind: 'file' } });
      length += chunk.length;
      if (length > MAX_XLSX_BYTES) {
        throw new LogReadError({ code: 'fileTooLarge', params: { limitMegabytes: MAX_XLSX_BYTES / 1024 / 1024 }, location: { kind: 'file' } });
      }
      chunks.push(chunk);
    },
    async finish() {
      const bytes = concatenate(chunks, length);
      chunks.length = 0;
      let size: number;
      try {
        size = unpackedSize(bytes);
      } catch {
        throw new LogReadError({ code: 'notXlsx', params: {}, location: { kind: 'file' } });
      }
      if (size > MAX_XLSX_UNPACKED_BYTES) {
        throw new LogReadError({ code: 'fileTooLarge', params: { limitMegabytes: MAX_XLSX_UNPACKED_BYTES / 1024 / 1024 }, location: { kind: 'file' } });
      }
      const { default: ExcelJS } = await import('exceljs');
      const workbook = new ExcelJS.Workbook();
      try {
        // exceljs types name Node's Buffer; a Uint8Array is what it reads in both runtimes.
        await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
      } catch {
        throw new LogReadError({ code: 'notXlsx', params: {}, location: { kind: 'file' } });
      }
      const sheet = options.sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(options.sheet);
      if (!sheet) {
        const names = workbook.worksheets.map((worksheet) => worksheet.name).join(', ');
        throw new LogReadError({ code: options.sheet === undefined ? 'noSheet' : 'sheetNotFound', params: { sheet: options.sheet ?? '', sheets: names }, location: { kind: 'file' } });
      }
      const table = createTableAssembler(sink);
      sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        // row.values is 1-based (index 0 is empty).
        const values = Array.isArray(row.values) ? row.values.slice(1) : [];
        table.take(Array.from({ length: values.length }, (_, index) => toCell(values[index])), rowNumber);
      });
      table.finish();
    },
  };
}

export const xlsxFormat: LogFormatModule = {
  id: 'xlsx',
  extensions: fileFormat('log-xlsx').extensions,
  createReader: (sink, options) => createXlsxTableReader(sink, options),
};
