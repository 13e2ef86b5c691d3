import { keepLayoutOf } from './keepLayout';

/**
 * Exact (direct, not iterative) solvers for the per-component systems of the analysis:
 * (I − Pᵀ)·v = b for visits and (I − D·P)·r = c for the rolled %C&A.
 */

/** A square system A·x = b given as entries; duplicate (row, col) entries are summed. */
export interface SparseSystem {
  size: number;
  rows: readonly number[];
  cols: readonly number[];
  values: readonly number[];
  rhs: Float64Array;
}

/**
 * A pivot smaller than this fraction of the largest matrix entry counts as zero: the
 * system is (numerically) singular and the caller reports an error instead of
 * returning Infinity or NaN.
 */
const RELATIVE_PIVOT_TOLERANCE = 1e-12;

/** Components up to this size are solved densely; larger ones (synthetic maps with
 * overlapping loops) sparsely, since a dense 10,000² matrix would need 800 MB. */
export const DENSE_SIZE_LIMIT = 64;

/**
 * Solves A·x = b, choosing the dense solver for small systems and the sparse one
 * beyond `DENSE_SIZE_LIMIT` unknowns.
 * @returns x, or null when A is singular or ill-conditioned (a pivot below 1e-12·max|A|)
 * or the solution is not finite.
 */
export function solveLinearSystem(system: SparseSystem): Float64Array | null {
  return solveLinearSystemColumns(system, [system.rhs])?.[0] ?? null;
}

/**
 * Solves A·x = b for several right-hand sides with one elimination (`system.rhs` is not
 * used): the rework findings solve one component for its cost-to-go and for the visits
 * back to each of its rework sources at once.
 * @returns one x per column, or null as {@link solveLinearSystem}.
 */
export function solveLinearSystemColumns(system: Omit<SparseSystem, 'rhs'>, columns: readonly Float64Array[]): Float64Array[] | null {
  return factorLinearSystem(system)?.solve(columns) ?? null;
}

/**
 * Gaussian elimination with partial pivoting on a dense row-major `size × size` matrix.
 * O(size³) time; the inputs are not modified.
 * @returns x with A·x = b, or null when A is (numerically) singular.
 */
export function solveDense(size: number, matrix: Float64Array, rhs: Float64Array): Float64Array | null {
  return solveDenseColumns(size, matrix, [rhs])?.[0] ?? null;
}

/** {@link solveDense} for several right-hand sides: O(size³ + size²·columns). */
export function solveDenseColumns(size: number, matrix: Float64Array, columns: readonly Float64Array[]): Float64Array[] | null {
  const xs = columns.map((column) => column.slice());
  return eliminateDenseInPlace(size, matrix.slice(0, size * size), xs) ? xs : null;
}

/**
 * The elimination of {@link solveDenseColumns} in place: `a` (row-major, the first size²
 * entries) is overwritten by its upper triangle and each column of `xs` by its solution.
 * Callers that solve many small systems reuse their buffers this way (componentSystem.ts).
 * @returns whether the system was solved (false: singular, or a solution not finite).
 */
