/// <reference lib="webworker" />
import { prepareSimulation } from '../../../shared/analysis/simulate';
import { answerLaneRequest, createBlockRunner } from '../../../shared/analysis/simulationLanes';
import type { SimulationWorkerMessage, SimulationWorkerRequest } from './simulationTypes';

/**
 * One of the app's simulation workers (simulationRunner.ts): prepares a job's maps when asked
 * (one worker per job does) and runs the blocks of cases it is sent (domain.md section 8).
 * A run is cancelled by terminating the workers: a block is one synchronous loop.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const runner = createBlockRunner();

scope.addEventListener('message', (event: MessageEvent<SimulationWorkerRequest>) => {
  const request = event.data;
  if (request.kind !== 'prepare') {
    const response = answerLaneRequest(runner, request);
    if (response) scope.postMessage(response satisfies SimulationWorkerMessage, response.kind === 'block' ? [response.leadTimes.buffer] : []);
    return;
  }
  let message: SimulationWorkerMessage;
  try {
    message = { kind: 'prepared', runId: request.runId, prepared: request.inputs.map(prepareSimulation) };
  } catch (error) {
    message = { kind: 'prepare-failed', runId: request.runId, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(message);
});
