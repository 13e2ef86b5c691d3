import type { LogFormatModule } from '../formats/logReader';
import { DEFAULT_CALENDAR, type WorkingCalendar } from './calendar';
import type { ColumnMapping } from './columns';
import { discoverMap, type DiscoveryResult } from './discover';
import { NO_FILTERS, type DiscoveryFilters } from './filters';
import type { CaseLog } from './instances';
import { logFormatById, previewLog, readEventLog } from './readLog';

/** Test support: text or bytes in chunks of `size` (small sizes split rows, quotes and characters). */
export async function* chunksOf(data: string | Uint8Array, size = 4096): AsyncGenerator<string | Uint8Array> {
  await Promise.resolve();
  for (let offset = 0; offset < data.length; offset += size) yield data.slice(offset, offset + size);
}

/** Test support: reads a log (the mapping guessed unless given) into its cases, or throws with the problem. */
export async function readTestLog(data: string | Uint8Array, format: LogFormatModule['id'] = 'csv', mapping?: Partial<ColumnMapping>, chunkSize = 4096): Promise<CaseLog> {
  const module = logFormatById(format);
  const preview = await previewLog(chunksOf(data, chunkSize), module);
  if (!preview.ok) throw new Error(`preview failed: ${JSON.stringify(preview)}`);
  const read = await readEventLog(chunksOf(data, chunkSize), module, { ...preview.preview.guess, ...mapping });
  if (!read.ok) throw new Error(`reading failed: ${JSON.stringify(read)}`);
  return read.caseLog;
}

/** Test support: discovers a map from a log text with the given filters and calendar. */
export async function discoverTestLog(
  data: string | Uint8Array,
  options: { format?: LogFormatModule['id']; mapping?: Partial<ColumnMapping>; filters?: DiscoveryFilters; calendar?: WorkingCalendar } = {},
): Promise<DiscoveryResult & { caseLog: CaseLog }> {
  const caseLog = await readTestLog(data, options.format ?? 'csv', options.mapping);
  const result = discoverMap(caseLog, {
    filters: options.filters ?? NO_FILTERS,
    calendar: options.calendar ?? DEFAULT_CALENDAR,
    title: 'Test',
    language: 'en',
    now: '2026-01-01T00:00:00Z',
    file: 'test.csv',
  });
  return { ...result, caseLog };
}