export function eliminateDenseInPlace(size: number, a: Float64Array, xs: Float64Array | readonly Float64Array[]): boolean {
  const columns = xs instanceof Float64Array ? [xs] : xs;
  let largestEntry = 0;
  for (let i = 0; i < size * size; i++) largestEntry = Math.max(largestEntry, Math.abs(a[i] as number));
  const tolerance = RELATIVE_PIVOT_TOLERANCE * largestEntry;
  for (let col = 0; col < size; col++) {
    let pivotRow = col;
    let pivotMagnitude = Math.abs(a[col * size + col] as number);
    for (let row = col + 1; row < size; row++) {
      const magnitude = Math.abs(a[row * size + col] as number);
      if (magnitude > pivotMagnitude) {
        pivotMagnitude = magnitude;
        pivotRow = row;
      }
    }
    if (!(pivotMagnitude > tolerance)) return false;
    if (pivotRow !== col) swapRows(a, columns, size, col, pivotRow);
    const pivot = a[col * size + col] as number;
    for (let row = col + 1; row < size; row++) {
      const factor = (a[row * size + col] as number) / pivot;
      if (factor === 0) continue;
      a[row * size + col] = 0;
      for (let k = col + 1; k < size; k++) {
        a[row * size + k] = (a[row * size + k] as number) - factor * (a[col * size + k] as number);
      }
      for (let c = 0; c < columns.length; c++) {
        const x = columns[c] as Float64Array;
        x[row] = (x[row] as number) - factor * (x[col] as number);
      }
    }
  }
  for (let c = 0; c < columns.length; c++) {
    const x = columns[c] as Float64Array;
    for (let row = size - 1; row >= 0; row--) {
      let sum = x[row] as number;
      for (let k = row + 1; k < size; k++) sum -= (a[row * size + k] as number) * (x[k] as number);
      x[row] = sum / (a[row * size + row] as number);
    }
  }
  for (let c = 0; c < columns.length; c++) if (!allFinite(columns[c] as Float64Array)) return false;
  return true;
}

function swapRows(a: Float64Array, xs: readonly Float64Array[], size: number, first: number, second: number): void {
  for (let k = 0; k < size; k++) {
    const kept = a[first * size + k] as number;
    a[first * size + k] = a[second * size + k] as number;
    a[second * size + k] = kept;
  }
  for (const x of xs) {
    const kept = x[first] as number;
    x[first] = x[second] as number;
    x[second] = kept;
  }
}

function allFinite(values: Float64Array): boolean {
  for (const value of values) if (!Number.isFinite(value)) return false;
  return true;
}

/**
 * Sparse Gaussian elimination with diagonal pivots chosen by the Markowitz count
 * (row nonzeros − 1)·(column nonzeros − 1), so chains with local loops stay banded and
 * hubs are eliminated last; near-linear for the graphs of process maps.
 * No row exchanges: the analysis only solves I − Pᵀ (column diagonally dominant) and
 * I − D·P (row diagonally dominant) for a component with an exit, nonsingular M-matrices
 * whose Schur complements keep positive pivots under any symmetric ordering, so
 * elimination without pivoting is stable there. A pivot below 1e-12·max|A| still yields null.
 */
export function solveSparse(system: SparseSystem): Float64Array | null {
  return solveSparseColumns(system, [system.rhs])?.[0] ?? null;
}

/** {@link solveSparse} for several right-hand sides, with one elimination. */
export function solveSparseColumns(system: Omit<SparseSystem, 'rhs'>, columns: readonly Float64Array[]): Float64Array[] | null {
  return factorSparse(system)?.solve(columns) ?? null;
}

/**
 * A system eliminated once, to be solved for right-hand sides given later: the rework
 * findings need the visits back to each of thousands of rework sources in one large loop,
 * and eliminating the system again for each batch of them made a 10,000-step loop take
 * seconds. Each `solve` costs O(entries of the eliminated system) per column.
 */
export interface LinearFactor {
  /** x with A·x = b for each column b, or null when a solution is not finite. */
  solve(columns: readonly Float64Array[]): Float64Array[] | null;
}

/**
 * Eliminates A once ({@link solveLinearSystemColumns} chooses dense or sparse the same way).
 * @returns null, or a factor whose `solve` returns null, when A is singular or ill-conditioned.
 */
export function factorLinearSystem(system: Omit<SparseSystem, 'rhs'>): LinearFactor | null {
  if (system.size > DENSE_SIZE_LIMIT) return factorSparse(system);
  const { size } = system;
  const matrix = new Float64Array(size * size);
  for (let e = 0; e < system.rows.length; e++) {
    const index = (system.rows[e] as number) * size + (system.cols[e] as number);
    matrix[index] = (matrix[index] as number) + (system.values[e] as number);
  }
  // Dense systems are small (≤ DENSE_SIZE_LIMIT unknowns): eliminating per call costs little,
  // and a singular one yields null from `solve`.
  return { solve: (columns) => solveDenseColumns(size, matrix, columns) };
}

