import { describe, expect, it } from 'vitest';
import { checkAgainstSimulation, measuredPercentiles } from './checkSimulation';
import { DEFAULT_CALENDAR } from './calendar';
import { computeLogStatistics, discoverMap } from './discover';
import { NO_FILTERS } from './filters';
import { generateEventLog } from './generator/generateEventLog';
import { writeCsv } from './generator/writeLog';
import { readTestLog } from './testLog';

describe('measured against simulated lead times', () => {
  it('takes the nearest rank of the cases in working minutes', () => {
    // 7 cases of 60, 120, …, 420 minutes: P50 = the ⌈0.5·7⌉ = 4th = 240, P85 = the ⌈0.85·7⌉ = ⌈5.95⌉ = 6th = 360.
    const caseWorkingMs = Float64Array.from([420, 60, 300, 120, 360, 180, 240], (minutes) => minutes * 60_000);
    expect(measuredPercentiles(caseWorkingMs)).toEqual({ p50Minutes: 240, p85Minutes: 360 });
    expect(measuredPercentiles(new Float64Array(0))).toEqual({ p50Minutes: null, p85Minutes: null });
  });

  it('simulates the discovered map with its measured variability close to the measured spread', async () => {
    const log = await readTestLog([...writeCsv(generateEventLog({ cases: 400, seed: 7 }))].join(''));
    const computed = computeLogStatistics(log, NO_FILTERS, DEFAULT_CALENDAR);
    const { map } = discoverMap(log, { filters: NO_FILTERS, calendar: DEFAULT_CALENDAR, title: '', language: 'en', now: '2024-01-01T00:00:00Z', file: 'x.csv' }, computed);
    const check = checkAgainstSimulation(map, computed.measurement.caseWorkingMs, { cases: 4000 });
    expect(check.simulated).not.toBeNull();
    const measuredP50 = check.measured.p50Minutes ?? 0;
    const simulatedP50 = check.simulated?.p50Minutes ?? 0;
    // The map keeps means and coefficients of variation, not the exact shape: within a third.
    expect(Math.abs(simulatedP50 - measuredP50)).toBeLessThan(measuredP50 / 3);
  });
});
