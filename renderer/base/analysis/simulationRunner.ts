import type { SimulationResult } from '../../../shared/analysis/simulate';
import { runSimulationJob } from './runSimulationJob';
import type { SimulationJob, SimulationMessage, SimulationWorkerPort } from './simulationTypes';

export type SimulationOutcome = { ok: true; results: SimulationResult[] } | { ok: false; reason: 'cancelled' } | { ok: false; reason: 'failed'; message: string };

export interface SimulationRunner {
  /** Runs a job; a run still going is cancelled first (its promise resolves as cancelled). */
  run(job: SimulationJob, onProgress: (casesDone: number, casesTotal: number) => void): Promise<SimulationOutcome>;
  /** Stops the run still going, if any. */
  cancel(): void;
}

/**
 * Runs simulations in a Web Worker, one at a time: a new run or cancel terminates the worker
 * of the run still going (the simulation is one synchronous loop that cannot listen) and the
 * next run starts a new one. Without workers (tests, `createWorker` null) it runs in this
 * thread.
 */
export function createSimulationRunner(createWorker: (() => SimulationWorkerPort) | null): SimulationRunner {
  let worker: SimulationWorkerPort | null = null;
  let runId = 0;
  let settle: ((outcome: SimulationOutcome) => void) | null = null;

  function cancel(): void {
    if (!settle) return;
    worker?.terminate();
    worker = null;
    const pending = settle;
    settle = null;
    pending({ ok: false, reason: 'cancelled' });
  }

  return {
    cancel,
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
      const current = createWorker();
      worker = current;
      return new Promise<SimulationOutcome>((resolve) => {
        settle = resolve;
        current.addEventListener('message', (event: MessageEvent<SimulationMessage>) => {
          const message = event.data;
          if (message.runId !== id || settle !== resolve) return;
          if (message.kind === 'progress') {
            onProgress(message.casesDone, message.casesTotal);
            return;
          }
          settle = null;
          current.terminate();
          if (worker === current) worker = null;
          resolve(message.kind === 'result' ? { ok: true, results: message.results } : { ok: false, reason: 'failed', message: message.message });
        });
        current.postMessage({ runId: id, job });
      });
    },
  };
}

/** The app's runner: a module worker per run (bundled by Vite), or this thread where there are no workers. */
export function createAppSimulationRunner(): SimulationRunner {
  return createSimulationRunner(
    typeof Worker === 'undefined' ? null : () => new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' }),
  );
}
