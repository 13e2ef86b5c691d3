/** Shallow equality: equal primitives, or arrays/objects whose items are identical. */
export function shallowEqual(left: unknown, right: unknown): boolean {
  if (Object.is(left, right)) return true;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) return false;
  if (Array.isArray(left) !== Array.isArray(right)) return false;
  const leftRecord = left as Record<string, unknown>;
  const rightRecord = right as Record<string, unknown>;
  const keys = Object.keys(leftRecord);
  return keys.length === Object.keys(rightRecord).length && keys.every((key) => Object.is(leftRecord[key], rightRecord[key]));
}

export type SliceReader<State, Slice> = (state: State, selector: (state: State) => Slice) => Slice;

/**
 * Reads a slice of a state with a stable result, as useSyncExternalStore needs: the same
 * state and selector give the cached slice without running the selector, and a new slice
 * that is shallowly equal to the previous one is replaced by the previous one. So a
 * selector that builds a fresh object or array does not re-render (or loop) on every call.
 */
export function createSliceReader<State, Slice>(): SliceReader<State, Slice> {
  let cache: { state: State; selector: (state: State) => Slice; slice: Slice } | null = null;
  return (state, selector) => {
    if (cache && cache.state === state && cache.selector === selector) return cache.slice;
    const next = selector(state);
    const slice = cache && shallowEqual(cache.slice, next) ? cache.slice : next;
    cache = { state, selector, slice };
    return slice;
  };
}
