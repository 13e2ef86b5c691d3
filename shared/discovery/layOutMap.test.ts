import { describe, expect, it } from 'vitest';
import { createElkRunner } from '../layout/elkLayout';
import { laneIndexAtY } from '../layout/geometry';
import { generateEventLog } from './generator/generateEventLog';
import { writeCsv } from './generator/writeLog';
import { layOutDiscoveredMap } from './layOutMap';
import { discoverTestLog } from './testLog';

describe('the discovered map laid out in lanes', () => {
  it('keeps every step in its own lane and changes nothing but positions', async () => {
    const { map } = await discoverTestLog([...writeCsv(generateEventLog({ cases: 60, seed: 3 }))].join(''));
    const laidOut = await layOutDiscoveredMap(map, createElkRunner());
    expect(laidOut.steps.map((step) => ({ ...step, position: null }))).toEqual(map.steps.map((step) => ({ ...step, position: null })));
    const laneIndex = new Map(map.lanes.map((lane, index) => [lane.id, index]));
    for (const step of laidOut.steps) expect(laneIndexAtY(step.position.y, map.lanes.length)).toBe(laneIndex.get(step.laneId));
    // The layout tightens the one-column-per-step placement: a branch shares a column.
    const widest = (steps: typeof map.steps) => Math.max(...steps.map((step) => step.position.x));
    expect(widest(laidOut.steps)).toBeLessThan(widest(map.steps));
  });

  it('keeps the starting placement when ELK fails', async () => {
    const { map } = await discoverTestLog([...writeCsv(generateEventLog({ cases: 5, seed: 3 }))].join(''));
    await expect(layOutDiscoveredMap(map, () => Promise.reject(new Error('no ELK')))).resolves.toBe(map);
  });
});
