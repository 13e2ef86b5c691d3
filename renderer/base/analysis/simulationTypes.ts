import type { PreparedSimulation, SimulationInput } from '../../../shared/analysis/simulate';
import type { LaneRequest, LaneResponse } from '../../../shared/analysis/simulationLanes';

/** What the page asks for: one or more states, simulated with the same count and seed. */
export interface SimulationJob {
  inputs: SimulationInput[];
  cases: number;
  seed: number;
}

/**
 * Messages to a simulation worker: analyse and compile a job's maps (one worker does this,
 * the others get the compiled walks), or a lane's load and block requests
 * (shared/analysis/simulationLanes.ts).
 */
export type SimulationWorkerRequest = { kind: 'prepare'; runId: number; inputs: SimulationInput[] } | LaneRequest;

/** Its answers: the prepared maps of a job, or a block's lead times. */
export type SimulationWorkerMessage =
  | { kind: 'prepared'; runId: number; prepared: PreparedSimulation[] }
  | { kind: 'prepare-failed'; runId: number; message: string }
  | LaneResponse;

/** The part of a Worker the runner uses (a fake in tests). */
export interface SimulationWorkerPort {
  postMessage(request: SimulationWorkerRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SimulationWorkerMessage>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
}
