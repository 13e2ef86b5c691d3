import { createReadStream } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { DEFAULT_CALENDAR } from '../../shared/discovery/calendar';
import { discoverMap } from '../../shared/discovery/discover';
import { NO_FILTERS } from '../../shared/discovery/filters';
import { logFormatForFileName, previewLog, readEventLog } from '../../shared/discovery/readLog';
import { serializeMap } from '../../shared/model/serialize';

/**
 * One measurement of `npm run bench:discovery`, in its own process so its peak memory
 * (maxRSS) is its own: `parse FILE` only reads the file with the format's reader (records
 * counted, nothing kept); `discover FILE` does what `npm run discover` does (preview, read
 * with the guessed mapping, instances, statistics, map, serialized). Prints one JSON line.
 */
const [mode, file] = process.argv.slice(2);
if ((mode !== 'parse' && mode !== 'discover') || !file) throw new Error('usage: discoveryChild parse|discover FILE');
const format = logFormatForFileName(file);
if (!format) throw new Error(`no format for ${file}`);
const chunks = (): AsyncIterable<Uint8Array> => createReadStream(file, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Uint8Array>;

const startedAt = performance.now();
const cpuAtStart = process.cpuUsage();
let records = 0;
let steps = 0;
if (mode === 'parse') {
  const reader = format.createReader({
    onRecord: () => {
      records += 1;
    },
    onProblem: () => {},
  });
  for await (const chunk of chunks()) reader.push(chunk);
  await reader.finish();
} else {
  const preview = await previewLog(chunks(), format);
  if (!preview.ok) throw new Error(JSON.stringify(preview));
  const read = await readEventLog(chunks(), format, preview.preview.guess);
  if (!read.ok) throw new Error(JSON.stringify(read));
  records = read.eventLog.eventCount;
  const result = discoverMap(read.caseLog, { filters: NO_FILTERS, calendar: DEFAULT_CALENDAR, title: 'bench', language: 'nl', now: new Date().toISOString(), file });
  steps = serializeMap(result.map).length > 0 ? result.map.steps.length : 0;
}
const elapsedMs = performance.now() - startedAt;
process.stdout.write(`${JSON.stringify({ mode, records, steps, elapsedMs, maxRssBytes: process.resourceUsage().maxRSS * 1024, cpuMs: (process.cpuUsage(cpuAtStart).user + process.cpuUsage(cpuAtStart).system) / 1000 })}\n`);
