import { parentPort } from 'node:worker_threads';
import { answerLaneRequest, createBlockRunner, type LaneRequest } from '../analysis/simulationLanes';

/**
 * A worker thread of the command line's simulation (simulationThreads.ts): runs the blocks it
 * is sent and posts their lead times back (transferred, not copied). It imports only the
 * walk and the draws, so it starts quickly.
 */
const port = parentPort;
if (!port) throw new Error('simulationThread.ts runs as a worker thread (simulationThreads.ts starts it)');
const runner = createBlockRunner();
port.on('message', (request: LaneRequest) => {
  const response = answerLaneRequest(runner, request);
  if (response) port.postMessage(response, response.kind === 'block' ? [response.leadTimes.buffer as ArrayBuffer] : []);
});
port.postMessage({ kind: 'ready' });
