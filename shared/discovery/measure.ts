import { wallClockMs } from '../formats/timestamps';
import { createWorkingClock, type WorkingCalendar, type WorkingClock } from './calendar';
import type { CaseLog } from './instances';
import type { FilteredLog } from './filters';

/** The start step and end step in flow measurements. */
export const START_NODE = -1;
export const END_NODE = -2;

/** A sample's mean, median and population coefficient of variation (0 when the mean is 0). */
export interface Spread {
  mean: number;
  median: number;
  coefficientOfVariation: number;
}

export interface ActivityMeasurement {
  /** Index into the log's activityNames. */
  activity: number;
  instances: number;
  /** Working milliseconds from start to complete, over the activity's instances. */
  processMs: Spread;
  /** Working milliseconds from the previous end in the case to the start (0 for a first instance). */
  waitMs: Spread;
  /** The lane value by majority (index into laneNames), -1 when no instance has one. */
  lane: number;
  /** Mean position of its first instance in the cases it is in (0 = first): process order. */
  meanFirstPosition: number;
}

export interface FlowMeasurement {
  /** Activity index, or START_NODE / END_NODE. */
  from: number;
  to: number;
  count: number;
  /** Occurrences in which `to` had already occurred earlier in the case. */
  repeatCount: number;
}

/** Everything discovery measures in one pass over the kept instances (FilteredLog). */
export interface Measurement {
  cases: number;
  events: number;
  instances: number;
  activities: ActivityMeasurement[];
  flows: FlowMeasurement[];
  /** Per kept case: working and calendar milliseconds from its first start to its last end. */
  caseWorkingMs: Float64Array;
  caseCalendarMs: Float64Array;
  /** Earliest start and latest end over the kept instances (instant and offset); NaN when empty. */
  firstMs: number;
  firstOffset: number;
  lastMs: number;
  lastOffset: number;
  /** Σ of process and wait working milliseconds over all kept instances. */
  totalProcessMs: number;
  totalWaitMs: number;
  /** Handoffs over all cases, as the discovered map counts them (see measureFilteredLog). */
  handoffs: number;
  /** Cases in which an instance starts before an earlier one has ended. */
  overlappingCases: number;
}

/** Where partition left its two ends: [left, right] (two numbers returned without an object). */
const partitionEnds = new Int32Array(2);

/**
 * One Hoare partition of values[low … high] around `pivot`: afterwards everything left of
 * partitionEnds[0] is ≤ pivot and everything right of partitionEnds[1] is ≥ pivot. A function
 * of its own so V8 compiles its loops whole (inside selectInPlace's outer loop they were
 * compiled on the stack before all their branches had run, then left again on each call).
 */
function partition(values: Float64Array, low: number, high: number, pivot: number): void {
  let left = low;
  let right = high;
  while (left <= right) {
    while ((values[left] as number) < pivot) left += 1;
    while ((values[right] as number) > pivot) right -= 1;
    if (left <= right) {
      const swap = values[left] as number;
      values[left] = values[right] as number;
      values[right] = swap;
      left += 1;
      right -= 1;
    }
  }
  partitionEnds[0] = left;
  partitionEnds[1] = right;
}

/** The k-th smallest value (0-based) of `values`, found in place by quickselect (expected linear time). */
function selectInPlace(values: Float64Array, k: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    partition(values, low, high, values[(low + high) >> 1] as number);
    const left = partitionEnds[0] as number;
    const right = partitionEnds[1] as number;
    if (k <= right) high = right;
    else if (k >= left) low = left;
    else return values[k] as number;
  }
  return values[k] as number;
}

/**
 * Up to this many values the median is taken from the built-in typed-array sort, which runs
 * as compiled engine code from the first call; quickselect (linear, fewer steps for big
 * groups) runs as interpreted JavaScript until V8 has optimised it, which for the small
 * groups of a 10k-event log never happens: there it cost several times the sort.
 */
export const SORTED_MEDIAN_LIMIT = 1 << 16;

