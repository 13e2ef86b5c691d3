import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseMap } from '../analysis/analyseMap';
import { createWorkingClock } from './calendar';
import { discoverTestLog } from './testLog';

/** Seconds of work on a loaded machine: a generous limit, never a timed assertion. */
const SLOW_TEST_TIMEOUT_MS = 120_000;

const MS_PER_MINUTE = 60_000;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** Wall-clock ms as text with the given offset suffix ("" for none). */
function text(wallMs: number, offset: string): string {
  const date = new Date(wallMs);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}${offset}`;
}

const instance = fc.record({
  activity: fc.constantFrom('Registreren', 'Controleren', 'Goedkeuren', 'Betalen', 'Archiveren'),
  waitMinutes: fc.integer({ min: 0, max: 3000 }),
  processMinutes: fc.integer({ min: 0, max: 600 }),
  lane: fc.constantFrom('Secretariaat', 'Manager', ''),
});
const generatedLog = fc.record({
  cases: fc.array(fc.array(instance, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 25 }),
  layout: fc.constantFrom('lifecycle', 'start-column', 'instants'),
  offset: fc.constantFrom('', 'Z', '+01:00', '-05:00'),
  calendar: fc.constantFrom({ workdayStart: '09:00', hoursPerDay: 8 }, { workdayStart: '07:30', hoursPerDay: 7.5 }, { workdayStart: '20:00', hoursPerDay: 10 }),
  firstCaseDay: fc.integer({ min: 0, max: 400 }),
});

type GeneratedLog = typeof generatedLog extends fc.Arbitrary<infer T> ? T : never;

/**
 * A CSV log of non-overlapping instances: each case starts at a random working moment and
 * its instances follow after their waits, written in working time and turned into wall-clock
 * time (the calendar's inverse), all with one offset.
 */
function writeLog(log: GeneratedLog): string {
  const clock = createWorkingClock(log.calendar);
  const rows = [log.layout === 'start-column' ? 'case,activity,start,timestamp,role' : 'case,activity,lifecycle,timestamp,role'];
  log.cases.forEach((instances, caseIndex) => {
    let position = clock.position(Date.UTC(2024, 0, 1) + (log.firstCaseDay + caseIndex * 3) * 86_400_000)
    for (const item of instances) {
      position += item.waitMinutes * MS_PER_MINUTE;
      const start = text(clock.wallAt(position), log.offset);
      if (log.layout !== 'instants') position += item.processMinutes * MS_PER_MINUTE;
      const end = text(clock.wallAt(position), log.offset);
      const id = `case ${caseIndex}`;
      if (log.layout === 'start-column') rows.push(`${id},${item.activity},${start},${end},${item.lane}`);
      else if (log.layout === 'lifecycle') rows.push(`${id},${item.activity},start,${start},${item.lane}`, `${id},${item.activity},complete,${end},${item.lane}`);
      else rows.push(`${id},${item.activity},complete,${end},${item.lane}`);
    }
  });
  return rows.join('\n');
}

describe('the two identities of discovery (domain.md section 11, points 2 and 4), on generated logs', { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  it('expected visits = instances per case, and LT of the map = mean working duration of the cases', async () => {
    await fc.assert(
      fc.asyncProperty(generatedLog, async (log) => {
        const csv = writeLog(log);
        const { map, statistics } = await discoverTestLog(csv, {
          calendar: log.calendar,
          mapping: log.layout === 'start-column' ? { start: 'start', lifecycle: null } : {},
        });
        const analysis = analyseMap(map);
        const cases = log.cases.length;
        const counts = new Map<string, number>();
        for (const instances of log.cases) for (const item of instances) counts.set(item.activity, (counts.get(item.activity) ?? 0) + 1);
        const labelOf = new Map(map.steps.map((step) => [step.id, step.label]));
        for (const step of analysis.steps) {
          const label = labelOf.get(step.id) ?? '';
          if (counts.has(label)) expect(step.expectedVisits).toBeCloseTo((counts.get(label) ?? 0) / cases, 9);
        }
        expect(statistics.cases).toBe(cases);
        // Handoffs measured on the log = handoffs of the discovered map.
        expect(analysis.metrics?.handoffsPerCase).toBeCloseTo(map.source?.measured?.handoffsPerCase ?? Number.NaN, 9);
        const leadTime = analysis.metrics?.leadTimeMinutes ?? Number.NaN;
        expect(Math.abs(leadTime - statistics.meanCaseWorkingMinutes)).toBeLessThanOrEqual(1e-9 * Math.max(1, leadTime));
        // The durations were generated in working time: the mean is known exactly.
        const generatedMean =
          log.cases.reduce(
            (sum, instances) => sum + instances.reduce((caseSum, item, index) => caseSum + (index === 0 ? 0 : item.waitMinutes) + (log.layout === 'instants' ? 0 : item.processMinutes), 0),
            0,
          ) / cases;
        expect(statistics.meanCaseWorkingMinutes).toBeCloseTo(generatedMean, 6);
      }),
      { numRuns: 60, seed: 20261207 },
    );
  });
});
