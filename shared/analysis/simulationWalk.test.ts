import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';
import { blockGeneratorState, SIMULATION_BLOCK_CASES } from './blockSeeds';
import { gammaParameters, RAW_DRAWS_PER_REFILL, RandomDraws } from './randomDraws';
import { simulateLeadTimes, type SimulationFigures } from './simulate';
import { buildTestInput, PARALLEL_WITH_REWORK, REWORK_WITH_GAMMAS, type TestStateSpec } from './testState';


function simulate(spec: TestStateSpec, cases: number, seed: number): SimulationFigures {
  const result = simulateLeadTimes(buildTestInput(spec), { cases, seed });
  if (!result.ok) throw new Error(`not simulated: ${result.reason}`);
  return result;
}

describe('the raw draws', () => {
  it('are pure-rand xoroshiro128+ outputs in order, across refills of the buffer', () => {
    for (const [seed, block] of [[1, 0], [42, 3], [-7, 39]] as const) {
      const draws = RandomDraws.forBlock(seed, block);
      const generator = xoroshiro128plusFromState(Array.from(blockGeneratorState(seed, block)));
      const count = 3 * RAW_DRAWS_PER_REFILL + 5;
      const ours = Array.from({ length: count }, () => draws.next());
      const theirs = Array.from({ length: count }, () => generator.next());
      expect(ours).toEqual(theirs);
    }
  });
});

describe('the walk draws the numbers RandomDraws draws, in its order', () => {
  it('gives each case the gamma draws and the choices of a step-by-step walk with RandomDraws', () => {
    // start → A (wait 40, c = 2: shape ¼ < 1; work 10, c = 0.5) → D (work 2, c = 0.3) → end (0.6) or back to A (0.4).
    const spec = REWORK_WITH_GAMMAS;
    // 1,510 cases: six whole blocks and a short seventh, each with its own generator.
    const cases = 6 * SIMULATION_BLOCK_CASES + 10;
    const result = simulate(spec, cases, 9);
    // The same walk written out with RandomDraws (start and end take no time and no draw).
    let draws = RandomDraws.forBlock(9, 0);
    const wait = gammaParameters(40, 2);
    const work = gammaParameters(10, 0.5);
    const decide = gammaParameters(2, 0.3);
    const expected: number[] = [];
    for (let i = 0; i < cases; i++) {
      if (i % SIMULATION_BLOCK_CASES === 0) draws = RandomDraws.forBlock(9, i / SIMULATION_BLOCK_CASES);
      let minutes = 0;
      for (;;) {
        minutes += draws.gamma(wait);
        minutes += draws.gamma(work);
        minutes += draws.gamma(decide);
        // Choices in the order of the flows, cumulative 0.6 then 1: the last takes the rest.
        if (draws.uniform() * (0.6 + 0.4) < 0.6) break;
      }
      expected.push(minutes);
    }
    expected.sort((a, b) => a - b);
    expect(Array.from(result.sortedLeadTimesMinutes)).toEqual(expected);
  });

  it('keeps the seeded figures of a map with a parallel block, rework inside and around it and both kinds of gamma', () => {
    // Pinned from the simulation as it was before the walk was compiled to typed arrays
    // (main at f73c944), which changed no number; re-pinned once when the cases were split into
    // blocks with a generator each (blockSeeds.ts). The old figures (mean 266.47, sd 205.4, P50
    // 206.2, P85 440.0, P95 676.4) and these are two samples of the same distribution: the
    // means differ by 2.5 minutes, 0.4 standard errors of a difference (√2 · 205/√2000 = 6.5).
    const spec = PARALLEL_WITH_REWORK;
    const result = simulate(spec, 2000, 3);
    expect(result).toMatchObject({
      unfinished: 0,
      meanMinutes: 263.9856016864818,
      standardDeviationMinutes: 194.1167758891418,
      p50Minutes: 206.0176014181172,
      p85Minutes: 438.86440935231474,
      p95Minutes: 655.8587926175798,
      minMinutes: 30.765704937453666,
      maxMinutes: 1318.8176441808405,
      exactLeadTimeMinutes: 237.5,
    });
  });
});