/** The median of `values` (reorders them). */
export function medianInPlace(values: Float64Array): number {
  const n = values.length;
  if (n === 0) return 0;
  if (n > SORTED_MEDIAN_LIMIT) return medianBySelection(values);
  // Numeric ascending order (no comparison function: the engine's own sort).
  values.sort();
  const upper = values[n >> 1] as number;
  return n % 2 === 1 ? upper : ((values[(n >> 1) - 1] as number) + upper) / 2;
}

/** The median of `values` by quickselect (reorders them); the general path of medianInPlace. */
export function medianBySelection(values: Float64Array): number {
  const n = values.length;
  if (n === 0) return 0;
  const upper = selectInPlace(values, n >> 1);
  if (n % 2 === 1) return upper;
  // The lower middle is the largest value left of the upper one after the selection.
  let lower = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < n >> 1; index += 1) if ((values[index] as number) > lower) lower = values[index] as number;
  return (lower + upper) / 2;
}

// One loop per function: spreadOf is called once per activity, each time on up to a million
// values. With both loops in it, V8 compiled it on the stack inside the first loop, before the
// second had run, and then left that code at the second loop on every call (it ran in slow
// code for each activity); small functions are compiled whole after a call or two.
function sumOf(values: Float64Array): number {
  let sum = 0;
  for (let index = 0; index < values.length; index += 1) sum += values[index] as number;
  return sum;
}

function squaredDeviationsOf(values: Float64Array, mean: number): number {
  let squares = 0;
  for (let index = 0; index < values.length; index += 1) squares += ((values[index] as number) - mean) ** 2;
  return squares;
}

function spreadOf(values: Float64Array): Spread {
  const n = values.length;
  if (n === 0) return { mean: 0, median: 0, coefficientOfVariation: 0 };
  const mean = sumOf(values) / n;
  const squares = squaredDeviationsOf(values, mean);
  return { mean, median: medianInPlace(values), coefficientOfVariation: mean === 0 ? 0 : Math.sqrt(squares / n) / mean };
}

/** The activity most often first in a case (flows from start) or last (flows into end); ties: the flow seen first. */
export function mostFrequentEndpoint(flows: readonly FlowMeasurement[], side: 'first' | 'last'): number {
  let best = -1;
  let bestCount = 0;
  for (const flow of flows) {
    const activity = side === 'first' ? (flow.from === START_NODE ? flow.to : -1) : flow.to === END_NODE ? flow.from : -1;
    if (activity >= 0 && flow.count > bestCount) {
      best = activity;
      bestCount = flow.count;
    }
  }
  return best;
}

/** Counts per small integer key: a dense array while the key space is small, else a Map. */
interface Counter {
  /** Adds one; returns the new count. */
  add(key: number): number;
  get(key: number): number;
  entries(): Iterable<[number, number]>;
}

const DENSE_COUNTER_LIMIT = 1 << 20;

function createCounter(keySpace: number): Counter {
  if (keySpace <= DENSE_COUNTER_LIMIT) {
    const counts = new Int32Array(keySpace);
    return {
      add: (key) => (counts[key] = (counts[key] as number) + 1),
      get: (key) => counts[key] as number,
      *entries() {
        for (let key = 0; key < keySpace; key += 1) if ((counts[key] as number) > 0) yield [key, counts[key] as number];
      },
    };
  }
  const counts = new Map<number, number>();
  return {
    add(key) {
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      return count;
    },
    get: (key) => counts.get(key) ?? 0,
    entries: () => counts.entries(),
  };
}

/** The most frequent lane of each activity; ties go to the first name in code-unit order. */
function majorityLanes(counts: Counter, laneCount: number, activityCount: number, laneNames: readonly string[]): Int32Array {
  const best = new Int32Array(activityCount).fill(-1);
  const bestCount = new Int32Array(activityCount);
  for (const [key, count] of counts.entries()) {
    const activity = Math.floor(key / laneCount);
    const lane = key - activity * laneCount;
    const current = best[activity] as number;
    if (
      count > (bestCount[activity] as number) ||
      (count === bestCount[activity] && current >= 0 && (laneNames[lane] as string) < (laneNames[current] as string))
    ) {
      best[activity] = lane;
      bestCount[activity] = count;
    }
  }
  return best;
}

