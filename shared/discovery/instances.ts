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

/** True when every element is in order with the next one. */
function isOrdered(items: readonly number[], inOrder: (a: number, b: number) => boolean): boolean {
  for (let index = 1; index < items.length; index += 1) if (!inOrder(items[index - 1] as number, items[index] as number)) return false;
  return true;
}

/** True when the events are in time order (file order for equal times, which they are in). */
function isInTimeOrder(events: readonly number[], timeMs: Float64Array): boolean {
  return isOrdered(events, (a, b) => (timeMs[a] as number) < (timeMs[b] as number) || ((timeMs[a] as number) === (timeMs[b] as number) && a < b));
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
  const caseOffsets = new Int32Array(caseTotal + 1);
  for (let event = 0; event < n; event += 1) {
    const slot = (log.caseIndex[event] as number) + 1;
    caseOffsets[slot] = (caseOffsets[slot] as number) + 1;
  }
  for (let c = 0; c < caseTotal; c += 1) caseOffsets[c + 1] = (caseOffsets[c + 1] as number) + (caseOffsets[c] as number);
  const fill = caseOffsets.slice(0, caseTotal);
  const byCase = new Int32Array(n);
  for (let event = 0; event < n; event += 1) {
    const c = log.caseIndex[event] as number;
    byCase[fill[c] as number] = event;
    fill[c] = (fill[c] as number) + 1;
  }

  const activity = new Int32Array(n);
  const startMs = new Float64Array(n);
  const startOffset = new Int16Array(n);
  const endMs = new Float64Array(n);
  const endOffset = new Int16Array(n);
  const lane = new Int32Array(n);
  const events = new Uint8Array(n);
  const caseNames: string[] = [];
  const caseStart: number[] = [0];
  let count = 0;
  let unclosedStarts = 0;
  let casesWithoutInstances = 0;

  // Scratch space for one case: its instances before ordering (opening event, closing event).
  const openers: number[] = [];
  const closers: number[] = [];
  const order: number[] = [];
  const caseEvents: number[] = [];
  const open: number[] = [];
  const laneOf = log.laneIndex;
  const instantStart = (opener: number): number => {
    const column = log.startMs[opener] as number;
    return Number.isNaN(column) ? (log.timeMs[opener] as number) : column;
  };
  // Defined once (not per case): the scratch arrays above are reused for every case.
  const compareInstances = (a: number, b: number): number => {
    const openA = openers[a] as number;
    const openB = openers[b] as number;
    return (
      instantStart(openA) - instantStart(openB) ||
      (log.timeMs[closers[a] as number] as number) - (log.timeMs[closers[b] as number] as number) ||
      openA - openB
    );
  };
  const instancesInOrder = (a: number, b: number): boolean => compareInstances(a, b) <= 0;

  for (let c = 0; c < caseTotal; c += 1) {
    openers.length = 0;
    closers.length = 0;
    caseEvents.length = 0;
    for (let index = caseOffsets[c] as number; index < (caseOffsets[c + 1] as number); index += 1) caseEvents.push(byCase[index] as number);
    if (log.hasStartTransitions) {
      if (!isInTimeOrder(caseEvents, log.timeMs)) caseEvents.sort((a, b) => (log.timeMs[a] as number) - (log.timeMs[b] as number) || a - b);
      open.length = 0;
      for (const event of caseEvents) {
        if (log.lifecycle[event] === LIFECYCLE_START) {
          open.push(event);
          continue;
        }
        const activityIndex = log.activityIndex[event];
        let match = 0;
        while (match < open.length && log.activityIndex[open[match] as number] !== activityIndex) match += 1;
        if (match < open.length) {
          openers.push(open[match] as number);
          open.splice(match, 1);
        } else openers.push(event);
        closers.push(event);
      }
      unclosedStarts += open.length;
    } else {
      for (const event of caseEvents) {
        openers.push(event);
        closers.push(event);
      }
    }
    if (openers.length === 0) {
      casesWithoutInstances += 1;
      continue;
    }
    order.length = 0;
    for (let index = 0; index < openers.length; index += 1) order.push(index);
    // Most logs list a case's instances in order already: then the sort is skipped.
    if (!isOrdered(order, instancesInOrder)) order.sort(compareInstances);
    for (const index of order) {
      const opener = openers[index] as number;
      const closer = closers[index] as number;
      const paired = opener !== closer;
      activity[count] = log.activityIndex[closer] as number;
      if (paired) {
        startMs[count] = log.timeMs[opener] as number;
        startOffset[count] = log.timeOffset[opener] as number;
      } else if (!Number.isNaN(log.startMs[closer])) {
        startMs[count] = log.startMs[closer] as number;
        startOffset[count] = log.startOffset[closer] as number;
      } else {
        startMs[count] = log.timeMs[closer] as number;
        startOffset[count] = log.timeOffset[closer] as number;
      }
      endMs[count] = log.timeMs[closer] as number;
      endOffset[count] = log.timeOffset[closer] as number;
      const closingLane = laneOf ? (laneOf[closer] as number) : -1;
      lane[count] = closingLane >= 0 || !laneOf ? closingLane : (laneOf[opener] as number);
      events[count] = paired ? 2 : 1;
      count += 1;
    }
    caseNames.push(log.caseNames[c] as string);
    caseStart.push(count);
  }

  return {
    caseCount: caseNames.length,
    caseNames,
    caseStart: Int32Array.from(caseStart),
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
