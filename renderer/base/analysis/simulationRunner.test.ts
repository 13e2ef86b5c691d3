import { describe, expect, it } from 'vitest';
import { prepareSimulation } from '../../../shared/analysis/simulate';
import { answerLaneRequest, createBlockRunner } from '../../../shared/analysis/simulationLanes';
import { buildTestInput, REWORK_WITH_GAMMAS } from '../../../shared/analysis/testState';
import { runSimulationJob } from './runSimulationJob';
import { createSimulationRunner, simulationWorkerCount } from './simulationRunner';
import type { SimulationWorkerMessage, SimulationWorkerPort, SimulationWorkerRequest } from './simulationTypes';

/** start → A (PT 10, WT 20) → end: every case takes exactly 30 minutes. */
const input = buildTestInput({
  steps: [{ id: 'start', type: 'start' }, { id: 'A', processTime: 10, waitTime: 20 }, { id: 'end', type: 'end' }],
  flows: [
    ['start', 'A'],
    ['A', 'end'],
  ],
});

/** Figures that depend on every draw. */
const varying = buildTestInput(REWORK_WITH_GAMMAS);

/** A worker in this thread that does what simulation.worker.ts does, answering on a later turn of the event loop. */
function fakeWorker(log: string[], name: string) {
  const listeners: Array<(event: MessageEvent<SimulationWorkerMessage>) => void> = [];
  const runner = createBlockRunner();
  let blocks = 0;
  const answer = (request: SimulationWorkerRequest): SimulationWorkerMessage | null =>
    request.kind === 'prepare' ? { kind: 'prepared', runId: request.runId, prepared: request.inputs.map(prepareSimulation) } : answerLaneRequest(runner, request);
  const port: SimulationWorkerPort & { blocks(): number } = {
    postMessage: (request) => {
      const send = (): void => {
        const message = answer(request);
        if (message?.kind === 'block') blocks++;
        if (message) for (const listener of listeners) listener({ data: message } as MessageEvent<SimulationWorkerMessage>);
      };
      setTimeout(send, 0);
    },
    addEventListener: (type: 'message' | 'error', listener: (event: MessageEvent<SimulationWorkerMessage>) => void) => {
      if (type === 'message') listeners.push(listener);
    },
    terminate: () => log.push(`${name} terminated`),
    blocks: () => blocks,
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

  it('shares the blocks over two workers with the figures of one thread, progress over the whole job, and keeps the workers', async () => {
    const log: string[] = [];
    const workers = [fakeWorker(log, 'first'), fakeWorker(log, 'second')];
    let made = 0;
    const runner = createSimulationRunner(() => workers[made++] as SimulationWorkerPort, 2);
    const job = { inputs: [varying, input], cases: 1001, seed: 3 };
    const progress: number[] = [];
    const outcome = await runner.run(job, (done, total) => progress.push(done / total));
    expect(outcome).toEqual({ ok: true, results: runSimulationJob(job, () => undefined) });
    // 1,001 cases are 5 blocks per state: 10 blocks, both workers took some.
    expect(workers.map((worker) => worker.blocks() > 0)).toEqual([true, true]);
    expect(progress).toHaveLength(10);
    expect(progress.at(-1)).toBe(1);
    // A second run uses the same two workers; none was terminated.
    await runner.run({ ...job, seed: 4 }, () => undefined);
    expect(made).toBe(2);
    expect(log).toEqual([]);
  });

  it('cancels the run still going when a new one starts, and stops its workers', async () => {
    const log: string[] = [];
    const workers: Array<ReturnType<typeof fakeWorker>> = [];
    const runner = createSimulationRunner(() => {
      const worker = fakeWorker(log, `worker ${workers.length + 1}`);
      workers.push(worker);
      return worker;
    });
    // The second run starts before the first worker has answered anything.
    const firstRun = runner.run({ inputs: [input], cases: 100, seed: 1 }, () => undefined);
    const secondRun = runner.run({ inputs: [input], cases: 100, seed: 1 }, () => undefined);
    expect(await firstRun).toEqual({ ok: false, reason: 'cancelled' });
    const outcome = await secondRun;
    expect(outcome.ok && outcome.results[0]?.ok && outcome.results[0].cases).toBe(100);
    expect(log).toEqual(['worker 1 terminated']);
    runner.cancel();
    expect(log).toEqual(['worker 1 terminated']);
  });

  it('ends its workers when disposed after a finished run, and starts new ones for a later run', async () => {
    const log: string[] = [];
    let made = 0;
    const runner = createSimulationRunner(() => fakeWorker(log, `worker ${++made}`), 2);
    const job = { inputs: [input], cases: 600, seed: 2 };
    const first = await runner.run(job, () => undefined);
    // A finished run keeps its workers (cancel has nothing to stop); disposing ends both.
    runner.cancel();
    expect(log).toEqual([]);
    runner.dispose();
    expect(log).toEqual(['worker 1 terminated', 'worker 2 terminated']);
    expect(await runner.run(job, () => undefined)).toEqual(first);
    expect(made).toBe(4);
  });

  it('starts one worker per core the browser reports, at most four, and one when it does not say', () => {
    expect([undefined, 0, 1, 2, 3, 8, 64].map(simulationWorkerCount)).toEqual([1, 1, 1, 2, 3, 4, 4]);
  });
});
