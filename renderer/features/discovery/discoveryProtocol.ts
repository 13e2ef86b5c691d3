import type { ColumnMapping, DiscoveryFilters, DiscoveryNote, LogPreview, LogStatistics, ReadProgress, WorkingCalendar } from '../../../shared/discovery';
import type { SimulationCheck } from '../../../shared/discovery/checkSimulation';
import type { ReadProblem } from '../../../shared/formats/logReader';
import type { MappingProblem } from '../../../shared/discovery';
import type { MeasuredLog, ProcessMap } from '../../../shared/model/types';
import type { Language } from '../../../shared/model/vocabulary';

/**
 * Messages between the page and the discovery worker. The worker keeps the logs it read
 * (one per slot: the log the map is made from, and the follow-up log), so only small
 * results cross: statistics, the map, the measured figures. It reads a file by asking the
 * page for chunks (`needChunk`), which the page gets through the bridge.
 */
export type LogSlot = 'log' | 'followUp';

/** Which file a job reads: the bridge's id for it, its name and size. */
export interface LogFile {
  logId: string;
  fileName: string;
  sizeBytes: number;
}

export type DiscoveryRequest =
  | { type: 'preview'; jobId: number; file: LogFile }
  | { type: 'read'; jobId: number; slot: LogSlot; file: LogFile; mapping: ColumnMapping }
  | { type: 'statistics'; jobId: number; slot: LogSlot; filters: DiscoveryFilters; calendar: WorkingCalendar }
  | { type: 'discover'; jobId: number; filters: DiscoveryFilters; calendar: WorkingCalendar; title: string; language: Language; now: string; file: string }
  | { type: 'measure'; jobId: number; filters: DiscoveryFilters; calendar: WorkingCalendar }
  | { type: 'cancel'; jobId: number }
  | { type: 'chunk'; chunkId: number; bytes: Uint8Array | null; message?: string };

export type JobResult =
  | { type: 'preview'; ok: true; preview: LogPreview }
  | { type: 'read'; ok: true; events: number; cases: number }
  | { type: 'statistics'; ok: true; statistics: LogStatistics }
  | { type: 'discover'; ok: true; map: ProcessMap; notes: DiscoveryNote[]; statistics: LogStatistics; check: SimulationCheck }
  | { type: 'measure'; ok: true; measured: MeasuredLog; statistics: LogStatistics }
  | { type: 'failed'; ok: false; problem: ReadProblem }
  | { type: 'mapping'; ok: false; problems: MappingProblem[] }
  | { type: 'cancelled'; ok: false };

export type DiscoveryResponse =
  | { type: 'needChunk'; chunkId: number; logId: string; offsetBytes: number; lengthBytes: number }
  | { type: 'progress'; jobId: number; progress: ReadProgress }
  | { type: 'done'; jobId: number; result: JobResult };

/** Bytes per chunk asked from the bridge: few IPC round trips, little memory in flight. */
export const CHUNK_BYTES = 4 * 1024 * 1024;
/** Cases the simulation runs to check the discovered map against the log. */
export const CHECK_SIMULATED_CASES = 5000;