/**
 * The working state of measureFilteredLog while it walks the kept cases: the log, the
 * counters and per-instance arrays filled so far, and the running totals. The per-case work
 * is one small function (measureCase) called once per case, which V8 optimises after a few
 * cases; the same loops inside one big function ran in slower code for longer (on-stack
 * replacement, then deoptimisation at each later loop).
 */
interface CaseMeasurer {
  log: CaseLog;
  keptActivity: Uint8Array;
  clock: WorkingClock;
  laneCount: number;
  /** activities + 2: flows are counted by key (from + 2)·flowWidth + (to + 2). */
  flowWidth: number;
  flowCount: Counter;
  flowRepeats: Counter;
  /** Flow keys in the order first seen. */
  flowOrder: number[];
  instanceActivity: Int32Array;
  processMs: Float64Array;
  waitMs: Float64Array;
  laneCounts: Counter;
  firstPositionSum: Float64Array;
  casesWithActivity: Int32Array;
  /** Per activity the last kept case (k) it was seen in, -1 before. */
  seenInCase: Int32Array;
  caseWorkingMs: Float64Array;
  caseCalendarMs: Float64Array;
  kept: number;
  events: number;
  /**
   * Σ process and Σ wait (working ms) so far, [process, wait]. In a typed array, not as two
   * number fields: the sums pass the small-integer range after a few cases, and that change
   * of a field's representation deprecated this object's hidden class while V8 was
   * optimising measureCase, which aborted the optimisation (it then ran interpreted to the end).
   */
  totalsMs: Float64Array;
  overlappingCases: number;
  firstMs: number;
  firstOffset: number;
  lastMs: number;
  lastOffset: number;
}

function countFlow(measurer: CaseMeasurer, from: number, to: number, repeat: boolean): void {
  const key = (from + 2) * measurer.flowWidth + (to + 2);
  if (measurer.flowCount.add(key) === 1) measurer.flowOrder.push(key);
  if (repeat) measurer.flowRepeats.add(key);
}

