import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createInThreadLane, createPortLane, type LaneResponse, type SimulationLane } from '../analysis/simulationLanes';

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

/**
 * Starts the worker of simulationThread.ts. Run from source (tsx: the CLI and the bench), the
 * worker must load TypeScript too: a `--import tsx` in its execArgv does not reach a worker's
 * entry on Node 20, so a one-line module registers tsx's loader first, then imports the entry.
 * That costs about 0.3–0.4 s per worker (tsx's loader thread); a build to JavaScript skips it.
 */
function startWorker(): Worker {
  const runningFromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(runningFromSource ? './simulationThread.ts' : './simulationThread.js', import.meta.url);
  if (!runningFromSource) return new Worker(entry);
  const tsxApi = tsxLoaderApi();
  const boot = `const { register } = await import(${JSON.stringify(tsxApi)}); register(); await import(${JSON.stringify(entry.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { execArgv: [] });
}

/** The URL of tsx's ESM API (`tsx/esm/api` as an import resolves it: a data: module cannot resolve a package name itself). */
function tsxLoaderApi(): string {
  if (typeof import.meta.resolve === 'function') return import.meta.resolve('tsx/esm/api');
  // Where import.meta.resolve is missing (Vitest's module runner): the package's ESM build beside its CommonJS one.
  return pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
}

/**
 * This thread and `workerCount` worker threads as lanes of a simulation. This thread starts on
 * the blocks at once; each worker joins when it has loaded. A worker that fails is left out
 * (its blocks go to the others), so the simulation never depends on the workers starting.
 */
export function createNodeSimulationThreads(workerCount = defaultSimulationWorkerCount()): NodeSimulationThreads {
  const startedAt = performance.now();
  const workers: Worker[] = [];
  const lanes: SimulationLane[] = [createInThreadLane((callback) => setImmediate(callback))];
  const readiness: Array<Promise<void>> = [];
  for (let i = 0; i < workerCount; i++) {
    let worker: Worker;
    try {
      worker = startWorker();
    } catch {
      continue;
    }
    const lane = createPortLane((request) => worker.postMessage(request));
    readiness.push(
      new Promise<void>((resolve) => {
        worker.on('message', (message: LaneResponse | { kind: 'ready' }) => {
          if (message.kind === 'ready') resolve();
          else lane.receive(message);
        });
        worker.on('error', (error) => {
          lane.fail(`simulation thread failed: ${error.message}`);
          resolve();
        });
        worker.on('exit', () => {
          lane.fail('simulation thread stopped');
          resolve();
        });
      }),
    );
    workers.push(worker);
    lanes.push(lane);
  }
  return {
    lanes,
    workerCount: workers.length,
    ready: Promise.all(readiness).then(() => performance.now() - startedAt),
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
