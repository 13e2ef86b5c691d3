import { describe, expect, it } from 'vitest';
import { IndexedMap } from './indexedMap';

describe('IndexedMap', () => {
  const indexById = new Map([['a', 0], ['b', 2]]);
  const values = Float64Array.from([10, 11, 12]);
  const view = new IndexedMap(indexById, (index) => values[index] as number);

  it('reads values through the shared id → index map', () => {
    expect(view.get('b')).toBe(12);
    expect(view.get('zz')).toBeUndefined();
    expect(view.has('a')).toBe(true);
    expect(view.size).toBe(2);
  });

  it('iterates like a Map, in id order', () => {
    expect([...view]).toEqual([['a', 10], ['b', 12]]);
    expect([...view.keys()]).toEqual(['a', 'b']);
    expect([...view.values()]).toEqual([10, 12]);
    expect(new Map(view)).toEqual(new Map([['a', 10], ['b', 12]]));
    const seen: string[] = [];
    view.forEach((value, id, map) => seen.push(`${id}=${value}:${map === view}`));
    expect(seen).toEqual(['a=10:true', 'b=12:true']);
  });

  it('shows later changes of the underlying values', () => {
    values[0] = 99;
    expect(view.get('a')).toBe(99);
  });
});
