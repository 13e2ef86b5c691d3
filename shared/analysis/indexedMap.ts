/**
 * A read-only id → value view over values stored by index (typed arrays, document
 * arrays). Several of these share one id → index Map, so an analysis of 100,000 steps
 * builds one Map of step ids instead of one per figure (visits, steps, flow lists).
 */
export class IndexedMap<Value> implements ReadonlyMap<string, Value> {
  constructor(
    private readonly indexById: ReadonlyMap<string, number>,
    private readonly valueAt: (index: number) => Value,
  ) {}

  get size(): number {
    return this.indexById.size;
  }

  get(id: string): Value | undefined {
    const index = this.indexById.get(id);
    return index === undefined ? undefined : this.valueAt(index);
  }

  has(id: string): boolean {
    return this.indexById.has(id);
  }

  forEach(callback: (value: Value, id: string, map: ReadonlyMap<string, Value>) => void, thisArg?: unknown): void {
    // Map#forEach makes no entry arrays, unlike iterating the entries.
    this.indexById.forEach((index, id) => callback.call(thisArg, this.valueAt(index), id, this));
  }

  keys(): MapIterator<string> {
    return this.indexById.keys();
  }

  *values(): MapIterator<Value> {
    for (const index of this.indexById.values()) yield this.valueAt(index);
  }

  *entries(): MapIterator<[string, Value]> {
    for (const [id, index] of this.indexById) yield [id, this.valueAt(index)];
  }

  [Symbol.iterator](): MapIterator<[string, Value]> {
    return this.entries();
  }
}
