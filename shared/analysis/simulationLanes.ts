import { casesInBlock, SIMULATION_BLOCK_CASES } from './blockSeeds';
import { RandomDraws } from './randomDraws';
import { FrameStack, walkCases, type SimulationWalk } from './simulationWalk';

/**
 * Lanes: threads that run blocks of a simulation (blockSeeds.ts), the calling thread itself or
 * a worker (a Web Worker in the app, a worker_threads Worker on the command line). This module
 * is all a worker needs to import: the compiled walk comes from the thread that prepared the
 * simulation (simulate.ts prepareSimulation), so a worker never analyses the map itself.
 */

/** One simulation job as a lane holds it: the compiled walk of each input (null: the input cannot be simulated), count and seed. */
export interface LaneJob {
  jobId: number;
  walks: Array<SimulationWalk | null>;
  caseCount: number;
  seed: number;
}

/** Block `blockIndex` of input `walkIndex` of job `jobId`. */
export interface BlockRequest {
  jobId: number;
  walkIndex: number;
  blockIndex: number;
}

export interface SimulationLane {
  /** At most this many blocks are handed to the lane before it answers (2 for a worker, so it never waits for its next block). */
  readonly blocksInFlight: number;
  /** Gives the lane job `job` (replacing the one before). */
  load(job: LaneJob): void;
  /** Runs one block of the job loaded last: the lead times of its finished cases, in case order. Rejects when the lane broke. */
  runBlock(request: BlockRequest): Promise<Float64Array>;
}

/** What runs the blocks inside a lane: the job loaded last and a frame stack reused from block to block. */
export interface BlockRunner {
  load(job: LaneJob): void;
  run(request: BlockRequest): Float64Array;
}

export function createBlockRunner(): BlockRunner {
  let job: LaneJob | null = null;
  const frames = new FrameStack();
  const scratch = new Float64Array(SIMULATION_BLOCK_CASES);
  return {
    load(next) {
      job = next;
    },
    run({ jobId, walkIndex, blockIndex }) {
      const walk = job?.jobId === jobId ? job.walks[walkIndex] : null;
      if (!job || !walk) throw new Error(`simulation job ${jobId} input ${walkIndex} is not loaded in this thread`);
      const finished = walkCases(walk, RandomDraws.forBlock(job.seed, blockIndex), frames, casesInBlock(job.caseCount, blockIndex), scratch, 0);
      return scratch.slice(0, finished);
    },
  };
}

/**
 * The lane of the calling thread. `yieldThread` runs its callback after the thread has
 * handled what is waiting (setImmediate in Node): between two blocks the workers' answers
 * come in, so they get their next blocks while this thread works.
 */
export function createInThreadLane(yieldThread: (callback: () => void) => void): SimulationLane {
  const runner = createBlockRunner();
  return {
    blocksInFlight: 1,
    load: (job) => runner.load(job),
    runBlock: (request) =>
      new Promise<Float64Array>((resolve, reject) =>
        yieldThread(() => {
          try {
            resolve(runner.run(request));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        }),
      ),
  };
}

/** Messages to a lane's worker… */
export type LaneRequest = { kind: 'load'; job: LaneJob } | { kind: 'block'; requestId: number; block: BlockRequest };
/** …and its answers. */
export type LaneResponse = { kind: 'block'; requestId: number; leadTimes: Float64Array } | { kind: 'failed'; requestId: number; message: string };

/** A worker's side: runs one request, null for a load (no answer). The answer's lead times can be transferred. */
export function answerLaneRequest(runner: BlockRunner, request: LaneRequest): LaneResponse | null {
  if (request.kind === 'load') {
    runner.load(request.job);
    return null;
  }
  try {
    return { kind: 'block', requestId: request.requestId, leadTimes: runner.run(request.block) };
  } catch (error) {
    return { kind: 'failed', requestId: request.requestId, message: error instanceof Error ? error.message : String(error) };
  }
}

export interface PortLane extends SimulationLane {
  /** Feed it every message of the worker. */
  receive(response: LaneResponse): void;
  /** The worker failed (an error event, or it could not start): every block waiting is rejected, and every later one. */
  fail(reason: string): void;
}

/** A lane whose blocks run in a worker: `post` sends a request to it; the owner passes the worker's messages to `receive`. */
export function createPortLane(post: (request: LaneRequest) => void): PortLane {
  const waiting = new Map<number, { resolve: (leadTimes: Float64Array) => void; reject: (error: Error) => void }>();
  let nextRequestId = 0;
  let broken: string | null = null;
  return {
    blocksInFlight: 2,
    load(job) {
      if (broken === null) post({ kind: 'load', job });
    },
    runBlock(block) {
      if (broken !== null) return Promise.reject(new Error(broken));
      const requestId = nextRequestId++;
      return new Promise<Float64Array>((resolve, reject) => {
        waiting.set(requestId, { resolve, reject });
        post({ kind: 'block', requestId, block });
      });
    },
    receive(response) {
      const request = waiting.get(response.requestId);
      if (!request) return;
      waiting.delete(response.requestId);
      if (response.kind === 'block') request.resolve(response.leadTimes);
      else request.reject(new Error(response.message));
    },
    fail(reason) {
      broken = reason;
      for (const request of waiting.values()) request.reject(new Error(reason));
      waiting.clear();
    },
  };
}
