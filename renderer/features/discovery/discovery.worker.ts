import { computeLogStatistics, discoverMap, logFormatForFileName, previewLog, readEventLog, type CaseLog, type StatisticsResult } from '../../../shared/discovery';
import { measuredFigures } from '../../../shared/discovery/buildMap';
import { checkAgainstSimulation } from '../../../shared/discovery/checkSimulation';
import { layOutDiscoveredMap } from '../../../shared/discovery/layOutMap';
import { csvFormat } from '../../../shared/formats/csvTable';
import { createElkRunner } from '../../../shared/layout/elkLayout';
import { CHECK_SIMULATED_CASES, CHUNK_BYTES, type DiscoveryRequest, type DiscoveryResponse, type JobResult, type LogFile, type LogSlot } from './discoveryProtocol';

/**
 * Reading and discovery off the main thread (issue 16 item 7): the page stays responsive
 * while a log of a million events is parsed. ELK is imported first: its bundle installs its
 * own `self.onmessage` in a worker, which the handler below replaces (as layout.worker.ts).
 */
const runElk = createElkRunner();
const logs = new Map<LogSlot, CaseLog>();
/** The last statistics per slot, reused by discover/measure when filters and calendar are the same. */
const lastStatistics = new Map<LogSlot, { key: string; result: StatisticsResult }>();
const cancelledJobs = new Set<number>();
const waitingChunks = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();
let nextChunkId = 1;

function post(response: DiscoveryResponse): void {
  self.postMessage(response);
}

function askChunk(file: LogFile, offsetBytes: number): Promise<Uint8Array> {
  const chunkId = nextChunkId++;
  return new Promise((resolve, reject) => {
    waitingChunks.set(chunkId, { resolve, reject });
    post({ type: 'needChunk', chunkId, logId: file.logId, offsetBytes, lengthBytes: CHUNK_BYTES });
  });
}

/** The file in chunks, one asked ahead so the bridge reads while this thread parses. */
async function* chunksOf(file: LogFile, isCancelled: () => boolean): AsyncGenerator<Uint8Array> {
  let offset = 0;
  let next: Promise<Uint8Array> | null = file.sizeBytes > 0 ? askChunk(file, 0) : null;
  while (next !== null && !isCancelled()) {
    const bytes = await next;
    offset += bytes.length;
    next = bytes.length > 0 && offset < file.sizeBytes ? askChunk(file, offset) : null;
    if (bytes.length > 0) yield bytes;
  }
  // A chunk asked ahead but not needed any more: let it arrive unheard.
  next?.catch(() => undefined);
}

function statisticsFor(slot: LogSlot, log: CaseLog, request: Extract<DiscoveryRequest, { filters: unknown }>): StatisticsResult {
  const key = JSON.stringify([request.filters, request.calendar]);
  const cached = lastStatistics.get(slot);
  if (cached?.key === key) return cached.result;
  const result = computeLogStatistics(log, request.filters, request.calendar);
  lastStatistics.set(slot, { key, result });
  return result;
}

const notRead: JobResult = { type: 'failed', ok: false, problem: { code: 'readFailed', params: { detail: 'the log was not read' }, location: { kind: 'file' } } };

async function run(request: Exclude<DiscoveryRequest, { type: 'cancel' | 'chunk' }>): Promise<JobResult> {
  const isCancelled = () => cancelledJobs.has(request.jobId);
  switch (request.type) {
    case 'preview': {
      const format = logFormatForFileName(request.file.fileName) ?? csvFormat;
      const result = await previewLog(chunksOf(request.file, isCancelled), format, {}, { isCancelled });
      if (!result.ok) return result.kind === 'cancelled' ? { type: 'cancelled', ok: false } : { type: 'failed', ok: false, problem: result.problem };
      return { type: 'preview', ok: true, preview: result.preview };
    }
    case 'read': {
      logs.delete(request.slot);
      lastStatistics.delete(request.slot);
      const format = logFormatForFileName(request.file.fileName) ?? csvFormat;
      const result = await readEventLog(chunksOf(request.file, isCancelled), format, request.mapping, {}, {
        isCancelled,
        totalBytes: request.file.sizeBytes,
        onProgress: (progress) => post({ type: 'progress', jobId: request.jobId, progress }),
      });
      if (!result.ok) {
        if (result.kind === 'cancelled') return { type: 'cancelled', ok: false };
        if (result.kind === 'mapping') return { type: 'mapping', ok: false, problems: result.problems };
        return { type: 'failed', ok: false, problem: result.problem };
      }
      logs.set(request.slot, result.caseLog);
      return { type: 'read', ok: true, events: result.eventLog.eventCount, cases: result.caseLog.caseCount };
    }
    case 'statistics': {
      const log = logs.get(request.slot);
      return log ? { type: 'statistics', ok: true, statistics: statisticsFor(request.slot, log, request).statistics } : notRead;
    }
    case 'discover': {
      const log = logs.get('log');
      if (!log) return notRead;
      const computed = statisticsFor('log', log, request);
      const discovered = discoverMap(log, { filters: request.filters, calendar: request.calendar, title: request.title, language: request.language, now: request.now, file: request.file }, computed);
      const map = await layOutDiscoveredMap(discovered.map, runElk);
      const check = checkAgainstSimulation(map, computed.measurement.caseWorkingMs, { cases: CHECK_SIMULATED_CASES });
      return { type: 'discover', ok: true, map, notes: discovered.notes, statistics: discovered.statistics, check };
    }
    case 'measure': {
      const log = logs.get('followUp');
      if (!log) return notRead;
      const { statistics, measurement } = statisticsFor('followUp', log, request);
      return { type: 'measure', ok: true, measured: measuredFigures(measurement, statistics), statistics };
    }
  }
}

self.onmessage = (event: MessageEvent<DiscoveryRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    cancelledJobs.add(request.jobId);
    return;
  }
  if (request.type === 'chunk') {
    const waiting = waitingChunks.get(request.chunkId);
    waitingChunks.delete(request.chunkId);
    if (request.bytes === null) waiting?.reject(new Error(request.message ?? 'the file cannot be read'));
    else waiting?.resolve(request.bytes);
    return;
  }
  run(request).then(
    (result) => {
      cancelledJobs.delete(request.jobId);
      post({ type: 'done', jobId: request.jobId, result });
    },
    (error: unknown) => {
      cancelledJobs.delete(request.jobId);
      const detail = error instanceof Error ? error.message : String(error);
      post({ type: 'done', jobId: request.jobId, result: { type: 'failed', ok: false, problem: { code: 'readFailed', params: { detail }, location: { kind: 'file' } } } });
    },
  );
};
