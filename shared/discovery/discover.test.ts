import { describe, expect, it } from 'vitest';
import { analyseMap } from '../analysis/analyseMap';
import { parseMap } from '../model/parse';
import { MAX_MINUTES } from '../model/schema';
import { serializeMap } from '../model/serialize';
import { discoverTestLog } from './testLog';

/** Events an hour apart from Monday 2024-03-04 09:00, one row per event (no start times). */
function hourlyLog(cases: Record<string, string[]>, resources: Record<string, string[]> = {}): string {
  const rows = ['case,activity,timestamp,resource'];
  for (const [caseId, activities] of Object.entries(cases)) {
    activities.forEach((activity, index) => {
      rows.push(`${caseId},${activity},2024-03-04 ${String(9 + index).padStart(2, '0')}:00,${resources[caseId]?.[index] ?? ''}`);
    });
  }
  return rows.join('\n');
}

const RULE_LOG = hourlyLog(
  { c1: ['A', 'B', 'C'], c2: ['A', 'B', 'B', 'C'], c3: ['A', 'C', 'B'], c4: ['A', 'B', 'C', 'B'] },
  {
    c1: ['Ann', 'carl', 'Eve'],
    c2: ['Ann', 'carl', 'Dave', 'Eve'],
    c3: ['Ann', '', 'Dave'],
    c4: ['Ann', 'carl', 'Ann', 'Dave'],
  },
);

