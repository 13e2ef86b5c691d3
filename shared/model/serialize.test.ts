import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryValidMap } from '../../tests/helpers/arbitraryMap';
import { parseMap } from './parse';
import { processMapSchema, stepSchema } from './schema';
import { serializeMap } from './serialize';
import type { ProcessMap } from './types';

/**
 * Reverses the order of the known keys of every object, recursively: same data, other
 * insertion order. Extra fields (the generator names them `x-…`) and their contents keep
 * their order, which serializeMap preserves on purpose.
 */
function shuffleKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shuffleKeys);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).map(([key, item]): [string, unknown] => [key, key.startsWith('x-') ? item : shuffleKeys(item)]);
  return Object.fromEntries([...entries.filter(([key]) => !key.startsWith('x-')).reverse(), ...entries.filter(([key]) => key.startsWith('x-'))]);
}

/** Property tests share two cores with the rest of the suite: allow more than vitest's 5 s. */
const PROPERTY_TEST_TIMEOUT_MS = 30_000;

describe('serializeMap', () => {
  it('round-trips every valid map: parseMap(serializeMap(m)) equals m', () => {
    fc.assert(
      fc.property(arbitraryValidMap(), (map) => {
        const result = parseMap(serializeMap(map));
        if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
        expect(result.map).toStrictEqual(map);
      }),
      { numRuns: 150 },
    );
  }, PROPERTY_TEST_TIMEOUT_MS);

  it('gives the same text whatever the key order in memory, and is stable over a save/load cycle', () => {
    fc.assert(
      fc.property(arbitraryValidMap({ maxMiddleSteps: 10 }), (map) => {
        const text = serializeMap(map);
        expect(serializeMap(shuffleKeys(map) as ProcessMap)).toBe(text);
        const reloaded = parseMap(text);
        expect(reloaded.ok && serializeMap(reloaded.map)).toBe(text);
      }),
      { numRuns: 80 },
    );
  }, PROPERTY_TEST_TIMEOUT_MS);

  it('writes known keys in schema order, then unknown ones in their original order', () => {
    fc.assert(
      fc.property(arbitraryValidMap({ maxMiddleSteps: 4 }), (map) => {
        const written = JSON.parse(serializeMap(map)) as ProcessMap;
        const rootKnown = Object.keys(processMapSchema.shape);
        const rootKeys = Object.keys(written);
        const rootExtras = Object.keys(map).filter((key) => !rootKnown.includes(key));
        expect(rootKeys).toEqual([...rootKnown.filter((key) => key in map), ...rootExtras]);
        const stepKnown = Object.keys(stepSchema.shape);
        written.steps.forEach((step, index) => {
          const original = map.steps[index]!;
          const extras = Object.keys(original).filter((key) => !stepKnown.includes(key));
          expect(Object.keys(step)).toEqual([...stepKnown.filter((key) => key in original), ...extras]);
        });
      }),
      { numRuns: 50 },
    );
  }, PROPERTY_TEST_TIMEOUT_MS);

  it('keeps unknown extra fields at every level, with 2-space indentation and a final newline', () => {
    const text = `${JSON.stringify({
      format: 'stroomlijn-map',
      'x-app': { build: 7 },
      schemaVersion: 1,
      meta: { title: 'Inkoop', 'x-tags': ['a'] },
      lanes: [{ id: 'sec', name: 'Secretariaat', colour: '#ffcc00' }],
      steps: [
        { id: 's1', type: 'start', laneId: 'sec', position: { x: 1, y: 2, snapped: true } },
        { id: 's2', type: 'end', laneId: 'sec', custom: null },
      ],
      flows: [{ id: 'f1', from: 's1', to: 's2', waypoints: [{ x: 3, y: 4 }] }],
      actions: [{ id: 'a1', title: 'x', ecrs: 'simplify', effects: [{ type: 'set-wait-time', stepId: 's1', minutes: 0, reason: 'y' }] }],
    })}`;
    const result = parseMap(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const saved = serializeMap(result.map);
    expect(saved.endsWith('}\n')).toBe(true);
    expect(saved).toContain('\n  "meta": {\n    "title": "Inkoop",');
    const reread = JSON.parse(saved) as Record<string, unknown> & ProcessMap;
    expect(reread['x-app']).toEqual({ build: 7 });
    expect(Object.keys(reread).at(-1)).toBe('x-app');
    expect(reread.meta['x-tags']).toEqual(['a']);
    expect(reread.lanes[0]?.colour).toBe('#ffcc00');
    expect(reread.steps[0]?.position).toEqual({ x: 1, y: 2, snapped: true });
    expect(reread.steps[1]).toHaveProperty('custom', null);
    expect(reread.flows[0]?.waypoints).toEqual([{ x: 3, y: 4 }]);
    expect(reread.actions[0]?.effects[0]).toEqual({ type: 'set-wait-time', stepId: 's1', minutes: 0, reason: 'y' });
  });
});
