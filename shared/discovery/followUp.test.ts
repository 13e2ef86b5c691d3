import { describe, expect, it } from 'vitest';
import { actionSchema } from '../model/schema';
import type { ProcessMap } from '../model/types';
import { buildPlanContent } from '../plan/content';
import { renderPlanMarkdown } from '../plan/markdown';
import { DEFAULT_CALENDAR } from './calendar';
import { compareFollowUp, createFollowUp } from './followUp';
import { measureLog } from './measureLog';
import { discoverTestLog, readTestLog } from './testLog';

/** Seconds of work on a loaded machine: a generous limit, never a timed assertion. */
const SLOW_TEST_TIMEOUT_MS = 60_000;

/** Cases of two activities on Monday 2024-03-04: A at 09:00, B `minutesLater` after it. */
function twoStepLog(cases: number, minutesLater: number): string {
  const rows = ['case,activity,timestamp'];
  for (let index = 0; index < cases; index += 1) rows.push(`c${index},A,2024-03-04 09:00`, `c${index},B,2024-03-04 09:${String(minutesLater).padStart(2, '0')}`);
  return rows.join('\n');
}

async function mapWithAction(): Promise<ProcessMap> {
  // First log: two cases, B an hour after A: LT 60 minutes.
  const { map } = await discoverTestLog(['case,activity,timestamp', 'c1,A,2024-03-04 09:00', 'c1,B,2024-03-04 10:00', 'c2,A,2024-03-04 09:00', 'c2,B,2024-03-04 10:00'].join('\n'));
  const stepB = map.steps.find((step) => step.label === 'B')?.id ?? '';
  // The accepted action halves B's wait: the future state expects 30 minutes.
  map.actions = [actionSchema.parse({ id: 'a1', title: 'Sneller', ecrs: 'simplify', status: 'accepted', effects: [{ type: 'set-wait-time', stepId: stepB, minutes: 30 }] })];
  return map;
}

describe('follow-up (domain.md section 11, point 8)', { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  it('measures a second log against the future state and the first log', async () => {
    const map = await mapWithAction();
    // Second log: three cases, B 45 minutes after A.
    const measured = measureLog(await readTestLog(twoStepLog(3, 45)), DEFAULT_CALENDAR);
    expect(measured).toMatchObject({ cases: 3, leadTimeMinutes: 45, processTimeMinutes: 0, waitTimeMinutes: 45, handoffsPerCase: 0, casesPerYear: 3 });
    const comparison = compareFollowUp(map, measured);
    expect(comparison.cases).toBe(3);
    expect(comparison.beforeCases).toBe(2);
    expect(comparison.figures).toEqual([
      // Expected: the future state's LT 30; before: the first log's mean 60; measured 45.
      { key: 'leadTime', expected: 30, before: 60, measured: 45 },
      { key: 'processTime', expected: 0, before: 0, measured: 0 },
      { key: 'handoffs', expected: 0, before: 0, measured: 0 },
      // Volume: the map's casesPerYear (2, a log within one day) vs the second log's 3.
      { key: 'volume', expected: 2, before: 2, measured: 3 },
    ]);
  });

  it('adds "expected vs measured over N cases" to the plan follow-up section when the map carries a measured follow-up', async () => {
    const map = await mapWithAction();
    const plain = renderPlanMarkdown(buildPlanContent(map, { language: 'nl', generatedAt: '2026-12-07T10:00:00Z', sourceFileName: 'x.stroomlijn' }));
    expect(plain).not.toContain('Gemeten na de verandering');
    map.followUp = createFollowUp('na.csv', '2026-12-07T10:00:00Z', measureLog(await readTestLog(twoStepLog(3, 45)), DEFAULT_CALENDAR));
    const markdown = renderPlanMarkdown(buildPlanContent(map, { language: 'nl', generatedAt: '2026-12-07T10:00:00Z', sourceFileName: 'x.stroomlijn' }));
    expect(markdown).toContain('Gemeten na de verandering');
    // 30 and 45 working minutes at 8 h a day are 0.1 working day each (one decimal).
    expect(markdown).toContain('**Doorlooptijd —** verwacht: 0,1 werkdagen, gemeten: 0,1 werkdagen over 3 zaken (vóór de verandering: 0,1 werkdagen)');
    expect(markdown).toContain('**Zaken per jaar —** verwacht: 2, gemeten: 3 over 3 zaken (vóór de verandering: 2)');
    const english = renderPlanMarkdown(buildPlanContent(map, { language: 'en', generatedAt: '2026-12-07T10:00:00Z', sourceFileName: 'x.stroomlijn' }));
    expect(english).toContain('expected: 2, measured: 3 over 3 cases (before the change: 2)');
  });
});
