import { nearestRank, simulateLeadTimes } from '../analysis/simulate';
import type { ProcessMap } from '../model/types';

/** P50 and P85 of the lead time per case, in working minutes (null when there are no cases). */
export interface LeadTimePercentiles {
  p50Minutes: number | null;
  p85Minutes: number | null;
}

/** Measured and simulated side by side (issue 16 item 5): the check that the discovered map behaves like the log. */
export interface SimulationCheck {
  measured: LeadTimePercentiles;
  simulated: LeadTimePercentiles | null;
  simulatedCases: number;
}

/** The nearest-rank P50 and P85 (domain.md section 8) of the cases' working durations. */
export function measuredPercentiles(caseWorkingMs: Float64Array): LeadTimePercentiles {
  const sortedMinutes = Float64Array.from(caseWorkingMs, (ms) => ms / 60_000).sort();
  return { p50Minutes: nearestRank(sortedMinutes, 50), p85Minutes: nearestRank(sortedMinutes, 85) };
}

/**
 * Measured P50/P85 of the log next to those the simulation gives for the discovered map,
 * whose steps carry the measured coefficients of variation: close figures say the map
 * reproduces the log's spread. `simulated` is null when the map cannot be simulated.
 */
export function checkAgainstSimulation(map: ProcessMap, caseWorkingMs: Float64Array, options: { cases: number; seed?: number }): SimulationCheck {
  const result = simulateLeadTimes({ state: map, settings: map.settings, language: map.meta.language }, { cases: options.cases, seed: options.seed ?? 1 });
  return {
    measured: measuredPercentiles(caseWorkingMs),
    simulated: result.ok ? { p50Minutes: result.p50Minutes, p85Minutes: result.p85Minutes } : null,
    simulatedCases: options.cases,
  };
}
