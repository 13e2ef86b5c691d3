import { describe, expect, it } from 'vitest';
import { createSliceReader, shallowEqual } from './sliceReader';

describe('createSliceReader', () => {
  it('returns the cached slice for the same state without running the selector again', () => {
    const read = createSliceReader<{ count: number }, number>();
    let runs = 0;
    const selector = (state: { count: number }) => (runs++, state.count);
    const state = { count: 1 };
    expect(read(state, selector)).toBe(1);
    expect(read(state, selector)).toBe(1);
    expect(runs).toBe(1);
  });

  it('keeps the previous object while a new state gives a shallowly equal one', () => {
    const read = createSliceReader<{ a: number; b: string; c: number }, { a: number; b: string }>();
    const selector = (state: { a: number; b: string }) => ({ a: state.a, b: state.b });
    const first = read({ a: 1, b: 'x', c: 1 }, selector);
    expect(read({ a: 1, b: 'x', c: 2 }, selector)).toBe(first);
    const changed = read({ a: 2, b: 'x', c: 2 }, selector);
    expect(changed).not.toBe(first);
    expect(changed).toEqual({ a: 2, b: 'x' });
  });

  it('compares arrays item by item', () => {
    const items = [{ id: 1 }];
    expect(shallowEqual([items[0]], [items[0]])).toBe(true);
    expect(shallowEqual([{ id: 1 }], [{ id: 1 }])).toBe(false);
    expect(shallowEqual([], {})).toBe(false);
    expect(shallowEqual(null, null)).toBe(true);
  });
});
