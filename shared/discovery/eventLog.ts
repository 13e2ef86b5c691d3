import type { Cell, LogRecord, ReadProblem, RecordLocation, RecordSink } from '../formats/logReader';
import { NO_OFFSET, parseCellTimestampInto, type ParsedTimestamp } from '../formats/timestamps';
import { ACTIVITY_JOINER, type ColumnMapping } from './columns';

/** Lifecycle of an event as discovery reads it (other values are counted and left out). */
export const LIFECYCLE_COMPLETE = 0;
export const LIFECYCLE_START = 1;

/** At most this many unreadable records are listed one by one; all are counted. */
export const MAX_LISTED_PROBLEMS = 100;
/** More events than this are refused (memory: about 40 bytes each plus names). */
export const MAX_EVENTS = 20_000_000;

/**
 * The events of a log in file order, column by column (typed arrays and tables of the
 * distinct names), so ten million events fit in memory and the whole log can be handed to
 * or from a worker as plain data. Built by `createEventCollector`.
 */
export interface EventLog {
  eventCount: number;
  /** Distinct case ids, activity names and lane values; the arrays below index them. */
  caseNames: string[];
  activityNames: string[];
  laneNames: string[];
  caseIndex: Int32Array;
  activityIndex: Int32Array;
  /** The event's timestamp: instant (ms since 1970 UTC) and offset (minutes, or NO_OFFSET). */
  timeMs: Float64Array;
  timeOffset: Int16Array;
  /** The row's start time (a start-time column), NaN when none. */
  startMs: Float64Array;
  startOffset: Int16Array;
  lifecycle: Uint8Array;
  /**
   * Each event's lane value (index in laneNames, -1 for none) under the lane column used:
   * the first of the mapping's candidates that has a value on some event; null when none has.
   */
  laneIndex: Int32Array | null;
  laneColumn: string | null;
  hasStartTransitions: boolean;
  hasStartColumn: boolean;
  /** Events left out for their lifecycle value (schedule, assign…), counted per value. */
  ignoredLifecycles: Record<string, number>;
  /** The first MAX_LISTED_PROBLEMS records that could not be read, and how many there were. */
  problems: ReadProblem[];
  problemCount: number;
}

class GrowableLog {
  capacity = 1024;
  caseIndex = new Int32Array(this.capacity);
  activityIndex = new Int32Array(this.capacity);
  timeMs = new Float64Array(this.capacity);
  timeOffset = new Int16Array(this.capacity);
  startMs = new Float64Array(this.capacity);
  startOffset = new Int16Array(this.capacity);
  lifecycle = new Uint8Array(this.capacity);
  lanes: Int32Array[];
  constructor(laneCount: number) {
    this.lanes = Array.from({ length: laneCount }, () => new Int32Array(this.capacity));
  }
  grow(): void {
    this.capacity *= 2;
    const grow = <Array extends Int32Array | Float64Array | Int16Array | Uint8Array>(array: Array): Array => {
      const bigger = new (array.constructor as new (length: number) => Array)(this.capacity);
      bigger.set(array);
      return bigger;
    };
    this.caseIndex = grow(this.caseIndex);
    this.activityIndex = grow(this.activityIndex);
    this.timeMs = grow(this.timeMs);
    this.timeOffset = grow(this.timeOffset);
    this.startMs = grow(this.startMs);
    this.startOffset = grow(this.startOffset);
    this.lifecycle = grow(this.lifecycle);
    this.lanes = this.lanes.map(grow);
  }
}

/**
 * The distinct names of a column, each with its index in order of first appearance. A Map
 * lookup for every name: searching short tables (activities, lanes) by comparison first was
 * no faster once V8 had optimised it, and slower before, while V8 still interprets the loop
 * (reading a 10,000-event CSV cold took about 12 ms more, of some 105 ms).
 */
class NameTable {
  readonly names: string[] = [];
  private readonly index = new Map<string, number>();
  // Consecutive events mostly share their case (and often their lane): a one-entry cache saves the lookup.
  private lastName = '';
  private lastIndex = -1;
  indexOf(name: string): number {
    if (name === this.lastName && this.lastIndex >= 0) return this.lastIndex;
    let found = this.index.get(name);
    if (found === undefined) {
      found = this.names.length;
      this.names.push(name);
      this.index.set(name, found);
    }
    this.lastName = name;
    this.lastIndex = found;
    return found;
  }
}

