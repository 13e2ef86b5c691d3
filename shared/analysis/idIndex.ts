import { keepLayoutOf } from './keepLayout';

/**
 * The index of the first record with each id, as a read-only Map (`get`, `has`, `size`,
 * iteration in the order the ids first occur, as `if (!has(id)) set(id, index)` over the
 * records would give).
 *
 * Why not a Map: every analysis indexes all step and flow ids (over 20,000 at 10,000 steps),
 * and a Map that grows one `set` at a time rehashes its whole table again and again: that
 * alone took about a sixth of the analysis core. Here the table is sized once, as an
 * open-addressing hash table (linear probing) in one typed array, over a copy of the ids (so
 * a later change of a record cannot change the index).
 */
export class IdIndex implements ReadonlyMap<string, number> {
  /** Slot → 1 + the index of the first record with an id of that hash; 0: empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** The ids by record index; a repeated id is found at its first index. */
  private readonly ids: string[];
  /** 1 for a record whose id an earlier record already has; null when no id repeats. */
  private readonly repeated: Uint8Array | null;
  readonly size: number;

  constructor(records: readonly { id: string }[]) {
    const count = records.length;
    // At most half full, so a probe ends after about one or two slots.
    let capacity = 8;
    while (capacity < 2 * count) capacity *= 2;
    const slots = new Int32Array(capacity);
    const mask = capacity - 1;
    const ids: string[] = [];
    let repeated: Uint8Array | null = null;
    let size = 0;
    for (let i = 0; i < count; i++) {
      const id = (records[i] as { id: string }).id;
      ids.push(id);
      let slot = hashOf(id) & mask;
      for (;;) {
        const entry = slots[slot] as number;
        if (entry === 0) {
          slots[slot] = i + 1;
          size++;
          break;
        }
        if (ids[entry - 1] === id) {
          (repeated ??= new Uint8Array(count))[i] = 1;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    this.slots = slots;
    this.mask = mask;
    this.ids = ids;
    this.repeated = repeated;
    this.size = size;
  }

  /** How many records were indexed (repeated ids included). */
  get recordCount(): number {
    return this.ids.length;
  }

  /** The id of record `index`. */
  idAt(index: number): string {
    return this.ids[index] as string;
  }

  /** Whether record `index` is the first with its id (the one its id is indexed to). */
  isFirstAt(index: number): boolean {
    return this.repeated === null || this.repeated[index] === 0;
  }

  /** The index of the first record with `id`, or -1. */
  indexOf(id: string): number {
    const { slots, mask, ids } = this;
    let slot = hashOf(id) & mask;
    for (;;) {
      const entry = slots[slot] as number;
      if (entry === 0) return -1;
      if (ids[entry - 1] === id) return entry - 1;
      slot = (slot + 1) & mask;
    }
  }

  get(id: string): number | undefined {
    const index = this.indexOf(id);
    return index < 0 ? undefined : index;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  forEach(callback: (index: number, id: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    const { ids, repeated } = this;
    for (let i = 0; i < ids.length; i++) if (repeated === null || repeated[i] === 0) callback.call(thisArg, i, ids[i] as string, this);
  }

  *keys(): MapIterator<string> {
    for (const [id] of this.entries()) yield id;
  }

  *values(): MapIterator<number> {
    for (const [, index] of this.entries()) yield index;
  }

  *entries(): MapIterator<[string, number]> {
    const { ids, repeated } = this;
    for (let i = 0; i < ids.length; i++) if (repeated === null || repeated[i] === 0) yield [ids[i] as string, i];
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }
}

keepLayoutOf(new IdIndex([{ id: '' }]));

/**
 * FNV-1a over the UTF-16 code units, then murmur3's finaliser so that ids differing only in
 * their last digits ("s1", "s2", …) spread over the low bits the table uses.
 */
function hashOf(id: string): number {
  // An unvalidated state may hold an id that is not a string: all such ids share one chain of slots.
  if (typeof id !== 'string') return 0;
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}
