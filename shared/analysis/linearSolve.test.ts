import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factorLinearSystem, solveDense, solveLinearSystem, solveLinearSystemColumns, solveSparse, solveSparseColumns, type SparseSystem } from './linearSolve';

describe('solveDense', () => {
  it('solves a 3×3 system exactly', () => {
    // 2x + y = 5, x + 3y + z = 7, y + 4z = 9 has x = 2, y = 1, z = 2: 2·2 + 1 = 5; 2 + 3 + 2 = 7; 1 + 8 = 9
    const x = solveDense(3, Float64Array.from([2, 1, 0, 1, 3, 1, 0, 1, 4]), Float64Array.from([5, 7, 9]));
    expect(Array.from(x ?? [])).toEqual([2, 1, 2].map((value) => expect.closeTo(value, 12) as number));
  });

  it('pivots when the diagonal holds a zero', () => {
    // [[0,1],[1,0]]·(x, y) = (3, 4) → y = 3, x = 4
    const x = solveDense(2, Float64Array.from([0, 1, 1, 0]), Float64Array.from([3, 4]));
    expect(Array.from(x ?? [])).toEqual([4, 3]);
  });

  it('returns null for a singular or near-singular matrix', () => {
    expect(solveDense(2, Float64Array.from([1, -1, -1, 1]), Float64Array.from([1, 0]))).toBeNull();
    expect(solveDense(2, Float64Array.from([1, -1, -1, 1 + 1e-15]), Float64Array.from([1, 0]))).toBeNull();
  });
});

/** A random diagonally dominant system like the analysis builds: I − Pᵀ over a substochastic P. */
const arbitrarySystem = fc.integer({ min: 2, max: 90 }).chain((size) =>
  fc
    .array(fc.tuple(fc.nat(size - 1), fc.nat(size - 1), fc.double({ min: 0.01, max: 1, noNaN: true })), { maxLength: size * 3 })
    .map((edges): SparseSystem => {
      const outSum = new Float64Array(size);
      for (const [from, , weight] of edges) outSum[from] = (outSum[from] as number) + weight;
      const rows: number[] = [];
      const cols: number[] = [];
      const values: number[] = [];
      for (let i = 0; i < size; i++) {
        rows.push(i);
        cols.push(i);
        values.push(1);
      }
      for (const [from, to, weight] of edges) {
        rows.push(to);
        cols.push(from);
        // Scale each step's out-weights to sum 0.9, so every step leaks 10 % (an exit).
        values.push((-0.9 * weight) / (outSum[from] as number));
      }
      const rhs = Float64Array.from({ length: size }, (_, i) => (i === 0 ? 1 : 0));
      return { size, rows, cols, values, rhs };
    }),
);

describe('solveSparse', () => {
  it('agrees with the dense solver and satisfies A·x = b', () => {
    fc.assert(
      fc.property(arbitrarySystem, (system) => {
        const sparse = solveSparse(system);
        const matrix = new Float64Array(system.size * system.size);
        system.rows.forEach((row, e) => {
          const at = row * system.size + (system.cols[e] as number);
          matrix[at] = (matrix[at] as number) + (system.values[e] as number);
        });
        const dense = solveDense(system.size, matrix, system.rhs);
        expect(sparse).not.toBeNull();
        expect(dense).not.toBeNull();
        // The size switch picks one of the two; both must give the same answer.
        expect(solveLinearSystem(system)).not.toBeNull();
        const residual = new Float64Array(system.rhs);
        system.rows.forEach((row, e) => {
          const term = (system.values[e] as number) * ((sparse as Float64Array)[system.cols[e] as number] as number);
          residual[row] = (residual[row] as number) - term;
        });
        for (const value of residual) expect(Math.abs(value)).toBeLessThan(1e-9);
        (sparse as Float64Array).forEach((value, i) => expect(value).toBeCloseTo((dense as Float64Array)[i] as number, 9));
      }),
      { numRuns: 200 },
    );
  });

  it('returns null for a singular system', () => {
    // x − y = 1, −x + y = 0 (a closed loop: I − P with P a 2-cycle)
    expect(solveSparse({ size: 2, rows: [0, 0, 1, 1], cols: [0, 1, 0, 1], values: [1, -1, -1, 1], rhs: Float64Array.from([1, 0]) })).toBeNull();
  });

  // Speed is measured by `npm run bench` (a map with one large loop); here only the answer.
  it('solves a 100,000-unknown banded loop system', () => {
    // v_i = v_{i-1}·0.8 + v_{i+2}·0.2 style chain: each unknown feeds the next (0.8) and two back (0.2)
    const size = 100_000;
    const rows: number[] = [];
    const cols: number[] = [];
    const values: number[] = [];
    for (let i = 0; i < size; i++) {
      rows.push(i); cols.push(i); values.push(1);
      if (i + 1 < size) { rows.push(i + 1); cols.push(i); values.push(-0.8); }
      if (i >= 2) { rows.push(i - 2); cols.push(i); values.push(-0.2); }
    }
    const rhs = new Float64Array(size);
    rhs[0] = 1;
    const x = solveSparse({ size, rows, cols, values, rhs });
    expect(x).not.toBeNull();
    // Residual of the first equation: x0 − 0.2·x2 = 1
    expect((x as Float64Array)[0]! - 0.2 * (x as Float64Array)[2]!).toBeCloseTo(1, 9);
  });
});

describe('solveLinearSystemColumns', () => {
  it('solves several right-hand sides with one elimination, dense and sparse alike', () => {
    // 2x + y = b1, x + 3y + z = b2, y + 4z = b3 for b = (5, 7, 9) → (2, 1, 2) and b = (2, 1, 0) → (1, 0, 0).
    const system = { size: 3, rows: [0, 0, 1, 1, 1, 2, 2], cols: [0, 1, 0, 1, 2, 1, 2], values: [2, 1, 1, 3, 1, 1, 4] };
    const columns = [Float64Array.from([5, 7, 9]), Float64Array.from([2, 1, 0])];
    for (const solutions of [solveLinearSystemColumns(system, columns), solveSparseColumns(system, columns)]) {
      expect(solutions?.map((x) => Array.from(x).map((value) => Math.round(value * 1e12) / 1e12))).toEqual([
        [2, 1, 2],
        [1, 0, 0],
      ]);
    }
  });
});

describe('factorLinearSystem', () => {
  it('solves later right-hand sides exactly as eliminating them alongside does', () => {
    // Systems both sides of DENSE_SIZE_LIMIT: a factor solved twice gives the one-elimination solution to the bit.
    fc.assert(
      fc.property(arbitrarySystem, ({ rhs, ...system }) => {
        const columns = [rhs, rhs.map((value, i) => value + i / system.size), rhs.map((_, i) => (i % 3) - 1)];
        const together = solveLinearSystemColumns(system, columns);
        const factor = factorLinearSystem(system);
        const apart = [factor?.solve(columns.slice(0, 1)), factor?.solve(columns.slice(1))].flatMap((xs) => xs ?? []);
        expect(together).not.toBeNull();
        expect(apart.map((x) => Array.from(x))).toEqual(together?.map((x) => Array.from(x)));
      }),
      { numRuns: 12 },
    );
  });
});
