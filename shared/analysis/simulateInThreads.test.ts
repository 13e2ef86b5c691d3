import { describe, expect, it } from 'vitest';
import { blockCountOf } from './blockSeeds';
import { simulateLeadTimes, type SimulationInput } from './simulate';
import { simulateInThreads } from './simulateInThreads';
import { createBlockRunner, createInThreadLane, type SimulationLane } from './simulationLanes';
import { buildTestInput, PARALLEL_WITH_REWORK } from './testState';

const start = { id: 'start', type: 'start' as const };
const end = { id: 'end', type: 'end' as const };

const input: SimulationInput = buildTestInput(PARALLEL_WITH_REWORK);

/**
 * A lane in this thread that answers after `delayTurns` turns of the event loop, so lanes with
 * different delays finish their blocks out of order (like threads of different speed).
 */
function fakeLane(delayTurns: number, blocksInFlight = 2, log?: number[]): SimulationLane {
  const runner = createBlockRunner();
  const later = (turns: number, callback: () => void): void => {
    if (turns === 0) callback();
    else setTimeout(() => later(turns - 1, callback), 0);
  };
  return {
    blocksInFlight,
    load: (job) => runner.load(job),
    runBlock: (request) =>
      new Promise((resolve) =>
        later(delayTurns, () => {
          log?.push(request.blockIndex);
          resolve(runner.run(request));
        }),
      ),
  };
}

const thisThread = (): SimulationLane => createInThreadLane((callback) => setTimeout(callback, 0));

describe('the simulation on several threads', () => {
  it('gives exactly the figures of simulateLeadTimes, for case counts that do not fill whole blocks', async () => {
    for (const [cases, seed] of [[1, 1], [999, 42], [1001, 7], [2500, 1]] as const) {
      const log: number[] = [];
      const outcome = await simulateInThreads([input], { cases, seed }, [thisThread(), fakeLane(3, 2, log), fakeLane(1)]);
      expect(outcome).toEqual({ ok: true, results: [simulateLeadTimes(input, { cases, seed })] });
      // 2,500 cases are 10 blocks: the slow lane took some of them, out of order.
      if (cases === 2500) expect(log.length).toBeGreaterThan(0);
    }
  });

  it('gives the same figures on one lane as on three, and simulates every input of a job', async () => {
    const broken = buildTestInput({ steps: [start, { id: 'A' }, end], flows: [['start', 'A'], ['A', 'A']] });
    const one = await simulateInThreads([input, broken, input], { cases: 600, seed: 3 }, [fakeLane(0, 1)]);
    const three = await simulateInThreads([input, broken, input], { cases: 600, seed: 3 }, [fakeLane(2), fakeLane(0), thisThread()]);
    expect(three).toEqual(one);
    expect(one.ok && one.results.map((result) => (result.ok ? result.cases : result.reason))).toEqual([600, 'analysis-error', 600]);
  });

  it('reports the cases done over the whole job after every block, and stops when asked', async () => {
    const progress: number[] = [];
    const done = await simulateInThreads([input, input], { cases: 600, seed: 1, onProgress: (casesDone, total) => progress.push(casesDone / total) }, [fakeLane(1), fakeLane(0)]);
    expect(done.ok).toBe(true);
    // 600 cases are blocks of 250, 250 and 100, for each of the two inputs: six steps to 1,200.
    expect(progress).toHaveLength(2 * blockCountOf(600));
    expect(progress.every((share, i) => i === 0 || share > (progress[i - 1] as number))).toBe(true);
    expect(progress.at(-1)).toBe(1);

    let blocks = 0;
    const cancelled = await simulateInThreads([input], { cases: 10_000, onProgress: () => blocks++, shouldCancel: () => blocks >= 2 }, [fakeLane(0)]);
    expect(cancelled).toEqual({ ok: false, reason: 'cancelled' });
    expect(blocks).toBe(2);
  });

  it('gives the blocks of a lane that fails to the others, and fails only when every lane has', async () => {
    const failing: SimulationLane = { blocksInFlight: 2, load: () => undefined, runBlock: () => Promise.reject(new Error('worker could not start')) };
    const outcome = await simulateInThreads([input], { cases: 1001, seed: 5 }, [failing, fakeLane(1)]);
    expect(outcome).toEqual({ ok: true, results: [simulateLeadTimes(input, { cases: 1001, seed: 5 })] });
    await expect(simulateInThreads([input], { cases: 10 }, [failing])).rejects.toThrow('worker could not start');
    await expect(simulateInThreads([input], { cases: 10 }, [])).rejects.toThrow();
  });

  it('does not wait for a lane that lags: an idle lane runs its blocks too, and the first answer counts', async () => {
    // A lane that never answers (a worker stuck or starved) still got two blocks; the other lane runs them as well.
    const stuck: SimulationLane = { blocksInFlight: 2, load: () => undefined, runBlock: () => new Promise<Float64Array>(() => undefined) };
    const outcome = await simulateInThreads([input], { cases: 1001, seed: 2 }, [stuck, fakeLane(0)]);
    expect(outcome).toEqual({ ok: true, results: [simulateLeadTimes(input, { cases: 1001, seed: 2 })] });
  });
});
