import { describe, expect, it } from 'vitest';
import { gammaParameters, RAW_DRAWS_PER_REFILL, RandomDraws, seededGenerator } from './randomDraws';
import { simulateLeadTimes, type SimulationFigures } from './simulate';
import { buildTestInput, type TestStateSpec } from './testState';

const start = { id: 'start', type: 'start' as const };
const end = { id: 'end', type: 'end' as const };

function simulate(spec: TestStateSpec, cases: number, seed: number): SimulationFigures {
  const result = simulateLeadTimes(buildTestInput(spec), { cases, seed });
  if (!result.ok) throw new Error(`not simulated: ${result.reason}`);
  return result;
}

describe('the raw draws', () => {
  it('are pure-rand xoroshiro128+ outputs in order, across refills of the buffer', () => {
    for (const seed of [1, 42, -7]) {
      const draws = new RandomDraws(seed);
      const generator = seededGenerator(seed);
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
    const spec: TestStateSpec = {
      steps: [start, { id: 'A', waitTime: 40, waitVariability: 2, processTime: 10, processVariability: 0.5 }, { id: 'D', type: 'decision', processTime: 2, processVariability: 0.3 }, end],
      flows: [['start', 'A'], ['A', 'D'], ['D', 'end', { probability: 0.6 }], ['D', 'A', { probability: 0.4, rework: true }]],
    };
    const cases = 1500;
    const result = simulate(spec, cases, 9);
    // The same walk written out with RandomDraws (start and end take no time and no draw).
    const draws = new RandomDraws(9);
    const wait = gammaParameters(40, 2);
    const work = gammaParameters(10, 0.5);
    const decide = gammaParameters(2, 0.3);
    const expected: number[] = [];
    for (let i = 0; i < cases; i++) {
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
    // (main at f73c944): the rewrite changed no number.
    const spec: TestStateSpec = {
      steps: [
        start,
        { id: 'A', processTime: 10, processVariability: 0.5, waitTime: 60, waitVariability: 1.5 },
        { id: 's', type: 'parallel' },
        { id: 'B', processTime: 20, processVariability: 0.3, waitTime: 30, waitVariability: 0.8 },
        { id: 'Q', type: 'decision', processTime: 2, processVariability: 2 },
        { id: 'C', processTime: 15, waitTime: 100, waitVariability: 1.2 },
        { id: 'j', type: 'parallel' },
        { id: 'D', type: 'decision', processTime: 5, processVariability: 0.4 },
        end,
      ],
      flows: [
        ['start', 'A'], ['A', 's'], ['s', 'B'], ['s', 'C'], ['B', 'Q'], ['Q', 'j', { probability: 0.7 }], ['Q', 'B', { probability: 0.3, rework: true }],
        ['C', 'j'], ['j', 'D'], ['D', 'end', { probability: 0.8 }], ['D', 'A', { probability: 0.2, rework: true }],
      ],
    };
    const result = simulate(spec, 2000, 3);
    expect(result).toMatchObject({
      unfinished: 0,
      meanMinutes: 266.4749088958926,
      standardDeviationMinutes: 205.41351864407235,
      p50Minutes: 206.20973137244042,
      p85Minutes: 439.95004313580733,
      p95Minutes: 676.3549008212985,
      minMinutes: 29.256456168631892,
      maxMinutes: 1858.2401423030199,
      exactLeadTimeMinutes: 237.5,
    });
  });
});
