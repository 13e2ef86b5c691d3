import { describe, expect, it } from 'vitest';
import { buildTestMap } from '../analysis/testState';
import type { Action, ProcessMap } from '../model/types';
import { compareStates } from './comparison';
import { materializeFuture } from './futureState';

function makeAction(id: string, status: Action['status'], effort: Action['effort'], effects: Action['effects']): Action {
  return { id, title: id, description: '', findingIds: [], ecrs: 'simplify', owner: '', dueDate: '', effort, status, effects };
}

/**
 * The worked example of domain.md section 3 (sec €42, mgr €60, 2400 cases a year, 8 h a day).
 * Current: v(A) = v(B) = v(D) = 4/3; PT = 64/3 = 21.33; WT = 160; LT = 544/3 = 181.33;
 * handoffs 5/3; annual hours 2400·(64/3)/60 = 853.33: sec 533.33 h (€22,400), mgr 320 h (€19,200);
 * cost €41,600.
 */
function workedExample(actions: Action[]): ProcessMap {
  const map = buildTestMap({
    settings: { casesPerYear: 2400, defaultHourlyCost: 45 },
    lanes: [{ id: 'sec', name: 'Secretariaat', hourlyCost: 42 }, { id: 'mgr', name: 'Manager', hourlyCost: 60 }],
    steps: [
      { id: 'start', type: 'start', laneId: 'sec' },
      { id: 'A', laneId: 'sec', processTime: 10, valueType: 'value-adding' },
      { id: 'B', laneId: 'mgr', processTime: 5, waitTime: 120, completeAccurate: 0.8 },
      { id: 'D', type: 'decision', laneId: 'mgr', processTime: 1 },
      { id: 'end', type: 'end', laneId: 'mgr' },
    ],
    flows: [['start', 'A'], ['A', 'B'], ['B', 'D'], ['D', 'end', { probability: 0.75 }], ['D', 'A', { probability: 0.25, rework: true }]],
  });
  return { ...map, actions };
}

const actions: Action[] = [
  // x1: no queue before B. Alone: WT 0 → LT saving 160 min = 1/3 working day; no hours saved.
  makeAction('x1', 'accepted', 'low', [{ type: 'set-wait-time', stepId: 'B', minutes: 0 }]),
  // x2: no rework. Alone: v = 1 everywhere, PT 16, WT 120, LT 136; hours 640 (sec 400 h €16,800,
  // mgr 240 h €14,400 → €31,200): saves 213.33 h, €10,400, LT 136/3 = 45.33 min, handoffs 2/3.
  makeAction('x2', 'accepted', 'medium', [{ type: 'remove-flow', flowId: 'f5' }]),
  // x3: B to the secretariat. Alone: B's 266.67 h move from €60 to €42: saves €4,800, 0 hours.
  makeAction('x3', 'proposed', 'high', [{ type: 'move-to-lane', stepId: 'B', laneId: 'sec' }]),
  // x4 (rejected): A takes no time. Alone: PT 8, 320 h (all mgr, €19,200): saves 533.33 h, €22,400.
  makeAction('x4', 'rejected', 'low', [{ type: 'set-process-time', stepId: 'A', minutes: 0 }]),
];

