/// <reference lib="webworker" />
import { runSimulationJob } from './runSimulationJob';
import type { SimulationMessage, SimulationRequest } from './simulationTypes';

/**
 * Simulates lead times off the main thread (domain.md section 8), with progress. A run is
 * cancelled by terminating the worker: the simulation is one synchronous loop.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<SimulationRequest>) => {
  const { runId, job } = event.data;
  let message: SimulationMessage;
  try {
    const results = runSimulationJob(job, (casesDone, casesTotal) => scope.postMessage({ runId, kind: 'progress', casesDone, casesTotal } satisfies SimulationMessage));
    message = { runId, kind: 'result', results };
  } catch (error) {
    message = { runId, kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(message);
});
