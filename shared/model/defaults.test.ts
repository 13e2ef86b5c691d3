import { describe, expect, it } from 'vitest';
import { collectIds, createEmptyMap, createId, createIdFactory } from './defaults';
import { LANE_HEIGHT_PX } from './layout';
import { parseMap } from './parse';
import { serializeMap } from './serialize';
import { validateMap } from './validateMap';

/** A repeatable stand-in for Math.random: 0, 0.1, 0.2, … 0.9, 0, … */
function steppingRandom(): () => number {
  let step = 0;
  return () => ((step += 1) % 10) / 10;
}

describe('createEmptyMap', () => {
  for (const language of ['nl', 'en'] as const) {
    it(`makes a valid ${language} map that survives a save and load`, () => {
      const map = createEmptyMap({ title: '  Post  ', language, now: '2026-11-26T10:00:00Z', idFactory: createIdFactory(steppingRandom()) });
      expect(validateMap(map)).toEqual([]);
      const reloaded = parseMap(serializeMap(map));
      expect(reloaded.ok && reloaded.map).toStrictEqual(map);
      expect(map.meta).toMatchObject({ title: 'Post', language, createdAt: '2026-11-26T10:00:00Z', updatedAt: '2026-11-26T10:00:00Z' });
    });
  }

  it('has two lanes, a start at the left and an end at the right of the first lane', () => {
    const map = createEmptyMap({ title: 'x', language: 'nl', now: '', idFactory: createIdFactory(steppingRandom()) });
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
  it('uses the injected random source', () => {
    expect(createId('step', new Set(), steppingRandom())).toBe('step-dhkosvz2');
  });

  it('never returns a taken id', () => {
    const taken = new Set(['step-dhkosvz2']);
    const id = createId('step', taken, steppingRandom());
    expect(id).not.toBe('step-dhkosvz2');
    expect(id).toMatch(/^step-[a-z0-9]{8}$/);
  });

  it('still ends with a constant random source', () => {
    const make = createIdFactory(() => 0.5);
    expect([make('s'), make('s'), make('s')]).toEqual(['s-ssssssss', 's-ssssssss-2', 's-ssssssss-3']);
  });

  it('a factory never repeats itself, even with a poor random source', () => {
    const make = createIdFactory(steppingRandom());
    const ids = Array.from({ length: 50 }, () => make('flow'));
    expect(new Set(ids).size).toBe(50);
  });

  it('collects every id of a map', () => {
    const map = createEmptyMap({ title: 'x', language: 'nl', now: '', idFactory: createIdFactory(steppingRandom()) });
    expect(collectIds(map).size).toBe(5);
  });
});