describe('compareStates on the worked example', () => {
  const comparison = compareStates(workedExample(actions));

  it('computes the saving of each action on its own, for every status', () => {
    const byId = Object.fromEntries(comparison.actionSavings.map((saving) => [saving.actionId, saving]));
    expect(byId.x1).toMatchObject({ status: 'accepted', hoursPerYear: 0, costPerYear: 0, handoffsPerCase: 0, computable: true, skipped: [] });
    expect(byId.x1?.leadTimeMinutes).toBeCloseTo(160, 9);
    expect(byId.x1?.leadTimeWorkingDays).toBeCloseTo(1 / 3, 12);
    expect(byId.x2?.hoursPerYear).toBeCloseTo(640 / 3, 9);
    expect(byId.x2?.costPerYear).toBeCloseTo(10400, 6);
    expect(byId.x2?.leadTimeMinutes).toBeCloseTo(136 / 3, 9);
    expect(byId.x2?.handoffsPerCase).toBeCloseTo(2 / 3, 12);
    expect(byId.x3?.hoursPerYear).toBeCloseTo(0, 9);
    expect(byId.x3?.costPerYear).toBeCloseTo(4800, 6);
    expect(byId.x4?.hoursPerYear).toBeCloseTo(1600 / 3, 9);
    expect(byId.x4?.costPerYear).toBeCloseTo(22400, 6);
  });

  it('places the actions on the PICK chart by payoff: the larger share of the largest hours (x2, 213 h) and lead-time (x1, 160 min) savings', () => {
    const byId = Object.fromEntries(comparison.actionSavings.map((saving) => [saving.actionId, saving]));
    // x1: 0 h, 160/160 min → payoff 1, low → implement (it saves no work, but the most waiting);
    // x2: 213/213 h → 1, medium → challenge; x3: nothing → 0, high → kill;
    // x4 (rejected): 533 h ≥ the largest 213 h → 1 (capped), low → implement.
    expect(byId.x1?.payoff).toBe(1);
    expect(byId.x2?.payoff).toBe(1);
    expect(byId.x3?.payoff).toBe(0);
    expect(byId.x4?.payoff).toBe(1);
    expect(Object.fromEntries(comparison.actionSavings.map((saving) => [saving.actionId, saving.quadrant]))).toEqual({
      x1: 'implement',
      x2: 'challenge',
      x3: 'kill',
      x4: 'implement',
    });
  });

  it('analyses the future with the accepted actions x1 and x2 together', () => {
    // Future: no queue and no rework: PT 16, WT 0, LT 16, handoffs 1, rolled %C&A 0.8 (no rework
    // route left), 640 h, €31,200.
    expect(comparison.futureSource).toBe('actions');
    expect(comparison.future.metrics).toMatchObject({ processTimeMinutes: 16, waitTimeMinutes: 0, leadTimeMinutes: 16, handoffsPerCase: 1 });
    expect(comparison.totalSaving?.hoursPerYear).toBeCloseTo(640 / 3, 9);
    expect(comparison.totalSaving?.costPerYear).toBeCloseTo(10400, 6);
    // LT 544/3 − 16 = 496/3 = 165.33 min = 0.344 working days
    expect(comparison.totalSaving?.leadTimeMinutes).toBeCloseTo(496 / 3, 9);
    expect(comparison.totalSaving?.leadTimeWorkingDays).toBeCloseTo(496 / 3 / 480, 12);
    expect(comparison.metricsDelta?.leadTimeMinutes).toBeCloseTo(-496 / 3, 9);
    expect(comparison.metricsDelta?.rolledCompleteAccurate).toBeCloseTo(0.8 - 0.6, 12);
    expect(comparison.metricsDelta?.handoffsPerCase).toBeCloseTo(-2 / 3, 12);
  });

  it('compares hours and cost per lane', () => {
    expect(comparison.lanes).toEqual([
      { id: 'sec', name: 'Secretariaat', currentHours: expect.closeTo(1600 / 3, 9) as number, futureHours: expect.closeTo(400, 9) as number, currentCost: expect.closeTo(22400, 6) as number, futureCost: expect.closeTo(16800, 6) as number },
      { id: 'mgr', name: 'Manager', currentHours: expect.closeTo(320, 9) as number, futureHours: expect.closeTo(240, 9) as number, currentCost: expect.closeTo(19200, 6) as number, futureCost: expect.closeTo(14400, 6) as number },
    ]);
  });

  it('compares with a stored, hand-edited future and lists a lane only the future has', () => {
    const map = materializeFuture(workedExample(actions));
    map.future!.lanes.push({ id: 'dir', name: 'Directie', hourlyCost: 90 });
    map.future!.steps.find((step) => step.id === 'B')!.laneId = 'dir';
    const edited = compareStates(map);
    expect(edited.futureSource).toBe('edited');
    // B: 2400·5/60 = 200 h at €90 in the future (x2 removed the rework, so v(B) = 1).
    expect(edited.lanes.find((lane) => lane.id === 'dir')).toMatchObject({ name: 'Directie', currentHours: 0, futureHours: 200, futureCost: 18000 });
  });
});
