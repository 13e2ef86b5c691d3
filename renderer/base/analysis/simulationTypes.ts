import type { SimulationInput, SimulationResult } from '../../../shared/analysis/simulate';

/** What the page asks the simulation worker: one or more states, simulated one after the other with the same count and seed. */
export interface SimulationJob {
  inputs: SimulationInput[];
  cases: number;
  seed: number;
}

export interface SimulationRequest {
  runId: number;
  job: SimulationJob;
}

/** Cases done so far over all inputs of the job, or the results (one per input). */
export type SimulationMessage =
  | { runId: number; kind: 'progress'; casesDone: number; casesTotal: number }
  | { runId: number; kind: 'result'; results: SimulationResult[] }
  | { runId: number; kind: 'failed'; message: string };

/** The part of a Worker the runner uses (a fake in tests). */
export interface SimulationWorkerPort {
  postMessage(request: SimulationRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SimulationMessage>) => void): void;
  terminate(): void;
}
