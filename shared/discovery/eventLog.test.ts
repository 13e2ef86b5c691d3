import { describe, expect, it } from 'vitest';
import { createEventCollector } from './eventLog';

const HEADER = ['case', 'activity', 'time', 'lane'];
const MAPPING = { case: 'case', activity: ['activity'], timestamp: 'time', start: null, lifecycle: null, lane: ['lane'] };

/** Collects rows of [case, activity, lane] (all at one valid time) and returns the log. */
function collect(rows: [string, string, string][]) {
  const collector = createEventCollector(MAPPING);
  rows.forEach(([caseId, activity, lane], index) => {
    collector.onRecord({ location: { kind: 'row', row: index + 2 }, cells: [caseId, activity, '2024-03-01T09:30:00', lane] }, HEADER);
  });
  return collector.result();
}

describe('event collector name tables', () => {
  it('gives each distinct name one index in order of first appearance, whatever the size of the table', () => {
    // 40 activity names (past the tables searched by comparison, 16) in a repeating, shuffled
    // order: a name seen again gets its first index back; names that share length and start
    // ("stap 1" / "stap 2", "stap 10" / "stap 11") stay apart.
    const order = Array.from({ length: 40 }, (_, index) => (index * 7) % 40);
    const rows: [string, string, string][] = [];
    for (let round = 0; round < 3; round += 1) for (const n of order) rows.push([`c${round}`, `stap ${n}`, n % 2 === 0 ? 'Anna' : 'Bert']);
    const log = collect(rows);
    expect(log.activityNames).toEqual(order.map((n) => `stap ${n}`));
    expect(log.laneNames).toEqual(['Anna', 'Bert']);
    expect(log.caseNames).toEqual(['c0', 'c1', 'c2']);
    for (let index = 0; index < rows.length; index += 1) {
      const [caseId, activity, lane] = rows[index] as [string, string, string];
      expect(log.caseNames[log.caseIndex[index] as number]).toBe(caseId);
      expect(log.activityNames[log.activityIndex[index] as number]).toBe(activity);
      expect(log.laneNames[(log.laneIndex as Int32Array)[index] as number]).toBe(lane);
    }
  });
});

describe('event collector lifecycle', () => {
  it('reads start and complete in any case, an empty value as complete, and counts other values lower-cased', () => {
    const header = ['case', 'activity', 'time', 'lifecycle'];
    const collector = createEventCollector({ ...MAPPING, lifecycle: 'lifecycle', lane: [] });
    const values = ['start', 'complete', 'Start', 'COMPLETE', '', ' start ', 'schedule', 'Schedule', 'assign'];
    values.forEach((value, index) => {
      collector.onRecord({ location: { kind: 'row', row: index + 2 }, cells: ['c1', 'a', '2024-03-01T09:30:00', value] }, header);
    });
    const log = collector.result();
    // Six events kept (start, complete, Start, COMPLETE, empty, " start "); three left out.
    expect([...log.lifecycle]).toEqual([1, 0, 1, 0, 0, 1]);
    expect(log.ignoredLifecycles).toEqual({ schedule: 2, assign: 1 });
    expect(log.hasStartTransitions).toBe(true);
  });
});
