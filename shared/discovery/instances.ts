import type { ReadProblem } from '../formats/logReader';
import { LIFECYCLE_START, type EventLog } from './eventLog';

/**
 * The instances of every case (domain.md section 11, point 1), case by case and in order
 * within a case, as typed arrays: case c owns instances caseStart[c] … caseStart[c + 1] − 1.
 */
export interface CaseLog {
  caseCount: number;
  caseNames: string[];
  caseStart: Int32Array;
  activityNames: string[];
  laneNames: string[];
  laneColumn: string | null;
  instanceCount: number;
  activity: Int32Array;
  startMs: Float64Array;
  startOffset: Int16Array;
  endMs: Float64Array;
  endOffset: Int16Array;
  /** The instance's lane value (index in laneNames): its completing event's, else its start's; -1 for none. */
  lane: Int32Array;
  /** Events the instance was made of: 2 for a start and its complete, else 1. */
  events: Uint8Array;
  /** True when durations can be measured: start transitions or a start-time column. */
  hasStartTimes: boolean;
  /** `start` events never closed by a `complete` (dropped). */
  unclosedStarts: number;
  /** Cases whose every event was an unclosed start (no instance left). */
  casesWithoutInstances: number;
  ignoredLifecycles: Record<string, number>;
  problems: ReadProblem[];
  problemCount: number;
}

/**
 * The working state of buildCaseLog: the log, scratch arrays for one case (sized for the
 * longest case) and the instances made so far. The per-case work is one small function
 * called once per case, which V8 optimises after a few cases; loops over millions of events
 * in one big function would run in slow code for longer (on-stack replacement, then
 * deoptimisation at every loop not yet run).
 */
interface InstanceBuilder extends Pick<CaseLog, 'activity' | 'startMs' | 'startOffset' | 'endMs' | 'endOffset' | 'lane' | 'events' | 'unclosedStarts'> {
  log: EventLog;
  /** One case's events (in time order when pairing), and its instances: opening and closing event. */
  caseEvents: Int32Array;
  openers: Int32Array;
  closers: Int32Array;
  /** Open starts, oldest first, while pairing. */
  open: Int32Array;
  /** The case's instances (indices into openers/closers) in order. */
  order: Int32Array;
  /** Instances appended so far (the output arrays are sized for one per event). */
  count: number;
}

/** Where an instance opened by `opener` starts: its start-time column, else its own timestamp. */
function instantStart(log: EventLog, opener: number): number {
  const column = log.startMs[opener] as number;
  return Number.isNaN(column) ? (log.timeMs[opener] as number) : column;
}

/** Instances in a case: by start, then complete (as instants), then the file position of the opening event. */
function compareInstances(builder: InstanceBuilder, a: number, b: number): number {
  const { log, openers, closers } = builder;
  const openA = openers[a] as number;
  const openB = openers[b] as number;
  return (
    instantStart(log, openA) - instantStart(log, openB) ||
    (log.timeMs[closers[a] as number] as number) - (log.timeMs[closers[b] as number] as number) ||
    openA - openB
  );
}

/**
 * Pairs the case's events (builder.caseEvents[0 … eventCount − 1], in file order) into
 * openers/closers; returns how many instances.
 */
function pairEvents(builder: InstanceBuilder, eventCount: number): number {
  const { log, caseEvents, openers, closers, open } = builder;
  const timeMs = log.timeMs;
  if (!log.hasStartTransitions) {
    for (let index = 0; index < eventCount; index += 1) {
      openers[index] = caseEvents[index] as number;
      closers[index] = caseEvents[index] as number;
    }
    return eventCount;
  }
  // Time order, file order for equal times (the events are in file order): most logs are already.
  let inTimeOrder = true;
  for (let index = 1; index < eventCount && inTimeOrder; index += 1) inTimeOrder = (timeMs[caseEvents[index - 1] as number] as number) <= (timeMs[caseEvents[index] as number] as number);
  if (!inTimeOrder) {
    const sorted = Array.from(caseEvents.subarray(0, eventCount)).sort((a, b) => (timeMs[a] as number) - (timeMs[b] as number) || a - b);
    caseEvents.set(sorted);
  }
  let instances = 0;
  let openCount = 0;
  for (let index = 0; index < eventCount; index += 1) {
    const event = caseEvents[index] as number;
    if (log.lifecycle[event] === LIFECYCLE_START) {
      open[openCount] = event;
      openCount += 1;
      continue;
    }
    // A complete closes the oldest open start of its activity; a lone complete is an instant.
    const activityIndex = log.activityIndex[event];
    let match = 0;
    while (match < openCount && log.activityIndex[open[match] as number] !== activityIndex) match += 1;
    if (match < openCount) {
      openers[instances] = open[match] as number;
      // The later open starts move up one place (a loop: usually none or one, where a
      // copyWithin call per instance cost more than the moving).
      for (let index = match + 1; index < openCount; index += 1) open[index - 1] = open[index] as number;
      openCount -= 1;
    } else openers[instances] = event;
    closers[instances] = event;
    instances += 1;
  }
  builder.unclosedStarts += openCount;
  return instances;
}

