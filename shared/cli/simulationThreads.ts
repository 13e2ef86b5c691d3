import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createInThreadLane, createPortLane, type LaneRequest, type LaneResponse, type SimulationLane } from '../analysis/simulationLanes';

/** The threads a simulation runs on (simulateInThreads.ts): this one and some workers; close when done. */
export interface SimulationThreads {
  readonly lanes: readonly SimulationLane[];
  close(): Promise<void>;
}

export interface NodeSimulationThreads extends SimulationThreads {
  readonly workerCount: number;
  /** Milliseconds from the pool's start until every worker has loaded (or failed to), for the bench and the report. */
  readonly ready: Promise<number>;
}

/** Workers beside this thread: one per further core, at most 3 (a fifth thread gains little on the 4-core machines we know). */
export function defaultSimulationWorkerCount(): number {
  return Math.max(0, Math.min(3, availableParallelism() - 1));
}

const runningFromSource = import.meta.url.endsWith('.ts');
let bundledWorker: Promise<URL> | null = null;

/**
 * The module a worker runs. Run from source (tsx: the CLI and the bench), a worker cannot load
 * TypeScript by itself (a `--import tsx` in its execArgv does not reach a worker's entry on
 * Node 20, and registering tsx inside the worker costs 0.3–0.5 s of CPU per worker, for its
 * loader thread). So simulationThread.ts and the few modules it imports (the walk, the draws,
 * blockSeeds: about 12 kB) are bundled into one JavaScript module by esbuild, once per process,
 * in esbuild's own process (about 0.1 s), and the workers load it as a data: URL.
 */
function workerModule(): Promise<URL> {
  const entry = new URL(runningFromSource ? './simulationThread.ts' : './simulationThread.js', import.meta.url);
  if (!runningFromSource) return Promise.resolve(entry);
  bundledWorker ??= import('esbuild')
    .then(({ build }) => build({ entryPoints: [fileURLToPath(entry)], bundle: true, format: 'esm', platform: 'node', target: 'node20', write: false, logLevel: 'silent' }))
    .then((result) => new URL(`data:text/javascript,${encodeURIComponent(result.outputFiles[0]?.text ?? '')}`));
  return bundledWorker;
}

/**
 * This thread and `workerCount` worker threads as lanes of a simulation. This thread starts on
 * the blocks at once; each worker joins when it has loaded (the blocks sent before wait for it).
 * A worker that fails is left out (its blocks go to the others), so the simulation never
 * depends on the workers starting.
 */
export function createNodeSimulationThreads(workerCount = defaultSimulationWorkerCount()): NodeSimulationThreads {
  const startedAt = performance.now();
  const workers: Worker[] = [];
  const lanes: SimulationLane[] = [createInThreadLane((callback) => setImmediate(callback))];
  const readiness: Array<Promise<void>> = [];
  let closed = false;
  for (let i = 0; i < workerCount; i++) {
    let worker: Worker | null = null;
    const waiting: LaneRequest[] = [];
    const lane = createPortLane((request) => (worker ? worker.postMessage(request) : waiting.push(request)));
    lanes.push(lane);
    readiness.push(
      workerModule().then(
        (module) =>
          new Promise<void>((resolve) => {
            if (closed) return resolve();
            const started = new Worker(module, { execArgv: [] });
            worker = started;
            workers.push(started);
            for (const request of waiting.splice(0)) started.postMessage(request);
            started.on('message', (message: LaneResponse | { kind: 'ready' }) => {
              if (message.kind === 'ready') resolve();
              else lane.receive(message);
            });
            started.on('error', (error) => {
              lane.fail(`simulation thread failed: ${error.message}`);
              resolve();
            });
            started.on('exit', () => {
              lane.fail('simulation thread stopped');
              resolve();
            });
          }),
        (error: unknown) => lane.fail(`simulation thread could not be built: ${error instanceof Error ? error.message : String(error)}`),
      ),
    );
  }
  return {
    lanes,
    workerCount,
    ready: Promise.all(readiness).then(() => performance.now() - startedAt),
    async close() {
      closed = true;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
