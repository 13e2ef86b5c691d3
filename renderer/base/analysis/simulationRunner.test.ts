import { describe, expect, it } from 'vitest';
import { buildTestInput } from '../../../shared/analysis/testState';
import { runSimulationJob } from './runSimulationJob';
import { createSimulationRunner } from './simulationRunner';
import type { SimulationMessage, SimulationRequest, SimulationWorkerPort } from './simulationTypes';

/** start → A (PT 10, WT 20) → end: every case takes exactly 30 minutes. */
const input = buildTestInput({
  steps: [{ id: 'start', type: 'start' }, { id: 'A', processTime: 10, waitTime: 20 }, { id: 'end', type: 'end' }],
  flows: [
    ['start', 'A'],
    ['A', 'end'],
  ],
});

/** A worker that runs the job in this thread when told to, like simulation.worker.ts does. */
function fakeWorker(log: string[]) {
  let listener: ((event: MessageEvent<SimulationMessage>) => void) | null = null;
  let request: SimulationRequest | null = null;
  const port: SimulationWorkerPort & { finish(): void } = {
    postMessage: (message) => {
      request = message;
    },
    addEventListener: (_type, handler) => {
      listener = handler;
    },
    terminate: () => log.push('terminated'),
    finish: () => {
      if (!request || !listener) return;
      const { runId, job } = request;
      const send = (data: SimulationMessage): void => listener?.({ data } as MessageEvent<SimulationMessage>);
      const results = runSimulationJob(job, (casesDone, casesTotal) => send({ runId, kind: 'progress', casesDone, casesTotal }));
      send({ runId, kind: 'result', results });
    },
  };
  return port;
}

describe('simulation runner', () => {
  it('runs a job of two states with progress over both, the same figures for the same seed', async () => {
    const progress: number[] = [];
    const runner = createSimulationRunner(null);
    const job = { inputs: [input, input], cases: 1000, seed: 7 };
    const outcome = await runner.run(job, (done, total) => progress.push(done / total));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    // Variability 0: every case exactly 10 + 20 = 30 minutes.
    expect(outcome.results.map((result) => (result.ok ? result.p85Minutes : null))).toEqual([30, 30]);
    expect(progress.at(-1)).toBe(1);
    expect(progress.some((share) => share > 0 && share < 1)).toBe(true);
  });

  it('cancels the run still going when a new one starts, and stops its worker', async () => {
    const log: string[] = [];
    const workers: Array<ReturnType<typeof fakeWorker>> = [];
    const runner = createSimulationRunner(() => {
      const worker = fakeWorker(log);
      workers.push(worker);
      return worker;
    });
    const first = runner.run({ inputs: [input], cases: 100, seed: 1 }, () => undefined);
    const second = runner.run({ inputs: [input], cases: 100, seed: 1 }, () => undefined);
    expect(await first).toEqual({ ok: false, reason: 'cancelled' });
    workers[1]?.finish();
    const outcome = await second;
    expect(outcome.ok && outcome.results[0]?.ok && outcome.results[0].cases).toBe(100);
    expect(log).toEqual(['terminated', 'terminated']);
  });
});
