import { describe, expect, it } from 'vitest';
import { createEmptyMap } from './defaults';
import { collectIds, createElementId, createElementIds, createIdMaker } from './ids';
import { LANE_HEIGHT_PX } from './layout';
import { parseMap } from './parse';
import { serializeMap } from './serialize';
import { validateMap } from './validateMap';

describe('createEmptyMap', () => {
  for (const language of ['nl', 'en'] as const) {
    it(`makes a valid ${language} map that survives a save and load`, () => {
      const map = createEmptyMap({ title: '  Post  ', language, now: '2026-11-26T10:00:00Z' });
      expect(validateMap(map)).toEqual([]);
      const reloaded = parseMap(serializeMap(map));
      expect(reloaded.ok && reloaded.map).toStrictEqual(map);
      expect(map.meta).toMatchObject({ title: 'Post', language, createdAt: '2026-11-26T10:00:00Z', updatedAt: '2026-11-26T10:00:00Z' });
    });
  }

  it('has two lanes, a start at the left and an end at the right of the first lane', () => {
    const map = createEmptyMap({ title: 'x', language: 'nl', now: '' });
    expect(map.lanes.map((lane) => lane.name)).toEqual(['Secretariaat', 'Manager']);
    const [start, end] = map.steps;
    expect([start?.type, end?.type]).toEqual(['start', 'end']);
    expect(start?.laneId).toBe(map.lanes[0]?.id);
    expect(start!.position.x).toBeLessThan(end!.position.x);
    expect(end!.position.y).toBeLessThan(LANE_HEIGHT_PX);
    expect(map.flows).toMatchObject([{ from: start?.id, to: end?.id }]);
    expect(createEmptyMap({ title: '', language: 'en', now: '' }).lanes.map((lane) => lane.name)).toEqual(['Secretariat', 'Manager']);
  });

  it('gives a blank title a default name', () => {
    expect(createEmptyMap({ title: ' ', language: 'nl', now: '' }).meta.title).toBe('Nieuwe kaart');
    expect(createEmptyMap({ title: '', language: 'en', now: '' }).meta.title).toBe('New map');
  });
});

describe('ids', () => {
  it('gives a new map readable ids of the one scheme', () => {
    const map = createEmptyMap({ title: 'x', language: 'nl', now: '' });
    expect(map.lanes.map((lane) => lane.id)).toEqual(['lane1', 'lane2']);
    expect(map.steps.map((step) => step.id)).toEqual(['s1', 's2']);
    expect(map.flows.map((flow) => flow.id)).toEqual(['f1']);
    expect(collectIds(map)).toEqual(new Set(['lane1', 'lane2', 's1', 's2', 'f1']));
  });

  it('continues after the highest number of a prefix in either state and among the actions', () => {
    const map = createEmptyMap({ title: 'x', language: 'nl', now: '' });
    map.steps.push({ ...map.steps[0]!, id: 's9' });
    map.future = { lanes: [], steps: [{ ...map.steps[0]!, id: 's12' }], flows: [], annotations: [] };
    map.actions.push({ id: 'action4', title: '', description: '', findingIds: [], ecrs: 'simplify', owner: '', dueDate: '', effort: 'medium', status: 'proposed', effects: [] });
    // s12 is the highest step number (future state): next 13. action4 → action5. No "a" yet → a1.
    expect(createElementId(map, 's')).toBe('s13');
    expect(createElementId(map, 'action')).toBe('action5');
    expect(createElementIds(map, ['s', 'f', 's', 'a'])).toEqual(['s13', 'f2', 's14', 'a1']);
  });

  it('skips numbers that are taken and never repeats itself', () => {
    // "s2x" does not count (not prefix + digits); s1 and s3 are taken, the highest is 3.
    const makeId = createIdMaker(new Set(['s1', 's3', 's2x']));
    expect([makeId('s'), makeId('s'), makeId('lane')]).toEqual(['s4', 's5', 'lane1']);
  });
});