/**
 * A cell as trimmed text. `trim` itself, which hands back the same string when there is
 * nothing to trim: a check of the first and last character before it (four character reads
 * in each of the five places V8 inlines this into the collector) doubled the time V8 took to
 * optimise the collector (some 50 against 25 ms of compiling on a 10,000-event log, most of
 * which was read interpreted meanwhile) and saved nothing measurable on a million events.
 */
function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  return cell.trim();
}

/** An event collector: a RecordSink that reads each record with the mapping into an EventLog. */
export interface EventCollector extends RecordSink {
  /** Records taken so far (events, and records that could not be read or were left out). */
  readonly records: number;
  /** The log read so far (arrays trimmed to the events read). */
  result(): EventLog;
}

/**
 * Reads records into an EventLog with `mapping` (see columns.ts): per record the case id,
 * the activity (two columns joined when the mapping names two), the timestamp, the start
 * time, the lifecycle and the lane candidates. A record that cannot be read (no case id, no
 * activity, a timestamp that is no timestamp, a start after its end) becomes a problem that
 * names it; reading goes on. Column positions are looked up again whenever the header grows
 * (XES keys appear as the file is read). `onFirstHeader` sees the header before the first
 * record is read (it may throw to stop reading): the reader then hands its records straight
 * to the collector, with no sink in between that is called for every record.
 */
