import { describe, expect, it } from 'vitest';
import { STEP_GAP_PX, STEP_WIDTH_PX } from './geometry';
import { placeInLane, placeNextStep } from './placeNextStep';
import { step, workedExample } from './testMaps';

describe('placeNextStep', () => {
  it('places the new step one spacing to the right, in the same lane', () => {
    const state = workedExample();
    // Right of "end" (mgr, x 880) nothing is in the way.
    expect(placeNextStep(state, 'end')).toEqual({ laneId: 'mgr', position: { x: 1100, y: 230 } });
  });

  it('skips over steps of the same lane so nothing overlaps', () => {
    const state = workedExample();
    // Right of B (mgr, x 440) are D (660) and end (880): the first free spot is 1100.
    const placement = placeNextStep(state, 'B');
    expect(placement).toEqual({ laneId: 'mgr', position: { x: 1100, y: 230 } });
    const x = placement?.position.x ?? 0;
    for (const other of state.steps.filter((s) => s.laneId === 'mgr')) {
      const apart = x >= other.position.x + STEP_WIDTH_PX[other.type] + STEP_GAP_PX || x + STEP_WIDTH_PX.activity + STEP_GAP_PX <= other.position.x;
      expect(apart).toBe(true);
    }
  });

  it('ignores steps of other lanes', () => {
    const state = workedExample();
    // A is in sec at 220; B sits in mgr at 440, which does not block sec.
    expect(placeNextStep(state, 'A')).toEqual({ laneId: 'sec', position: { x: 440, y: 50 } });
  });

  it('pulls a stale y back into the lane band', () => {
    const state = workedExample();
    state.steps.push(step('X', 'mgr', 2000, 10));
    expect(placeNextStep(state, 'X')?.position.y).toBe(190);
  });

  it('returns null for an unknown step', () => {
    expect(placeNextStep(workedExample(), 'nope')).toBeNull();
  });
});

describe('placeInLane', () => {
  it('puts a step after the last one of the lane, or at the start of an empty lane', () => {
    const state = workedExample();
    expect(placeInLane(state, 'sec')).toEqual({ laneId: 'sec', position: { x: 440, y: 50 } });
    state.lanes.push({ id: 'fin', name: 'Financiën' });
    expect(placeInLane(state, 'fin')).toEqual({ laneId: 'fin', position: { x: 0, y: 410 } });
    expect(placeInLane(state, 'nope')).toBeNull();
  });
});
