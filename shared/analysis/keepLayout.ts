/**
 * Objects kept for the life of the program, one per class the analysis makes anew on every
 * run (IdIndex, ComponentSystem).
 *
 * Why: V8 compiles hot code for the layout (hidden class) of the objects it sees, and at a full
 * garbage collection it forgets a layout that no live object has any more, throwing away all
 * code compiled for it. The analysis's own objects all die between two analyses, so without a
 * kept example every major collection between two runs sent the analysis back to the
 * interpreter (measured: 10k steps took about four times as long after a forced collection).
 * Plain object literals and typed arrays do not need this: V8 keeps their layouts itself.
 */
const keptExamples: object[] = [];

/** Keeps `example` (a freshly made instance, like those every run makes) alive, and with it its layout. */
export function keepLayoutOf(example: object): void {
  keptExamples.push(example);
}
