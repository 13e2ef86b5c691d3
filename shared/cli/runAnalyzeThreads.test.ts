import { describe, expect, it } from 'vitest';
import { createInThreadLane, type SimulationLane } from '../analysis/simulationLanes';
import { runAnalyze } from './runAnalyze';
import type { SimulationThreads } from './simulationThreads';

/** A fixture of about ten steps: some ten visits per case. */
const INVOICES = 'fixtures/maps/incoming-invoices.stroomlijn';

/** Threads in this thread: two lanes that count their blocks, and whether they were closed. */
function fakeThreads(log: string[]): () => SimulationThreads {
  return () => {
    log.push('started');
    const lanes: SimulationLane[] = [0, 1].map((index) => {
      const lane = createInThreadLane((callback) => setTimeout(callback, 0));
      return { ...lane, runBlock: (request) => (log.push(`lane ${index}`), lane.runBlock(request)) };
    });
    return { lanes, close: () => (log.push('closed'), Promise.resolve()) };
  };
}

async function analyze(args: string[], options: Parameters<typeof runAnalyze>[2] = {}): Promise<string> {
  let stdout = '';
  const status = await runAnalyze([INVOICES, '--json', ...args], { stdout: (text) => (stdout += text), stderr: () => undefined }, options);
  expect(status).toBe(0);
  return stdout;
}

describe('analyze --simulate on threads', () => {
  it('runs a large simulation on the threads it starts, with the figures of one thread, and closes them', async () => {
    const log: string[] = [];
    const args = ['--simulate', '--cases', '1001', '--seed', '9'];
    const threaded = await analyze(args, { startSimulationThreads: fakeThreads(log), threadsFromVisits: 0 });
    expect(threaded).toBe(await analyze(args));
    // 1,001 cases are 5 blocks over the two lanes (at the end a lane may also run one the other is still on).
    expect(log[0]).toBe('started');
    expect(log.filter((entry) => entry.startsWith('lane')).length).toBeGreaterThanOrEqual(5);
    expect(log.at(-1)).toBe('closed');
  });

  it('starts no threads for a small simulation, nor without --simulate', async () => {
    const log: string[] = [];
    // 10,000 cases of some ten visits are far below 5,000,000 visits.
    await analyze(['--simulate'], { startSimulationThreads: fakeThreads(log) });
    await analyze([], { startSimulationThreads: fakeThreads(log), threadsFromVisits: 0 });
    expect(log).toEqual([]);
  });
});
