import { afterAll, describe, expect, it } from 'vitest';
import { simulateLeadTimes } from '../analysis/simulate';
import { simulateInThreads } from '../analysis/simulateInThreads';
import { buildTestInput, REWORK_WITH_GAMMAS } from '../analysis/testState';
import { createNodeSimulationThreads } from './simulationThreads';

const input = buildTestInput(REWORK_WITH_GAMMAS);

describe('the simulation on worker threads (node:worker_threads)', () => {
  const threads = createNodeSimulationThreads(1);
  afterAll(() => threads.close());

  it('starts a real worker that runs blocks and gives exactly the figures of one thread', async () => {
    expect(threads.lanes).toHaveLength(2);
    expect(threads.workerCount).toBe(1);
    await threads.ready;
    // Only the worker: every block must come back from the other thread.
    const workerOnly = await simulateInThreads([input], { cases: 1001, seed: 11 }, threads.lanes.slice(1));
    expect(workerOnly).toEqual({ ok: true, results: [simulateLeadTimes(input, { cases: 1001, seed: 11 })] });
    const both = await simulateInThreads([input], { cases: 2500, seed: 1 }, threads.lanes);
    expect(both).toEqual({ ok: true, results: [simulateLeadTimes(input, { cases: 2500, seed: 1 })] });
  });
});
