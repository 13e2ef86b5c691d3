import { describe, expect, it } from 'vitest';
import { createEmptyMap } from '../model/defaults';
import { createStep } from '../model/elements';
import { createElementIds } from '../model/ids';
import { createElkRunner } from './elkLayout';
import { layOutState } from './laneLayout';

/**
 * The domain without the renderer: a map made with createStep and the id scheme, laid out
 * by ELK on Node, as the command line and the importers do.
 */
describe('creating steps and laying out a map on Node', () => {
  it('places a new map with one added step in lanes, left to right', async () => {
    const map = createEmptyMap({ title: 'Reisaanvraag', language: 'nl', now: '2026-01-05T09:00:00Z' });
    const [start, end] = map.steps as [(typeof map.steps)[number], (typeof map.steps)[number]];
    const secondLane = map.lanes[1]!;
    const [stepId, inId, outId] = createElementIds(map, ['s', 'f', 'f']) as [string, string, string];
    // s3 in the second lane, between start and end: start → s3 → end.
    const approve = createStep({ id: stepId, type: 'activity', label: 'Goedkeuren', laneId: secondLane.id, position: { x: 0, y: 0 } });
    expect(approve).toEqual({
      id: 's3',
      type: 'activity',
      label: 'Goedkeuren',
      laneId: 'lane2',
      processTime: 0,
      waitTime: 0,
      completeAccurate: 1,
      valueType: 'business-required',
      activity: 'work',
      system: '',
      position: { x: 0, y: 0 },
    });
    map.steps.push(approve);
    map.flows = [
      { id: inId, from: start.id, to: approve.id, rework: false, medium: 'other', label: '' },
      { id: outId, from: approve.id, to: end.id, rework: false, medium: 'other', label: '' },
    ];

    const positions = await layOutState(map, createElkRunner());
    // y: the default row of each lane band, lane index · 180 + 50 → lane1: 50, lane2: 230.
    // x: ELK puts the three layers 70 px apart (220 spacing − 150 activity width) after its
    // 12 px padding: 12, 12 + 130 + 70 = 212, 212 + 150 + 70 = 432. Each step then starts at
    // least 70 px right of its predecessor's box, rounded up to the 10 px grid:
    // start ⌈12⌉ = 20; s3 max(212, 20 + 130 + 70 = 220) = 220; end max(432, 220 + 150 + 70 = 440) = 440.
    // Then the map moves left by the start's 20 so it begins at x = 0.
    expect(positions).toEqual({
      [start.id]: { x: 0, y: 50 },
      s3: { x: 200, y: 230 },
      [end.id]: { x: 420, y: 50 },
    });
  });
});