/** Puts the case's instances in order (builder.order) and appends them to the output. */
function appendInstances(builder: InstanceBuilder, instances: number): void {
  const { log, openers, closers, order } = builder;
  let inOrder = true;
  let previousStart = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < instances; index += 1) {
    order[index] = index;
    if (!inOrder) continue;
    // By start first, without calls (this runs interpreted through a small log); the full
    // comparison only for equal starts: the same answer as compareInstances(index − 1, index) ≤ 0.
    const opener = openers[index] as number;
    const startColumn = log.startMs[opener] as number;
    const start = startColumn === startColumn ? startColumn : (log.timeMs[opener] as number); // NaN: no start column
    if (start < previousStart) inOrder = false;
    else if (start === previousStart) inOrder = compareInstances(builder, index - 1, index) <= 0;
    previousStart = start;
  }
  if (!inOrder) order.set(Array.from(order.subarray(0, instances)).sort((a, b) => compareInstances(builder, a, b)));
  const laneOf = log.laneIndex;
  for (let index = 0; index < instances; index += 1) {
    const instance = order[index] as number;
    const opener = openers[instance] as number;
    const closer = closers[instance] as number;
    const paired = opener !== closer;
    const count = builder.count;
    builder.activity[count] = log.activityIndex[closer] as number;
    if (paired) {
      builder.startMs[count] = log.timeMs[opener] as number;
      builder.startOffset[count] = log.timeOffset[opener] as number;
    } else if (!Number.isNaN(log.startMs[closer])) {
      builder.startMs[count] = log.startMs[closer] as number;
      builder.startOffset[count] = log.startOffset[closer] as number;
    } else {
      builder.startMs[count] = log.timeMs[closer] as number;
      builder.startOffset[count] = log.timeOffset[closer] as number;
    }
    builder.endMs[count] = log.timeMs[closer] as number;
    builder.endOffset[count] = log.timeOffset[closer] as number;
    const closingLane = laneOf ? (laneOf[closer] as number) : -1;
    builder.lane[count] = closingLane >= 0 || !laneOf ? closingLane : (laneOf[opener] as number);
    builder.events[count] = paired ? 2 : 1;
    builder.count = count + 1;
  }
}

// The loops of buildCaseLog, each in a function of its own: in one big function V8 optimised
// it on the stack inside the first long loop, and each later loop, which had not run yet, sent
// it back to the interpreter (a deoptimisation per loop on a 100k-event log).

/** Per case its event count, at caseOffsets[c + 1]. */
function eventsPerCase(caseIndex: Int32Array, n: number, caseTotal: number): Int32Array {
  const caseOffsets = new Int32Array(caseTotal + 1);
  for (let event = 0; event < n; event += 1) {
    const slot = (caseIndex[event] as number) + 1;
    caseOffsets[slot] = (caseOffsets[slot] as number) + 1;
  }
  return caseOffsets;
}

/** Turns the counts of eventsPerCase into offsets (case c: caseOffsets[c] … caseOffsets[c + 1] − 1); returns the longest case. */
function accumulateOffsets(caseOffsets: Int32Array, caseTotal: number): number {
  let longestCase = 0;
  for (let c = 0; c < caseTotal; c += 1) {
    if ((caseOffsets[c + 1] as number) > longestCase) longestCase = caseOffsets[c + 1] as number;
    caseOffsets[c + 1] = (caseOffsets[c + 1] as number) + (caseOffsets[c] as number);
  }
  return longestCase;
}

