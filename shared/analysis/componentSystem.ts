import { keepLayoutOf } from './keepLayout';
import { DENSE_SIZE_LIMIT, eliminateDenseInPlace, solveLinearSystem } from './linearSolve';

/**
 * The linear system of one strongly connected component (visits, rolled %C&A), assembled and
 * solved in buffers that are reused for every component of an analysis.
 *
 * Why: a 10,000-step map has hundreds of small loops, and building each system as entry
 * lists, copying it into a fresh matrix and copying that again to eliminate it cost more than
 * the elimination itself. Small systems (up to DENSE_SIZE_LIMIT unknowns) are now summed
 * straight into one matrix buffer and eliminated in place, with exactly the arithmetic of
 * `solveLinearSystem` (same entry order, same elimination), so every figure stays the same to
 * the bit; larger ones still go to `solveLinearSystem` (sparse) as entry lists.
 */
export class ComponentSystem {
  private size = 0;
  private dense = true;
  private matrix = new Float64Array(DENSE_SIZE_LIMIT * DENSE_SIZE_LIMIT);
  private rhs = new Float64Array(DENSE_SIZE_LIMIT);
  // Entry lists of a large (sparse) system.
  private rows: number[] = [];
  private cols: number[] = [];
  private values: number[] = [];

  /** Starts a system of `size` unknowns, all entries and right-hand sides 0. */
  begin(size: number): void {
    this.size = size;
    this.dense = size <= DENSE_SIZE_LIMIT;
    if (this.rhs.length < size) this.rhs = new Float64Array(size);
    else this.rhs.fill(0, 0, size);
    if (this.dense) this.matrix.fill(0, 0, size * size);
    else {
      this.rows = [];
      this.cols = [];
      this.values = [];
    }
  }

  /** A(row, col) += value; entries of one position are summed in the order they are added. */
  add(row: number, col: number, value: number): void {
    if (this.dense) {
      const index = row * this.size + col;
      this.matrix[index] = (this.matrix[index] as number) + value;
    } else {
      this.rows.push(row);
      this.cols.push(col);
      this.values.push(value);
    }
  }

  setRhs(row: number, value: number): void {
    this.rhs[row] = value;
  }

  /**
   * x with A·x = b, or null as `solveLinearSystem` (singular, ill-conditioned or not finite).
   * The answer of a small system is a view of a reused buffer: read it before the next `begin`.
   */
  solve(): Float64Array | null {
    const { size } = this;
    if (!this.dense) {
      return solveLinearSystem({ size, rows: this.rows, cols: this.cols, values: this.values, rhs: this.rhs.slice(0, size) });
    }
    const x = this.rhs.subarray(0, size);
    return eliminateDenseInPlace(size, this.matrix, x) ? x : null;
  }
}

keepLayoutOf(new ComponentSystem());
