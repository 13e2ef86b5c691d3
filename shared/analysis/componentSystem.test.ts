import { describe, expect, it } from 'vitest';
import { ComponentSystem } from './componentSystem';
import { DENSE_SIZE_LIMIT, solveLinearSystem, type SparseSystem } from './linearSolve';

/**
 * A visit system (I − Pᵀ)·v = e₀ of a chain of `size` steps where every third step sends 30 %
 * back two steps, with entries in the order the analysis adds them (diagonal, then the flows).
 */
function chainSystem(size: number): SparseSystem {
  const entries: Array<[row: number, col: number, value: number]> = [];
  for (let i = 0; i < size; i++) {
    const back = i % 3 === 2 && i >= 2 ? 0.3 : 0;
    entries.push([i, i, 1]);
    if (i + 1 < size) entries.push([i + 1, i, -(1 - back)]);
    if (back > 0) entries.push([i - 2, i, -back]);
  }
  const rhs = new Float64Array(size);
  rhs[0] = 1;
  return { size, rows: entries.map(([row]) => row), cols: entries.map(([, col]) => col), values: entries.map(([, , value]) => value), rhs };
}

function solveWithComponentSystem(system: ComponentSystem, entries: SparseSystem): number[] | null {
  system.begin(entries.size);
  entries.rows.forEach((row, e) => system.add(row, entries.cols[e] as number, entries.values[e] as number));
  entries.rhs.forEach((value, row) => system.setRhs(row, value));
  const solution = system.solve();
  return solution ? Array.from(solution) : null;
}

describe('ComponentSystem', () => {
  it('gives exactly the figures of solveLinearSystem, small (dense) and large (sparse), with its buffers reused', () => {
    const system = new ComponentSystem();
    // Larger, then smaller again: a reused buffer must start from zero every time.
    for (const size of [2, 9, 30, DENSE_SIZE_LIMIT, DENSE_SIZE_LIMIT + 1, 200, 5, 3]) {
      const entries = chainSystem(size);
      const expected = solveLinearSystem(entries);
      expect(expected).not.toBeNull();
      expect(solveWithComponentSystem(system, entries)).toEqual(Array.from(expected ?? []));
    }
  });

  it('sums repeated entries and solves a 2×2 system by hand', () => {
    // Two flows a→b (0.25 + 0.25) and b→a 0.5: v_a − 0.5·v_b = 1, v_b − 0.5·v_a = 0
    // → v_a = 1 / (1 − 0.25) = 4/3, v_b = 2/3.
    const system = new ComponentSystem();
    system.begin(2);
    system.add(0, 0, 1);
    system.add(1, 0, -0.25);
    system.add(1, 0, -0.25);
    system.add(1, 1, 1);
    system.add(0, 1, -0.5);
    system.setRhs(0, 1);
    const solution = system.solve();
    expect(solution?.[0]).toBeCloseTo(4 / 3, 12);
    expect(solution?.[1]).toBeCloseTo(2 / 3, 12);
  });

  it('answers null for a loop without exit (a singular system)', () => {
    // v_a − v_b = 1, v_b − v_a = 0: a case goes round a ⇄ b for ever.
    const system = new ComponentSystem();
    system.begin(2);
    system.add(0, 0, 1);
    system.add(1, 0, -1);
    system.add(1, 1, 1);
    system.add(0, 1, -1);
    system.setRhs(0, 1);
    expect(system.solve()).toBeNull();
  });
});