/** The events grouped by case, in file order within a case (`fill`: each case's next free slot). */
function sortEventsByCase(caseIndex: Int32Array, n: number, fill: Int32Array): Int32Array {
  const byCase = new Int32Array(n);
  for (let event = 0; event < n; event += 1) {
    const c = caseIndex[event] as number;
    byCase[fill[c] as number] = event;
    fill[c] = (fill[c] as number) + 1;
  }
  return byCase;
}

/** Makes the instances of every case into `builder`, names the cases that have some; returns how many have none. */
function appendCases(builder: InstanceBuilder, caseOffsets: Int32Array, byCase: Int32Array, caseNames: string[], caseStart: Int32Array): number {
  const { log } = builder;
  let casesWithoutInstances = 0;
  for (let c = 0; c < caseOffsets.length - 1; c += 1) {
    const from = caseOffsets[c] as number;
    const eventCount = (caseOffsets[c + 1] as number) - from;
    // Copied one by one: a subarray view per case would be one more object per case.
    for (let index = 0; index < eventCount; index += 1) builder.caseEvents[index] = byCase[from + index] as number;
    const instances = pairEvents(builder, eventCount);
    if (instances === 0) {
      casesWithoutInstances += 1;
      continue;
    }
    appendInstances(builder, instances);
    caseNames.push(log.caseNames[c] as string);
    caseStart[caseNames.length] = builder.count;
  }
  return casesWithoutInstances;
}

/**
 * Groups the events by case and makes their instances. With `start` transitions in the log,
 * a case's events are taken in time order (file order for equal times): a `start` opens an
 * instance, a `complete` closes the oldest open instance of the same activity, a lone
 * `complete` is an instant instance, an unclosed `start` is dropped and counted. Without
 * them every event is an instance from its start-time column (when it has one) to its
 * timestamp. Instances in a case are ordered by start, then complete (as instants), then the
 * file position of the event that opened them. Cases keep the order of their first event.
 */
export function buildCaseLog(log: EventLog): CaseLog {
  const caseTotal = log.caseNames.length;
  const n = log.eventCount;
  // Counting sort of the events by case, stable: each case's events stay in file order.
  const caseOffsets = eventsPerCase(log.caseIndex, n, caseTotal);
  const longestCase = accumulateOffsets(caseOffsets, caseTotal);
  const byCase = sortEventsByCase(log.caseIndex, n, caseOffsets.slice(0, caseTotal));

  const builder: InstanceBuilder = {
    log,
    caseEvents: new Int32Array(longestCase),
    openers: new Int32Array(longestCase),
    closers: new Int32Array(longestCase),
    open: new Int32Array(longestCase),
    order: new Int32Array(longestCase),
    activity: new Int32Array(n),
    startMs: new Float64Array(n),
    startOffset: new Int16Array(n),
    endMs: new Float64Array(n),
    endOffset: new Int16Array(n),
    lane: new Int32Array(n),
    events: new Uint8Array(n),
    count: 0,
    unclosedStarts: 0,
  };
  const caseNames: string[] = [];
  const caseStart = new Int32Array(caseTotal + 1);
  const casesWithoutInstances = appendCases(builder, caseOffsets, byCase, caseNames, caseStart);
  const count = builder.count;
  const { activity, startMs, startOffset, endMs, endOffset, lane, events, unclosedStarts } = builder;

  return {
    caseCount: caseNames.length,
    caseNames,
    caseStart: caseStart.slice(0, caseNames.length + 1),
    activityNames: log.activityNames,
    laneNames: log.laneNames,
    laneColumn: log.laneColumn,
    instanceCount: count,
    activity: activity.subarray(0, count),
    startMs: startMs.subarray(0, count),
    startOffset: startOffset.subarray(0, count),
    endMs: endMs.subarray(0, count),
    endOffset: endOffset.subarray(0, count),
    lane: lane.subarray(0, count),
    events: events.subarray(0, count),
    hasStartTimes: log.hasStartTransitions || log.hasStartColumn,
    unclosedStarts,
    casesWithoutInstances,
    ignoredLifecycles: log.ignoredLifecycles,
    problems: log.problems,
    problemCount: log.problemCount,
  };
}