/** Measures kept case `c`, the k-th kept one (see measureFilteredLog). */
function measureCase(measurer: CaseMeasurer, c: number, k: number): void {
  const { log, keptActivity, clock, instanceActivity, processMs, waitMs, seenInCase } = measurer;
  let previous = START_NODE;
  let position = 0;
  let previousEndMs = Number.NaN;
  let previousEndPosition = 0;
  let caseFirstPosition = 0;
  let caseFirstMs = Number.NaN;
  let overlaps = false;
  // The running totals as locals, written back after the case (the same additions in the same order).
  let kept = measurer.kept;
  let totalProcessMs = measurer.totalsMs[0] as number;
  let totalWaitMs = measurer.totalsMs[1] as number;
  let events = measurer.events;
  let firstMs = measurer.firstMs;
  let lastMs = measurer.lastMs;
  const to = log.caseStart[c + 1] as number;
  for (let i = log.caseStart[c] as number; i < to; i += 1) {
    const a = log.activity[i] as number;
    if (keptActivity[a] !== 1) continue;
    const startMs = log.startMs[i] as number;
    const endMs = log.endMs[i] as number;
    // Working positions of start and end, each on its own wall clock (calendar.ts).
    const startPosition = clock.position(wallClockMs(startMs, log.startOffset[i] as number));
    const endPosition = clock.position(wallClockMs(endMs, log.endOffset[i] as number));
    const process = Math.max(0, endPosition - startPosition);
    let wait = 0;
    if (position === 0) {
      caseFirstMs = startMs;
      caseFirstPosition = startPosition;
    } else if (startMs >= previousEndMs) wait = Math.max(0, startPosition - previousEndPosition);
    else overlaps = true;
    instanceActivity[kept] = a;
    processMs[kept] = process;
    waitMs[kept] = wait;
    kept += 1;
    totalProcessMs += process;
    totalWaitMs += wait;
    events += log.events[i] as number;
    const lane = log.lane[i] as number;
    if (lane >= 0) measurer.laneCounts.add(a * measurer.laneCount + lane);
    const repeat = seenInCase[a] === k;
    if (!repeat) {
      seenInCase[a] = k;
      measurer.firstPositionSum[a] = (measurer.firstPositionSum[a] as number) + position;
      measurer.casesWithActivity[a] = (measurer.casesWithActivity[a] as number) + 1;
    }
    countFlow(measurer, previous, a, repeat);
    previous = a;
    position += 1;
    if (!(endMs <= previousEndMs)) {
      previousEndMs = endMs;
      previousEndPosition = endPosition;
    }
    if (Number.isNaN(firstMs) || startMs < firstMs) {
      firstMs = startMs;
      measurer.firstOffset = log.startOffset[i] as number;
    }
    if (Number.isNaN(lastMs) || endMs > lastMs) {
      lastMs = endMs;
      measurer.lastOffset = log.endOffset[i] as number;
    }
  }
  countFlow(measurer, previous, END_NODE, false);
  measurer.kept = kept;
  measurer.events = events;
  measurer.totalsMs[0] = totalProcessMs;
  measurer.totalsMs[1] = totalWaitMs;
  measurer.firstMs = firstMs;
  measurer.lastMs = lastMs;
  if (overlaps) measurer.overlappingCases += 1;
  measurer.caseWorkingMs[k] = Math.max(0, previousEndPosition - caseFirstPosition);
  measurer.caseCalendarMs[k] = Math.max(0, previousEndMs - caseFirstMs);
}

/** Where each activity's instances start in the grouped arrays: offsets[a] … offsets[a + 1] − 1. */
function activityOffsets(instanceActivity: Int32Array, kept: number, activityCount: number): Int32Array {
  const offsets = new Int32Array(activityCount + 1);
  for (let index = 0; index < kept; index += 1) {
    const slot = (instanceActivity[index] as number) + 1;
    offsets[slot] = (offsets[slot] as number) + 1;
  }
  for (let a = 0; a < activityCount; a += 1) offsets[a + 1] = (offsets[a + 1] as number) + (offsets[a] as number);
  return offsets;
}

/**
 * Copies the process and wait times into activity groups (`fill`: each group's next free
 * slot, from activityOffsets), in instance order within a group. Its own function, like the
 * loops above, so V8 compiles each loop whole (inside measureFilteredLog they deoptimised).
 */
function groupByActivity(measurer: CaseMeasurer, fill: Int32Array, groupedProcess: Float64Array, groupedWait: Float64Array): void {
  const { instanceActivity, processMs, waitMs, kept } = measurer;
  for (let index = 0; index < kept; index += 1) {
    const a = instanceActivity[index] as number;
    groupedProcess[fill[a] as number] = processMs[index] as number;
    groupedWait[fill[a] as number] = waitMs[index] as number;
    fill[a] = (fill[a] as number) + 1;
  }
}

/**
 * Measures the kept instances of `filtered` under the working calendar (domain.md section
 * 11, points 2–5): per instance process = working(start, complete) and wait =
 * working(previous end, start), where previous end is the latest complete of the earlier
 * instances in the case (0 for the first instance, or when it starts before that); flows
 * between consecutive instances (start → first, last → end); lanes by majority. All times
 * in working milliseconds; each timestamp is read on its own wall clock.
 */