/**
 * Sparse elimination (see {@link solveSparse}) that records its row operations, so that any
 * number of right-hand sides can be replayed afterwards in the same order and with the same
 * arithmetic as eliminating them alongside (the results are identical to the bit).
 */
function factorSparse(system: Omit<SparseSystem, 'rhs'>): LinearFactor | null {
  const { size } = system;
  const rowEntries: Map<number, number>[] = [];
  const columnRows: Set<number>[] = [];
  for (let i = 0; i < size; i++) {
    rowEntries.push(new Map());
    columnRows.push(new Set());
  }
  let largestEntry = 0;
  for (let e = 0; e < system.rows.length; e++) {
    const row = system.rows[e] as number;
    const col = system.cols[e] as number;
    const entries = rowEntries[row] as Map<number, number>;
    entries.set(col, (entries.get(col) ?? 0) + (system.values[e] as number));
    (columnRows[col] as Set<number>).add(row);
  }
  for (const entries of rowEntries) for (const value of entries.values()) largestEntry = Math.max(largestEntry, Math.abs(value));
  const tolerance = RELATIVE_PIVOT_TOLERANCE * largestEntry;
  const eliminated = new Uint8Array(size);
  const order = new Int32Array(size);
  /** The row operations b[row] −= factor·b[pivot], per elimination step from operationOffsets[step]. */
  const operationOffsets = new Int32Array(size + 1);
  const operationRows: number[] = [];
  const operationFactors: number[] = [];
  const queue = new MarkowitzQueue();
  for (let i = 0; i < size; i++) queue.push(markowitzCountOf(rowEntries, columnRows, i), i);

  for (let step = 0; step < size; step++) {
    operationOffsets[step] = operationRows.length;
    let pivotIndex = queue.pop();
    // Lazy deletion: skip entries of eliminated unknowns and entries whose count is stale.
    while (pivotIndex >= 0 && (eliminated[pivotIndex] === 1 || queue.lastCount !== markowitzCountOf(rowEntries, columnRows, pivotIndex))) {
      pivotIndex = queue.pop();
    }
    if (pivotIndex < 0) return null;
    const pivotRow = rowEntries[pivotIndex] as Map<number, number>;
    const pivot = pivotRow.get(pivotIndex) ?? 0;
    if (!(Math.abs(pivot) > tolerance)) return null;
    eliminated[pivotIndex] = 1;
    order[step] = pivotIndex;
    const pivotColumn = columnRows[pivotIndex] as Set<number>;
    for (const col of pivotRow.keys()) if (col !== pivotIndex) (columnRows[col] as Set<number>).delete(pivotIndex);
    for (const row of pivotColumn) {
      if (row === pivotIndex) continue;
      const entries = rowEntries[row] as Map<number, number>;
      const factor = (entries.get(pivotIndex) as number) / pivot;
      entries.delete(pivotIndex);
      for (const [col, value] of pivotRow) {
        if (col === pivotIndex) continue;
        const previous = entries.get(col);
        if (previous === undefined) (columnRows[col] as Set<number>).add(row);
        entries.set(col, (previous ?? 0) - factor * value);
      }
      operationRows.push(row);
      operationFactors.push(factor);
    }
    for (const row of pivotColumn) if (row !== pivotIndex) queue.push(markowitzCountOf(rowEntries, columnRows, row), row);
    for (const col of pivotRow.keys()) if (col !== pivotIndex && eliminated[col] === 0) queue.push(markowitzCountOf(rowEntries, columnRows, col), col);
    pivotColumn.clear();
  }
  operationOffsets[size] = operationRows.length;
  // The pivot rows as flat arrays in their entries' order (the order the sums were taken in).
  const pivotValues = new Float64Array(size);
  const upperOffsets = new Int32Array(size + 1);
  const upperColumns: number[] = [];
  const upperValues: number[] = [];
  for (let i = 0; i < size; i++) {
    upperOffsets[i] = upperColumns.length;
    pivotValues[i] = 1;
    for (const [col, value] of rowEntries[i] as Map<number, number>) {
      if (col === i) pivotValues[i] = value;
      else {
        upperColumns.push(col);
        upperValues.push(value);
      }
    }
  }
  upperOffsets[size] = upperColumns.length;
  const rowsOfOperations = Int32Array.from(operationRows);
  const factorsOfOperations = Float64Array.from(operationFactors);
  const columnsOfUpper = Int32Array.from(upperColumns);
  const valuesOfUpper = Float64Array.from(upperValues);

  const solveOne = (column: Float64Array): Float64Array => {
    const b = column.slice();
    for (let step = 0; step < size; step++) {
      const pivotIndex = order[step] as number;
      const pivotValue = b[pivotIndex] as number;
      for (let o = operationOffsets[step] as number; o < (operationOffsets[step + 1] as number); o++) {
        const row = rowsOfOperations[o] as number;
        b[row] = (b[row] as number) - (factorsOfOperations[o] as number) * pivotValue;
      }
    }
    // Back substitution in reverse elimination order: each pivot row only holds unknowns eliminated after it.
    const x = new Float64Array(size);
    for (let step = size - 1; step >= 0; step--) {
      const i = order[step] as number;
      let sum = b[i] as number;
      for (let u = upperOffsets[i] as number; u < (upperOffsets[i + 1] as number); u++) {
        sum -= (valuesOfUpper[u] as number) * (x[columnsOfUpper[u] as number] as number);
      }
      x[i] = sum / (pivotValues[i] as number);
    }
    return x;
  };
  return {
    solve: (columns) => {
      const xs = columns.map(solveOne);
      return xs.every(allFinite) ? xs : null;
    },
  };
}