export function createEventCollector(mapping: ColumnMapping, onFirstHeader?: (header: readonly string[]) => void): EventCollector {
  const store = new GrowableLog(mapping.lane.length);
  const cases = new NameTable();
  const activities = new NameTable();
  const lanes = new NameTable();
  const laneUsed = mapping.lane.map(() => false);
  const problems: ReadProblem[] = [];
  const ignoredLifecycles: Record<string, number> = {};
  let problemCount = 0;
  let records = 0;
  let count = 0;
  let hasStartTransitions = false;
  let hasStartColumn = false;
  let resolvedLength = -1;
  let caseColumn = -1;
  let activityColumns: number[] = [];
  let timestampColumn = -1;
  let startColumn = -1;
  let lifecycleColumn = -1;
  let laneColumns: number[] = [];
  let lanesToRead = mapping.lane.length;
  const parsed: ParsedTimestamp = { instantMs: 0, offsetMinutes: 0 };

  const resolve = (header: readonly string[]): void => {
    if (resolvedLength < 0) onFirstHeader?.(header);
    const at = (name: string | null): number => (name === null ? -1 : header.indexOf(name));
    caseColumn = at(mapping.case);
    activityColumns = mapping.activity.map(at);
    timestampColumn = at(mapping.timestamp);
    startColumn = at(mapping.start);
    lifecycleColumn = at(mapping.lifecycle);
    laneColumns = mapping.lane.map(at);
    resolvedLength = header.length;
  };

  const problem = (code: string, location: RecordLocation, params: Record<string, string | number> = {}): void => {
    problemCount += 1;
    // The reader lends the location for the call (RecordSink): a kept one is copied.
    if (problems.length < MAX_LISTED_PROBLEMS) problems.push({ code, params, location: { ...location } });
  };

  return {
    get records() {
      return records;
    },
    onProblem(readProblem) {
      problemCount += 1;
      if (problems.length < MAX_LISTED_PROBLEMS) problems.push(readProblem);
    },
    onRecord(record: LogRecord, header) {
      if (header.length !== resolvedLength) resolve(header);
      records += 1;
      const { cells, location } = record;
      // Runs once per event of logs with millions of events: indexed loops, no closures, and
      // each cell's text is taken once.
      const caseId = caseColumn < 0 ? '' : cellText(cells[caseColumn]);
      if (caseId === '') return problem('missingCase', location, { column: mapping.case ?? '' });
      let activity = '';
      if (activityColumns.length === 1) {
        const column = activityColumns[0] as number;
        if (column >= 0) activity = cellText(cells[column]);
      } else {
        for (let index = 0; index < activityColumns.length; index += 1) {
          const column = activityColumns[index] as number;
          const part = column < 0 ? '' : cellText(cells[column]);
          if (part !== '') activity = activity === '' ? part : `${activity}${ACTIVITY_JOINER}${part}`;
        }
      }
      if (activity === '') return problem('missingActivity', location, { column: mapping.activity.join(' + ') });

      let lifecycle = LIFECYCLE_COMPLETE;
      if (lifecycleColumn >= 0) {
        // The two usual values compared once each (a cell's text is a fresh string: each
        // comparison reads its characters); anything else lower-cased and compared again.
        const value = cellText(cells[lifecycleColumn]);
        if (value === 'start') lifecycle = LIFECYCLE_START;
        else if (value !== 'complete' && value !== '') {
          const lower = value.toLowerCase();
          if (lower === 'start') lifecycle = LIFECYCLE_START;
          else if (lower !== 'complete') {
            ignoredLifecycles[lower] = (ignoredLifecycles[lower] ?? 0) + 1;
            return;
          }
        }
      }

      // A timestamp cell is read first; its text is only needed for a message (a cell that
      // reads as a timestamp is never blank): one trim less per event.
      const timeCell = timestampColumn < 0 ? null : (cells[timestampColumn] ?? null);
      if (!parseCellTimestampInto(timeCell, parsed)) {
        const timeText = cellText(timeCell);
        if (timeText === '') return problem('missingTimestamp', location, { column: mapping.timestamp ?? '' });
        return problem('badTimestamp', location, { column: mapping.timestamp ?? '', value: timeText });
      }
      const timeMs = parsed.instantMs;
      const timeOffset = parsed.offsetMinutes;
      let startMs = Number.NaN;
      let startOffset = NO_OFFSET;
      if (startColumn >= 0) {
        const startCell = cells[startColumn] ?? null;
        if (parseCellTimestampInto(startCell, parsed)) {
          if (parsed.instantMs > timeMs) return problem('startAfterEnd', location, { start: cellText(startCell), end: cellText(timeCell) });
          startMs = parsed.instantMs;
          startOffset = parsed.offsetMinutes;
          hasStartColumn = true;
        } else {
          // A blank start cell is no start time; anything else that does not read is a problem.
          const startText = cellText(startCell);
          if (startText !== '') return problem('badStartTime', location, { column: mapping.start ?? '', value: startText });
        }
      }

      if (count >= MAX_EVENTS) return problem('tooManyEvents', location, { limit: MAX_EVENTS });
      if (count === store.capacity) store.grow();
      store.caseIndex[count] = cases.indexOf(caseId);
      store.activityIndex[count] = activities.indexOf(activity);
      store.timeMs[count] = timeMs;
      store.timeOffset[count] = timeOffset;
      store.startMs[count] = startMs;
      store.startOffset[count] = startOffset;
      store.lifecycle[count] = lifecycle;
      if (lifecycle === LIFECYCLE_START) hasStartTransitions = true;
      // Once a candidate has a value somewhere, the ones after it can never be the lane column:
      // they are no longer read (their values stay -1).
      for (let candidate = 0; candidate < lanesToRead; candidate += 1) {
        const column = laneColumns[candidate] as number;
        const value = column < 0 ? '' : cellText(cells[column]);
        (store.lanes[candidate] as Int32Array)[count] = value === '' ? -1 : lanes.indexOf(value);
        if (value !== '') {
          laneUsed[candidate] = true;
          lanesToRead = candidate + 1;
        }
      }
      count += 1;
    },
    result() {
      const used = laneUsed.indexOf(true);
      return {
        eventCount: count,
        caseNames: cases.names,
        activityNames: activities.names,
        laneNames: lanes.names,
        caseIndex: store.caseIndex.subarray(0, count),
        activityIndex: store.activityIndex.subarray(0, count),
        timeMs: store.timeMs.subarray(0, count),
        timeOffset: store.timeOffset.subarray(0, count),
        startMs: store.startMs.subarray(0, count),
        startOffset: store.startOffset.subarray(0, count),
        lifecycle: store.lifecycle.subarray(0, count),
        laneIndex: used < 0 ? null : (store.lanes[used] as Int32Array).subarray(0, count),
        laneColumn: used < 0 ? null : (mapping.lane[used] ?? null),
        hasStartTransitions,
        hasStartColumn,
        ignoredLifecycles,
        problems,
        problemCount,
      };
    },
  };
}