describe('discovery: steps, flows, lanes and times (domain.md section 11, points 2–4)', () => {
  it('makes one step per activity and flows with p = count(a→b) / count(a→·)', async () => {
    const { map } = await discoverTestLog(RULE_LOG);
    const label = new Map(map.steps.map((step) => [step.id, step.type === 'activity' ? step.label : step.type]));
    const flows = Object.fromEntries(map.flows.map((flow) => [`${label.get(flow.from)}→${label.get(flow.to)}`, [flow.probability, flow.rework]]));
    // Counts: start→A 4; A→B 3, A→C 1; B→C 3, B→B 1, B→end 2 (B has 6 instances);
    // C→end 2, C→B 2 (C has 4).
    expect(flows).toEqual({
      'start→A': [1, false],
      'A→B': [0.75, false],
      'A→C': [0.25, false],
      // B→B: B occurred earlier in 1 of 1 occurrences → rework.
      'B→B': [1 / 6, true],
      'B→C': [0.5, false],
      'B→end': [2 / 6, false],
      // C→B: B had occurred earlier in c4 but not in c3: exactly half is not "more than half".
      'C→B': [0.5, false],
      'C→end': [0.5, false],
    });
    const analysis = analyseMap(map);
    const visits: Record<string, number> = Object.fromEntries(analysis.steps.map((step) => [label.get(step.id) ?? '', step.expectedVisits]));
    // v(a) = instances / cases: A 4/4, B 6/4, C 4/4.
    expect(visits.A).toBeCloseTo(1, 12);
    expect(visits.B).toBeCloseTo(1.5, 12);
    expect(visits.C).toBeCloseTo(1, 12);
  });

  it('measures waits between consecutive instances in working minutes, and LT = mean working duration', async () => {
    const { map, statistics } = await discoverTestLog(RULE_LOG);
    const byLabel = new Map(map.steps.map((step) => [step.label, step]));
    // Without start times: process 0; every instance but the first waits 60 minutes.
    expect(byLabel.get('A')?.waitTime).toBe(0);
    expect(byLabel.get('B')?.waitTime).toBe(60);
    expect(byLabel.get('C')?.processTime).toBe(0);
    expect(byLabel.get('B')?.measured).toEqual({ instances: 6, processTimeMedian: 0, waitTimeMedian: 60 });
    // LT = v(B)·60 + v(C)·60 = 1.5·60 + 60 = 150; cases last 120, 180, 120, 180 → mean 150.
    expect(statistics.meanCaseWorkingMinutes).toBe(150);
    expect(statistics.medianCaseWorkingMinutes).toBe(150);
    expect(analyseMap(map).metrics?.leadTimeMinutes).toBeCloseTo(150, 10);
    // All within one day: span < 1 day, so casesPerYear = cases.
    expect(statistics.casesPerYear).toBe(4);
    expect(map.settings.casesPerYear).toBe(4);
  });

  it('puts each activity in the lane of its most frequent value, ties to the first in code-unit order', async () => {
    const { map } = await discoverTestLog(RULE_LOG, { mapping: { lane: ['resource'] } });
    const laneName = new Map(map.lanes.map((lane) => [lane.id, lane.name]));
    const laneOf = Object.fromEntries(map.steps.map((step) => [step.label, laneName.get(step.laneId)]));
    // A: Ann ×4. B: carl ×3, Dave ×3 (one B has no value) → tie → "Dave" ("D" < "c" in code units).
    // C: Eve ×2, Ann ×1, none ×1 → Eve.
    expect(laneOf).toMatchObject({ A: 'Ann', B: 'Dave', C: 'Eve' });
    expect(laneName.get(map.steps.find((step) => step.type === 'start')?.laneId ?? '')).toBe('Ann');
    // Handoffs per case: A→B 3 (Ann→Dave), A→C 1 (Ann→Eve), B→C 3, C→B 2 (Dave↔Eve); B→B none;
    // the end sits with C (Eve, the first of the tied last activities): B→end 2 crosses,
    // C→end 2 does not. (3 + 1 + 3 + 2 + 2) / 4 = 11/4.
    expect(map.source?.measured?.handoffsPerCase).toBe(11 / 4);
    expect(analyseMap(map).metrics?.handoffsPerCase).toBeCloseTo(11 / 4, 12);
  });

  it('puts everything in one lane "Unknown" when there are no lane values, and asks for start times', async () => {
    const { map, notes } = await discoverTestLog(hourlyLog({ c1: ['A', 'B'] }), { mapping: { lane: [] } });
    expect(map.lanes.map((lane) => lane.name)).toEqual(['Unknown']);
    expect(notes).toContainEqual({ code: 'noStartTimes' });
  });

  it('measures process times, medians and population coefficients of variation', async () => {
    // Monday 2024-03-04. Check takes 30, 60, 90 min; waits 60, 0 (first), 120.
    const log = [
      'case,activity,start,timestamp',
      'c1,Register,2024-03-04 09:00,2024-03-04 09:00',
      'c1,Check,2024-03-04 10:00,2024-03-04 10:30',
      'c2,Check,2024-03-04 09:00,2024-03-04 10:00',
      'c3,Register,2024-03-04 09:00,2024-03-04 09:00',
      'c3,Check,2024-03-04 11:00,2024-03-04 12:30',
    ].join('\n');
    const { map, statistics } = await discoverTestLog(log, { mapping: { start: 'start' } });
    const check = map.steps.find((step) => step.label === 'Check');
    // Process: mean 60, σ = √((900 + 0 + 900)/3) = √600 → cv = √600/60.
    expect(check?.processTime).toBe(60);
    expect(check?.processVariability).toBeCloseTo(Math.sqrt(600) / 60, 12);
    // Wait: 60, 0, 120 → mean 60, σ = √((0 + 3600 + 3600)/3) = √2400 → cv = √2400/60.
    expect(check?.waitTime).toBe(60);
    expect(check?.waitVariability).toBeCloseTo(Math.sqrt(2400) / 60, 12);
    expect(check?.measured).toEqual({ instances: 3, processTimeMedian: 60, waitTimeMedian: 60 });
    // Cases last 90, 60 and 210 minutes: mean 120; LT = v(Check)·(60 + 60) + v(Register)·0 = 120.
    expect(statistics.meanCaseWorkingMinutes).toBe(120);
    expect(analyseMap(map).metrics?.leadTimeMinutes).toBeCloseTo(120, 10);
  });

  it('computes casesPerYear from the span of the log', async () => {
    // Two cases from Monday 2024-03-04 09:00 to Thursday 2024-03-14 09:00: 10 days → round(2 · 365.25 / 10) = 73.
    const log = ['case,activity,timestamp', 'a,X,2024-03-04 09:00', 'b,X,2024-03-14 09:00'].join('\n');
    const { statistics } = await discoverTestLog(log);
    expect(statistics.spanDays).toBe(10);
    expect(statistics.casesPerYear).toBe(73);
  });

  it('writes a map that passes validation, with source and the steps laid out in lanes', async () => {
    const { map } = await discoverTestLog(RULE_LOG, { mapping: { lane: ['resource'] } });
    const parsed = parseMap(serializeMap(map));
    expect(parsed.ok).toBe(true);
    expect(map.source).toMatchObject({ kind: 'event-log', file: 'test.csv', cases: 4, events: 14, from: '2024-03-04T09:00:00', to: '2024-03-04T12:00:00' });
    expect(map.source?.measured).toMatchObject({ cases: 4, leadTimeMinutes: 150, processTimeMinutes: 0, waitTimeMinutes: 150 });
    const laneIndex = new Map(map.lanes.map((lane, index) => [lane.id, index]));
    for (const step of map.steps) expect(step.position.y).toBe((laneIndex.get(step.laneId) ?? 0) * 180 + 50);
    const xs = map.steps.map((step) => step.position.x);
    expect(new Set(xs).size).toBe(xs.length);
  });
});

