import type { PreparedSimulation, SimulationResult } from '../../../shared/analysis/simulate';
import { simulatePreparedInThreads } from '../../../shared/analysis/simulateInThreads';
import { createPortLane, type PortLane } from '../../../shared/analysis/simulationLanes';
import { runSimulationJob } from './runSimulationJob';
import type { SimulationJob, SimulationWorkerMessage, SimulationWorkerPort } from './simulationTypes';

export type SimulationOutcome = { ok: true; results: SimulationResult[] } | { ok: false; reason: 'cancelled' } | { ok: false; reason: 'failed'; message: string };

export interface SimulationRunner {
  /** Runs a job; a run still going is cancelled first (its promise resolves as cancelled). */
  run(job: SimulationJob, onProgress: (casesDone: number, casesTotal: number) => void): Promise<SimulationOutcome>;
  /** Stops the run still going, if any. */
  cancel(): void;
  /**
   * Stops the run still going and terminates the workers, for a view that goes away: the pool
   * outlives a finished run, and nothing else would end it. A later run starts new workers.
   */
  dispose(): void;
}

/** The most workers the app starts: more cores gain little on 10,000 cases and cost memory. */
export const MAX_SIMULATION_WORKERS = 4;

interface PooledWorker {
  port: SimulationWorkerPort;
  lane: PortLane;
  /** The job this worker is preparing (the first worker of the pool prepares every job). */
  preparing: Map<number, { resolve: (prepared: PreparedSimulation[]) => void; reject: (error: Error) => void }>;
}

/**
 * Runs simulations on `workerCount` Web Workers at once: the first worker analyses and
 * compiles the job's maps, then every worker runs blocks of cases (simulateInThreads.ts), with
 * progress over the whole job; the figures are those of one thread. The workers stay loaded
 * between runs. A new run or cancel while a run is going terminates them (a block is one
 * synchronous loop that cannot listen) and the next run starts new ones. A worker that fails
 * is left out while another still runs; when all have, the run fails. Without workers (tests,
 * `createWorker` null) it runs in this thread.
 */
export function createSimulationRunner(createWorker: (() => SimulationWorkerPort) | null, workerCount = 1): SimulationRunner {
  let pool: PooledWorker[] | null = null;
  let runId = 0;
  let settle: ((outcome: SimulationOutcome) => void) | null = null;

  function startPool(create: () => SimulationWorkerPort): PooledWorker[] {
    return Array.from({ length: Math.max(1, workerCount) }, () => {
      const port = create();
      const worker: PooledWorker = { port, lane: createPortLane((request) => port.postMessage(request)), preparing: new Map() };
      port.addEventListener('message', (event: MessageEvent<SimulationWorkerMessage>) => {
        const message = event.data;
        if (message.kind === 'prepared') worker.preparing.get(message.runId)?.resolve(message.prepared);
        else if (message.kind === 'prepare-failed') worker.preparing.get(message.runId)?.reject(new Error(message.message));
        else worker.lane.receive(message);
      });
      port.addEventListener('error', () => fail(worker, 'the simulation worker failed'));
      return worker;
    });
  }

  /** Whatever waits on `worker` gets `reason` (a run still going then leaves it out, or fails). */
  function fail(worker: PooledWorker, reason: string): void {
    worker.lane.fail(reason);
    for (const request of worker.preparing.values()) request.reject(new Error(reason));
  }

  function stopPool(): void {
    for (const worker of pool ?? []) {
      worker.port.terminate();
      fail(worker, 'stopped');
    }
    pool = null;
  }

  function cancel(): void {
    if (!settle) return;
    stopPool();
    const pending = settle;
    settle = null;
    pending({ ok: false, reason: 'cancelled' });
  }

  async function simulate(job: SimulationJob, workers: PooledWorker[], id: number, onProgress: (casesDone: number, casesTotal: number) => void): Promise<SimulationOutcome> {
    const first = workers[0] as PooledWorker;
    const prepared = await new Promise<PreparedSimulation[]>((resolve, reject) => {
      first.preparing.set(id, { resolve, reject });
      first.port.postMessage({ kind: 'prepare', runId: id, inputs: job.inputs });
    }).finally(() => first.preparing.delete(id));
    const outcome = await simulatePreparedInThreads(
      job.inputs,
      prepared,
      { cases: job.cases, seed: job.seed, onProgress, shouldCancel: () => id !== runId },
      workers.map((worker) => worker.lane),
    );
    return outcome.ok ? outcome : { ok: false, reason: 'cancelled' };
  }

  return {
    cancel,
    dispose() {
      cancel();
      stopPool();
    },
    run(job, onProgress) {
      cancel();
      runId += 1;
      if (!createWorker) {
        try {
          return Promise.resolve({ ok: true, results: runSimulationJob(job, onProgress) });
        } catch (error) {
          return Promise.resolve({ ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) });
        }
      }
      const id = runId;
      pool ??= startPool(createWorker);
      const workers = pool;
      return new Promise<SimulationOutcome>((resolve) => {
        settle = resolve;
        const finish = (outcome: SimulationOutcome): void => {
          if (settle !== resolve) return;
          settle = null;
          resolve(outcome);
        };
        simulate(job, workers, id, (casesDone, casesTotal) => {
          if (settle === resolve) onProgress(casesDone, casesTotal);
        }).then(finish, (error: unknown) => {
          // Every worker failed: start new ones next time.
          if (pool === workers) stopPool();
          finish({ ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) });
        });
      });
    },
  };
}

/** How many simulation workers: one per core the browser reports, at most MAX_SIMULATION_WORKERS; one when it does not say. */
export function simulationWorkerCount(hardwareConcurrency: number | undefined): number {
  return Math.min(MAX_SIMULATION_WORKERS, Math.max(1, Math.floor(hardwareConcurrency ?? 1)));
}

/** The app's runner: module workers (bundled by Vite), one per core up to four, or this thread where there are no workers. */
export function createAppSimulationRunner(): SimulationRunner {
  return createSimulationRunner(
    typeof Worker === 'undefined' ? null : () => new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' }),
    simulationWorkerCount(typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency),
  );
}
