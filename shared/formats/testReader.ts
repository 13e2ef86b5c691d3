import type { Cell, ChunkReader, LogFormatModule, ReadProblem, RecordLocation } from './logReader';

/** Test support: everything a reader hands over for `data` pushed in chunks of `chunkSize`. */
export async function readAll(
  format: LogFormatModule | ((sink: Parameters<LogFormatModule['createReader']>[0]) => ChunkReader),
  data: string | Uint8Array,
  chunkSize = 1 << 16,
): Promise<{ header: string[]; rows: Cell[][]; locations: RecordLocation[]; problems: ReadProblem[] }> {
  let header: string[] = [];
  const rows: Cell[][] = [];
  const locations: RecordLocation[] = [];
  const problems: ReadProblem[] = [];
  const sink = {
    onRecord(record: { cells: Cell[]; location: RecordLocation }, currentHeader: readonly string[]) {
      header = [...currentHeader];
      rows.push(record.cells);
      // Locations are lent for the call (RecordSink): kept as a copy.
      locations.push({ ...record.location });
    },
    onProblem(problem: ReadProblem) {
      problems.push(problem);
    },
  };
  const reader = typeof format === 'function' ? format(sink) : format.createReader(sink);
  for (let offset = 0; offset < data.length; offset += chunkSize) reader.push(data.slice(offset, offset + chunkSize));
  await reader.finish();
  return { header, rows, locations, problems };
}