/** (row nonzeros − 1)·(column nonzeros − 1) of unknown i: a function of the module, see keepLayout.ts. */
function markowitzCountOf(rowEntries: readonly Map<number, number>[], columnRows: readonly Set<number>[], i: number): number {
  return ((rowEntries[i] as Map<number, number>).size - 1) * ((columnRows[i] as Set<number>).size - 1);
}

/** A binary min-heap of (Markowitz count, unknown) pairs, ties broken by the unknown's index. */
class MarkowitzQueue {
  private readonly counts: number[] = [];
  private readonly unknowns: number[] = [];
  /** Count of the entry returned by the last `pop`. */
  lastCount = 0;

  push(count: number, unknown: number): void {
    const { counts, unknowns } = this;
    let at = counts.length;
    counts.push(count);
    unknowns.push(unknown);
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.less(at, parent)) break;
      this.swap(at, parent);
      at = parent;
    }
  }

  /** @returns the unknown with the lowest count, or -1 when empty. */
  pop(): number {
    const { counts, unknowns } = this;
    if (counts.length === 0) return -1;
    const unknown = unknowns[0] as number;
    this.lastCount = counts[0] as number;
    const lastCount = counts.pop() as number;
    const lastUnknown = unknowns.pop() as number;
    if (counts.length > 0) {
      counts[0] = lastCount;
      unknowns[0] = lastUnknown;
      let at = 0;
      for (;;) {
        const left = 2 * at + 1;
        const right = left + 1;
        let smallest = at;
        if (left < counts.length && this.less(left, smallest)) smallest = left;
        if (right < counts.length && this.less(right, smallest)) smallest = right;
        if (smallest === at) break;
        this.swap(at, smallest);
        at = smallest;
      }
    }
    return unknown;
  }

  private less(first: number, second: number): boolean {
    const countFirst = this.counts[first] as number;
    const countSecond = this.counts[second] as number;
    if (countFirst !== countSecond) return countFirst < countSecond;
    return (this.unknowns[first] as number) < (this.unknowns[second] as number);
  }

  private swap(first: number, second: number): void {
    const { counts, unknowns } = this;
    const count = counts[first] as number;
    counts[first] = counts[second] as number;
    counts[second] = count;
    const unknown = unknowns[first] as number;
    unknowns[first] = unknowns[second] as number;
    unknowns[second] = unknown;
  }
}

keepLayoutOf(new MarkowitzQueue());