export function measureFilteredLog(filtered: FilteredLog, calendar: WorkingCalendar): Measurement {
  const { log, keptActivity, keptCases } = filtered;
  const clock = createWorkingClock(calendar);
  const activityCount = log.activityNames.length;
  const laneCount = Math.max(1, log.laneNames.length);
  // Flow counts by key (from + 2)·(activities + 2) + (to + 2); the order flows are first seen is kept.
  const measurer: CaseMeasurer = {
    log,
    keptActivity,
    clock,
    laneCount,
    flowWidth: activityCount + 2,
    flowCount: createCounter((activityCount + 2) ** 2),
    flowRepeats: createCounter((activityCount + 2) ** 2),
    flowOrder: [],
    instanceActivity: new Int32Array(log.instanceCount),
    processMs: new Float64Array(log.instanceCount),
    waitMs: new Float64Array(log.instanceCount),
    laneCounts: createCounter(activityCount * laneCount),
    firstPositionSum: new Float64Array(activityCount),
    casesWithActivity: new Int32Array(activityCount),
    seenInCase: new Int32Array(activityCount).fill(-1),
    caseWorkingMs: new Float64Array(keptCases.length),
    caseCalendarMs: new Float64Array(keptCases.length),
    kept: 0,
    events: 0,
    totalsMs: new Float64Array(2),
    overlappingCases: 0,
    firstMs: Number.NaN,
    firstOffset: 0,
    lastMs: Number.NaN,
    lastOffset: 0,
  };
  for (let k = 0; k < keptCases.length; k += 1) measureCase(measurer, keptCases[k] as number, k);
  const { kept, instanceActivity, laneCounts, firstPositionSum, casesWithActivity, flowCount, flowRepeats, flowOrder } = measurer;

  // Group the instances by activity for medians and spreads (a counting sort).
  const offsets = activityOffsets(instanceActivity, kept, activityCount);
  const groupedProcess = new Float64Array(kept);
  const groupedWait = new Float64Array(kept);
  groupByActivity(measurer, offsets.slice(0, activityCount), groupedProcess, groupedWait);
  const lanes = majorityLanes(laneCounts, laneCount, activityCount, log.laneNames);
  const activities: ActivityMeasurement[] = [];
  for (let a = 0; a < activityCount; a += 1) {
    const from = offsets[a] as number;
    const to = offsets[a + 1] as number;
    if (to === from) continue;
    activities.push({
      activity: a,
      instances: to - from,
      processMs: spreadOf(groupedProcess.subarray(from, to)),
      waitMs: spreadOf(groupedWait.subarray(from, to)),
      lane: lanes[a] as number,
      meanFirstPosition: (firstPositionSum[a] as number) / Math.max(1, casesWithActivity[a] as number),
    });
  }
  const flows: FlowMeasurement[] = flowOrder.map((key) => ({
    from: Math.floor(key / (activityCount + 2)) - 2,
    to: (key % (activityCount + 2)) - 2,
    count: flowCount.get(key),
    repeatCount: flowRepeats.get(key),
  }));
  // Handoffs as the discovered map counts them: consecutive activities in different lanes,
  // and the start and end steps, which sit in the lane of the most frequent first and last
  // activity, handing over to (or receiving from) an activity in another lane.
  const startLane = lanes[mostFrequentEndpoint(flows, 'first')] ?? -1;
  const endLane = lanes[mostFrequentEndpoint(flows, 'last')] ?? -1;
  let handoffs = 0;
  for (const flow of flows) {
    const fromLane = flow.from === START_NODE ? startLane : (lanes[flow.from] ?? -1);
    const toLane = flow.to === END_NODE ? endLane : (lanes[flow.to] ?? -1);
    if (fromLane !== toLane) handoffs += flow.count;
  }
  return {
    cases: keptCases.length,
    events: measurer.events,
    instances: kept,
    activities,
    flows,
    caseWorkingMs: measurer.caseWorkingMs,
    caseCalendarMs: measurer.caseCalendarMs,
    firstMs: measurer.firstMs,
    firstOffset: measurer.firstOffset,
    lastMs: measurer.lastMs,
    lastOffset: measurer.lastOffset,
    totalProcessMs: measurer.totalsMs[0] as number,
    totalWaitMs: measurer.totalsMs[1] as number,
    handoffs,
    overlappingCases: measurer.overlappingCases,
  };
}
