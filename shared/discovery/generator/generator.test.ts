import { describe, expect, it } from 'vitest';
import { analyseMap } from '../../analysis/analyseMap';
import { discoverTestLog } from '../testLog';
import { GENERATED_ACTIVITIES, GENERATED_EXPECTED_VISITS, generateEventLog } from './generateEventLog';
import { writeCsv, writeXes } from './writeLog';

/** Seconds of work on a loaded machine: a generous limit, never a timed assertion. */
const SLOW_TEST_TIMEOUT_MS = 120_000;

const CASES = 1500;

async function discoverGenerated(format: 'csv' | 'xes') {
  const events = generateEventLog({ cases: CASES, seed: 7 });
  const text = [...(format === 'csv' ? writeCsv(events, 'start-column') : writeXes(events))].join('');
  return discoverTestLog(text, { format, mapping: format === 'csv' ? { start: 'start_timestamp', lifecycle: null } : {} });
}

describe('discovery recovers the generator true parameters', { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  it('from a CSV with a start-time column and from XES with lifecycle transitions, identically', async () => {
    const fromCsv = await discoverGenerated('csv');
    const fromXes = await discoverGenerated('xes');
    expect(fromXes.map.steps.map((step) => [step.label, step.processTime, step.waitTime])).toEqual(fromCsv.map.steps.map((step) => [step.label, step.processTime, step.waitTime]));

    const { map, statistics } = fromXes;
    expect(statistics.cases).toBe(CASES);
    const analysis = analyseMap(map);
    const visits = new Map(analysis.steps.map((step) => [step.id, step.expectedVisits]));
    const laneName = new Map(map.lanes.map((lane) => [lane.id, lane.name]));
    for (const [key, activity] of Object.entries(GENERATED_ACTIVITIES)) {
      const step = map.steps.find((candidate) => candidate.label === activity.name);
      expect(step, activity.name).toBeDefined();
      if (!step) continue;
      // 1,500 cases: visits within ±0.05, means within 10 %, variabilities within 0.2 of the truth.
      expect(visits.get(step.id), activity.name).toBeCloseTo(GENERATED_EXPECTED_VISITS[key as keyof typeof GENERATED_EXPECTED_VISITS], 1);
      expect(Math.abs(step.processTime - activity.processMeanMinutes), activity.name).toBeLessThan(0.1 * activity.processMeanMinutes);
      expect(Math.abs((step.processVariability ?? 0) - activity.processVariability), activity.name).toBeLessThan(0.2);
      if (key !== 'register') {
        expect(Math.abs(step.waitTime - activity.waitMeanMinutes), activity.name).toBeLessThan(0.1 * activity.waitMeanMinutes);
        expect(Math.abs((step.waitVariability ?? 0) - activity.waitVariability), activity.name).toBeLessThan(0.2);
      }
      // Lanes by majority: a manager does 5 % of the checks, the check stays with the secretariat.
      expect(laneName.get(step.laneId)).toBe(activity.role);
    }
    // The rework loop: ask → check is marked rework (the check occurred earlier every time).
    const ask = map.steps.find((step) => step.label === GENERATED_ACTIVITIES.ask.name)?.id;
    expect(map.flows.find((flow) => flow.from === ask)?.rework).toBe(true);
    expect(analysis.metrics?.leadTimeMinutes).toBeCloseTo(statistics.meanCaseWorkingMinutes, 6);
  });
});
