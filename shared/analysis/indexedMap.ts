import { IdIndex } from './idIndex';
import { keepLayoutOf } from './keepLayout';

/**
 * A read-only id → value view over values stored by index (typed arrays, document
 * arrays). Several of these share one id → index Map, so an analysis of 100,000 steps
 * builds one Map of step ids instead of one per figure (visits, steps, flow lists).
 */
export class IndexedMap<Value> implements ReadonlyMap<string, Value> {
  private readonly valueArray: ArrayLike<Value> | null;
  private readonly valueFunction: ((index: number) => Value) | null;

  /**
   * @param values the value of each index: a function, or the array itself. The analysis
   * passes its typed arrays: a function made anew every run would be a new call target
   * every run, which V8's compiled code checks for and gives up on after each major
   * collection (see keepLayout.ts).
   */
  constructor(
    private readonly indexById: ReadonlyMap<string, number>,
    values: ((index: number) => Value) | ArrayLike<Value>,
  ) {
    this.valueFunction = typeof values === 'function' ? values : null;
    this.valueArray = typeof values === 'function' ? null : values;
  }

  private valueAt(index: number): Value {
    return this.valueArray !== null ? (this.valueArray[index] as Value) : (this.valueFunction as (index: number) => Value)(index);
  }

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
    const { indexById } = this;
    if (indexById instanceof IdIndex) {
      // Over the records themselves: no function made per call (see the constructor).
      for (let index = 0; index < indexById.recordCount; index++) {
        if (indexById.isFirstAt(index)) callback.call(thisArg, this.valueAt(index), indexById.idAt(index), this);
      }
      return;
    }
    // Map#forEach makes no entry arrays, unlike iterating the entries.
    indexById.forEach((index, id) => callback.call(thisArg, this.valueAt(index), id, this));
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

keepLayoutOf(new IndexedMap(new Map<string, number>(), new Float64Array(0)));