describe('bounds of the file format', () => {
  it('caps times longer than ten years (a log spanning decades) and says so', async () => {
    const log = ['case,activity,timestamp', 'old,A,1950-01-02 09:00', 'old,B,2024-01-02 09:00'].join('\n');
    const { map, notes } = await discoverTestLog(log);
    expect(parseMap(serializeMap(map)).ok).toBe(true);
    expect(map.steps.find((step) => step.label === 'B')?.waitTime).toBe(MAX_MINUTES);
    expect(notes).toContainEqual({ code: 'timesCapped', activities: ['B'] });
  });
});

describe('filters (domain.md section 11, point 6)', () => {
  // 3× A B (one as A X B), 2× A C, 1× A D: shares A 6/6, B 3/6, C 2/6, D 1/6, X 1/6.
  const FILTER_LOG = hourlyLog({ p1: ['A', 'B'], p2: ['A', 'X', 'B'], p3: ['A', 'B'], p4: ['A', 'C'], p5: ['A', 'C'], p6: ['A', 'D'] });

  it('drops activities in fewer than X of the cases, then keeps variants until they cover Y', async () => {
    const { statistics, map } = await discoverTestLog(FILTER_LOG, { filters: { minActivityShare: 0.2, variantCoverage: 0.8 } });
    // D and X (16.7 % < 20 %) go; p2 closes up to A B and p6 to A. Variants: A B ×3, A C ×2, A ×1.
    // Coverage 80 % of 6 = 4.8: A B (3) then A C (5 ≥ 4.8) are kept; A (p6) is dropped.
    expect(statistics.cases).toBe(5);
    expect(statistics.activities).toBe(3);
    expect(statistics.topVariants).toEqual([
      { activities: ['A', 'B'], cases: 3, share: 0.6 },
      { activities: ['A', 'C'], cases: 2, share: 0.4 },
    ]);
    expect(statistics.dropped).toEqual([
      { reason: 'rareActivity', activity: 'X', caseShare: 1 / 6, count: 1 },
      { reason: 'rareActivity', activity: 'D', caseShare: 1 / 6, count: 1 },
      { reason: 'rareVariant', count: 1, variants: 1 },
    ]);
    expect(map.steps.filter((step) => step.type === 'activity').map((step) => step.label).sort()).toEqual(['A', 'B', 'C']);
    expect(map.source?.filters).toEqual({ minActivityShare: 0.2, variantCoverage: 0.8, droppedActivities: ['X', 'D'], droppedCases: 1 });
    // Computed on what is kept: 5 cases, p(A→B) = 3/5.
    expect(map.flows.find((flow) => flow.from === 'step-start')?.probability).toBe(1);
    expect(Math.max(...map.flows.map((flow) => flow.probability ?? 0).filter((p) => p < 1))).toBe(0.6);
  });

  it('a share exactly at the threshold is kept; a case with nothing left is dropped and counted', async () => {
    const { statistics } = await discoverTestLog(hourlyLog({ a: ['A'], b: ['A'], c: ['A'], d: ['Z'] }), { filters: { minActivityShare: 0.25, variantCoverage: 1 } });
    expect(statistics.cases).toBe(4);
    const dropped = await discoverTestLog(hourlyLog({ a: ['A'], b: ['A'], c: ['A'], d: ['Z'] }), { filters: { minActivityShare: 0.3, variantCoverage: 1 } });
    expect(dropped.statistics.cases).toBe(3);
    expect(dropped.statistics.dropped).toContainEqual({ reason: 'emptiedCase', count: 1 });
  });
});
