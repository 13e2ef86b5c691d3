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
 * go to the others; only when every lane has failed does the promise reject. The maps are
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
    const inFlight = new Map<SimulationLane, number>(lanes.map((lane) => [lane, 0]));
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
    const take = (): BlockRequest | undefined => retry.pop() ?? (next < queue.length ? queue[next++] : undefined);
    const fill = (lane: SimulationLane): void => {
      while (!settled && inFlight.has(lane) && (inFlight.get(lane) as number) < lane.blocksInFlight) {
        const request = take();
        if (!request) return;
        inFlight.set(lane, (inFlight.get(lane) as number) + 1);
        lane.runBlock(request).then(
          (leadTimes) => {
            if (settled) return;
            inFlight.set(lane, (inFlight.get(lane) as number) - 1);
            (leadTimesByBlock[request.walkIndex] as Array<Float64Array | undefined>)[request.blockIndex] = leadTimes;
            blocksDone++;
            casesDone += casesInBlock(caseCount, request.blockIndex);
            options.onProgress?.(casesDone, casesTotal);
            if (blocksDone === queue.length) settle(finish());
            else if (options.shouldCancel?.() === true) settle({ ok: false, reason: 'cancelled' });
            else fill(lane);
          },
          (error: unknown) => {
            if (settled) return;
            lastFailure = error instanceof Error ? error.message : String(error);
            inFlight.delete(lane);
            retry.push(request);
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
