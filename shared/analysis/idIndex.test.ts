import { describe, expect, it } from 'vitest';
import { IdIndex } from './idIndex';

describe('IdIndex', () => {
  it('answers like a Map filled with the first index of each id', () => {
    const records = ['a', 'b', 'a', 'c', 'b', 'b', 'd'].map((id) => ({ id }));
    const index = new IdIndex(records);
    // a first at 0, b at 1, c at 3, d at 6; the repeats at 2, 4 and 5 change nothing.
    expect([...index]).toEqual([['a', 0], ['b', 1], ['c', 3], ['d', 6]]);
    expect([...index.keys()]).toEqual(['a', 'b', 'c', 'd']);
    expect([...index.values()]).toEqual([0, 1, 3, 6]);
    expect(index.size).toBe(4);
    expect(index.get('c')).toBe(3);
    expect(index.get('zz')).toBeUndefined();
    expect(index.indexOf('zz')).toBe(-1);
    expect(index.has('d')).toBe(true);
    expect(index.has('')).toBe(false);
    const seen: string[] = [];
    index.forEach((at, id, map) => seen.push(`${id}=${at}:${map === index}`));
    expect(seen).toEqual(['a=0:true', 'b=1:true', 'c=3:true', 'd=6:true']);
  });

  it('finds every one of many ids that differ only in their digits, and keeps its own copy of them', () => {
    const records = Array.from({ length: 5000 }, (_, i) => ({ id: `s${i}` }));
    const index = new IdIndex(records);
    records[7] = { id: 'changed' };
    expect(index.size).toBe(5000);
    expect(index.get('s7')).toBe(7);
    expect(index.get('changed')).toBeUndefined();
    for (let i = 0; i < 5000; i += 499) expect(index.get(`s${i}`)).toBe(i);
    expect(index.get('s5000')).toBeUndefined();
  });

  it('compares ids exactly (no coercion) and copes with an empty list', () => {
    const index = new IdIndex([{ id: '1' }, { id: 1 as unknown as string }, { id: '__proto__' }]);
    expect(index.get('1')).toBe(0);
    expect(index.get(1 as unknown as string)).toBe(1);
    expect(index.get('__proto__')).toBe(2);
    expect(new IdIndex([]).size).toBe(0);
    expect([...new IdIndex([])]).toEqual([]);
  });
});
