import { blockCountOf, casesInBlock } from './blockSeeds';
import {
  DEFAULT_SIMULATION_SEED,
  prepareSimulation,
  simulatedCaseCount,
  summariseSimulation,
  type PreparedSimulation,
  type SimulationInput,
  type SimulationResult,
} from './simulate';
import type { BlockRequest, SimulationLane } from './simulationLanes';

export interface ThreadedSimulationOptions {
  /** Number of simulated cases per input (default 10,000; 1 … 1,000,000). */
  cases?: number;
  /** Seed of the random draws (default 1). */
  seed?: number;
  /** Called after every block with the cases done so far over all inputs. */
  onProgress?: (casesDone: number, casesTotal: number) => void;
  /** Asked after every block; true stops handing out blocks (result: cancelled). */
  shouldCancel?: () => boolean;
}

export type ThreadedSimulationOutcome = { ok: true; results: SimulationResult[] } | { ok: false; reason: 'cancelled' };

let lastJobId = 0;

/**
 * simulateLeadTimes of every input, with the blocks (blockSeeds.ts) shared out over `lanes`:
 * each lane gets its next block as soon as it has room, so a lane that starts late (a worker
 * still loading) or runs slowly just does fewer blocks. The lead times are put back in block
 * order and summarised as simulateLeadTimes does: the figures are exactly those of
 * simulateLeadTimes, whatever the number of lanes. A lane that fails is left out and its blocks
 * go to the others, and at the end an idle lane also runs a block a slower one is still on
 * (the first answer counts); only when every lane has failed does the promise reject. The maps are
 * prepared (analysed and compiled) in this thread; simulatePreparedInThreads takes them ready.
 */
export function simulateInThreads(inputs: readonly SimulationInput[], options: ThreadedSimulationOptions, lanes: readonly SimulationLane[]): Promise<ThreadedSimulationOutcome> {
  return simulatePreparedInThreads(inputs, inputs.map(prepareSimulation), options, lanes);
}

export function simulatePreparedInThreads(
  inputs: readonly SimulationInput[],
  prepared: readonly PreparedSimulation[],
  options: ThreadedSimulationOptions,
  lanes: readonly SimulationLane[],
): Promise<ThreadedSimulationOutcome> {
  const caseCount = simulatedCaseCount(options.cases);
  const seed = options.seed ?? DEFAULT_SIMULATION_SEED;
  const jobId = ++lastJobId;
  const blockCount = blockCountOf(caseCount);
  const queue: BlockRequest[] = [];
  prepared.forEach((simulation, walkIndex) => {
    if (simulation.ok) for (let blockIndex = 0; blockIndex < blockCount; blockIndex++) queue.push({ jobId, walkIndex, blockIndex });
  });
  const casesTotal = queue.length === 0 ? 0 : caseCount * prepared.filter((simulation) => simulation.ok).length;
  const leadTimesByBlock = prepared.map(() => new Array<Float64Array | undefined>(blockCount));
  const finish = (): ThreadedSimulationOutcome => ({
    ok: true,
    results: prepared.map((simulation, walkIndex) =>
      simulation.ok ? summariseSimulation(concatenate(leadTimesByBlock[walkIndex] ?? []), caseCount, seed, simulation, (inputs[walkIndex] as SimulationInput).settings) : simulation,
    ),
  });
  if (queue.length === 0) return Promise.resolve(finish());

  const job = { jobId, caseCount, seed, walks: prepared.map((simulation) => (simulation.ok ? simulation.walk : null)) };
  for (const lane of lanes) lane.load(job);
  return new Promise<ThreadedSimulationOutcome>((resolve, reject) => {
    /** The blocks each working lane has been handed and not yet answered (by block key). */
    const inFlight = new Map<SimulationLane, Set<number>>(lanes.map((lane) => [lane, new Set()]));
    const keyOf = (request: BlockRequest): number => request.walkIndex * blockCount + request.blockIndex;
    /** Blocks handed out and not yet done, oldest first, and those a second lane also runs. */
    const outstanding = new Map<number, BlockRequest>();
    const duplicated = new Set<number>();
    /** Blocks of a failed lane, handed out again before the rest of the queue. */
    const retry: BlockRequest[] = [];
    let next = 0;
    let blocksDone = 0;
    let casesDone = 0;
    let settled = false;
    let lastFailure = 'no thread to simulate on';

    const settle = (outcome: ThreadedSimulationOutcome | Error): void => {
      if (settled) return;
      settled = true;
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const isDone = (request: BlockRequest): boolean => leadTimesByBlock[request.walkIndex]?.[request.blockIndex] !== undefined;
    /**
     * The next block for `lane`: a failed lane's, then the queue's; when the queue is empty, the
     * oldest block another lane is still on (once per block). A lane that lags (a worker still
     * compiling its first blocks, or given less of the processor) then never keeps the others
     * waiting at the end: whichever copy finishes first counts, and both give the same numbers.
     */
    const take = (lane: SimulationLane): BlockRequest | undefined => {
      const request = retry.pop() ?? (next < queue.length ? queue[next++] : undefined);
      if (request) return request;
      const mine = inFlight.get(lane);
      for (const [key, straggler] of outstanding) {
        if (duplicated.has(key) || mine?.has(key)) continue;
        duplicated.add(key);
        return straggler;
      }
      return undefined;
    };
    const fill = (lane: SimulationLane): void => {
      for (let mine = inFlight.get(lane); !settled && mine && mine.size < lane.blocksInFlight; mine = inFlight.get(lane)) {
        const request = take(lane);
        if (!request) return;
        const key = keyOf(request);
        mine.add(key);
        outstanding.set(key, request);
        lane.runBlock(request).then(
          (leadTimes) => {
            if (settled) return;
            inFlight.get(lane)?.delete(key);
            if (!isDone(request)) {
              (leadTimesByBlock[request.walkIndex] as Array<Float64Array | undefined>)[request.blockIndex] = leadTimes;
              outstanding.delete(key);
              blocksDone++;
              casesDone += casesInBlock(caseCount, request.blockIndex);
              options.onProgress?.(casesDone, casesTotal);
              if (blocksDone === queue.length) return settle(finish());
              if (options.shouldCancel?.() === true) return settle({ ok: false, reason: 'cancelled' });
            }
            fill(lane);
          },
          (error: unknown) => {
            if (settled) return;
            lastFailure = error instanceof Error ? error.message : String(error);
            inFlight.delete(lane);
            // Run again elsewhere, unless done or still running on another lane.
            if (!isDone(request) && ![...inFlight.values()].some((keys) => keys.has(key))) retry.push(request);
            if (inFlight.size === 0) settle(new Error(lastFailure));
            else for (const other of inFlight.keys()) fill(other);
          },
        );
      }
    };
    if (lanes.length === 0) settle(new Error(lastFailure));
    for (const lane of lanes) fill(lane);
  });
}

function concatenate(parts: ReadonlyArray<Float64Array | undefined>): Float64Array {
  let length = 0;
  for (const part of parts) length += part?.length ?? 0;
  const all = new Float64Array(length);
  let offset = 0;
  for (const part of parts) {
    if (!part) continue;
    all.set(part, offset);
    offset += part.length;
  }
  return all;
}
