import { describe, expect, it } from 'vitest';
import type { MapState } from '../model/types';
import { step } from './testMaps';
import { reseatSteps } from './reseatSteps';

const before: MapState = {
  lanes: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
    { id: 'c', name: 'C' },
  ],
  steps: [step('s1', 'a', 0, 50), step('s2', 'b', 220, 240), step('s3', 'c', 440, 410)],
  flows: [],
  annotations: [],
};

describe('reseatSteps', () => {
  it('moves the steps of lanes below an inserted lane down one band, keeping their height in the band', () => {
    const after = { ...before, lanes: [before.lanes[0], { id: 'n', name: 'N' }, before.lanes[1], before.lanes[2]] } as MapState;
    expect(reseatSteps(before, after)).toEqual([
      { stepId: 's2', position: { x: 220, y: 420 } },
      { stepId: 's3', position: { x: 440, y: 590 } },
    ]);
  });

  it('swaps the bands of two lanes that changed places', () => {
    const after = { ...before, lanes: [before.lanes[1], before.lanes[0], before.lanes[2]] } as MapState;
    expect(reseatSteps(before, after)).toEqual([
      { stepId: 's1', position: { x: 0, y: 230 } },
      { stepId: 's2', position: { x: 220, y: 60 } },
    ]);
  });

  it('brings steps moved out of a deleted lane into their new band', () => {
    const after: MapState = {
      ...before,
      lanes: [before.lanes[0], before.lanes[2]] as MapState['lanes'],
      steps: [before.steps[0], { ...(before.steps[1] as MapState['steps'][number]), laneId: 'c' }, before.steps[2]] as MapState['steps'],
    };
    // s2 now belongs to c, which took b's place (index 1): its band did not change.
    expect(reseatSteps(before, after)).toEqual([{ stepId: 's3', position: { x: 440, y: 230 } }]);
    const intoFirst: MapState = { ...after, steps: after.steps.map((s) => (s.id === 's2' ? { ...s, laneId: 'a' } : s)) };
    expect(reseatSteps(before, intoFirst)).toEqual([
      { stepId: 's2', position: { x: 220, y: 60 } },
      { stepId: 's3', position: { x: 440, y: 230 } },
    ]);
  });

  it('lists nothing when no band changed', () => {
    expect(reseatSteps(before, { ...before, lanes: [...before.lanes, { id: 'z', name: 'Z' }] })).toEqual([]);
  });
});
