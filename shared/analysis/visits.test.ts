import { describe, expect, it } from 'vitest';
import { buildAnalysisContext } from './buildContext';
import { buildTestInput, type TestStateSpec } from './testState';

function visitsOf(spec: TestStateSpec): Record<string, number> {
  return Object.fromEntries(buildAnalysisContext(buildTestInput(spec)).visits);
}

const start = { id: 'start', type: 'start' as const };
const end = { id: 'end', type: 'end' as const };

describe('computeExpectedVisits (domain.md 2.3), hand-computed', () => {
  it('visits every step of a linear map once', () => {
    const v = visitsOf({ steps: [start, { id: 'a' }, { id: 'b' }, end], flows: [['start', 'a'], ['a', 'b'], ['b', 'end']] });
    expect(v).toEqual({ start: 1, a: 1, b: 1, end: 1 });
  });

  it('solves the worked example: v(A) = v(B) = v(D) = 1 / 0.75 = 4/3', () => {
    const v = visitsOf({
      steps: [start, { id: 'A' }, { id: 'B' }, { id: 'D', type: 'decision' }, end],
      flows: [['start', 'A'], ['A', 'B'], ['B', 'D'], ['D', 'end', { probability: 0.75 }], ['D', 'A', { probability: 0.25, rework: true }]],
    });
    // v(A) = 1 + 0.25·v(D), v(D) = v(A) → v(A) = 1/0.75 = 4/3; v(end) = 0.75·4/3 = 1
    for (const id of ['A', 'B', 'D']) expect(v[id]).toBeCloseTo(4 / 3, 12);
    expect(v.end).toBeCloseTo(1, 12);
  });

  it('splits a branch with given and omitted probabilities', () => {
    const v = visitsOf({
      steps: [start, { id: 'd', type: 'decision' }, { id: 'x' }, { id: 'y' }, { id: 'z' }, end],
      flows: [['start', 'd'], ['d', 'x', { probability: 0.5 }], ['d', 'y'], ['d', 'z'], ['x', 'end'], ['y', 'end'], ['z', 'end']],
    });
    // x gets 0.5, y and z share the remaining 0.5 → 0.25 each; all rejoin at end → 1
    expect(v).toEqual({ start: 1, d: 1, x: 0.5, y: 0.25, z: 0.25, end: 1 });
  });

  it('solves nested rework loops', () => {
    // A → B → C → D → end; inner rework C → B (0.5), outer rework D → A (0.2)
    const v = visitsOf({
      steps: [start, { id: 'A' }, { id: 'B' }, { id: 'C' }, { id: 'D' }, end],
      flows: [
        ['start', 'A'], ['A', 'B'], ['B', 'C'],
        ['C', 'B', { probability: 0.5, rework: true }], ['C', 'D'],
        ['D', 'A', { probability: 0.2, rework: true }], ['D', 'end'],
      ],
    });
    // v(B) = v(A) + 0.5·v(C), v(C) = v(B) → v(B) = 2·v(A); v(D) = 0.5·v(C) = v(A);
    // v(A) = 1 + 0.2·v(D) = 1 + 0.2·v(A) → v(A) = 1.25, v(B) = v(C) = 2.5, v(D) = 1.25, v(end) = 0.8·1.25 = 1
    expect(v.A).toBeCloseTo(1.25, 12);
    expect(v.B).toBeCloseTo(2.5, 12);
    expect(v.C).toBeCloseTo(2.5, 12);
    expect(v.D).toBeCloseTo(1.25, 12);
    expect(v.end).toBeCloseTo(1, 12);
  });

  it('solves a non-rework cycle and a self-loop', () => {
    // A → B, B → A (0.5, not rework), B → S (0.5); S → S (0.75), S → end (0.25)
    const v = visitsOf({
      steps: [start, { id: 'A' }, { id: 'B' }, { id: 'S' }, end],
      flows: [['start', 'A'], ['A', 'B'], ['B', 'A', { probability: 0.5 }], ['B', 'S'], ['S', 'S', { probability: 0.75 }], ['S', 'end']],
    });
    // v(A) = 1 + 0.5·v(B), v(B) = v(A) → v(A) = v(B) = 2; v(S) = 0.5·2 / (1 − 0.75) = 4; v(end) = 0.25·4 = 1
    expect(v.A).toBeCloseTo(2, 12);
    expect(v.B).toBeCloseTo(2, 12);
    expect(v.S).toBeCloseTo(4, 12);
    expect(v.end).toBeCloseTo(1, 12);
  });

  it('adds parallel branches that rejoin', () => {
    const v = visitsOf({
      steps: [start, { id: 'd' }, { id: 'x' }, { id: 'y' }, { id: 'j' }, end],
      flows: [['start', 'd'], ['d', 'x', { probability: 0.6 }], ['d', 'y', { probability: 0.4 }], ['x', 'j'], ['y', 'j'], ['j', 'end']],
    });
    // v(j) = 0.6 + 0.4 = 1
    expect(v).toEqual({ start: 1, d: 1, x: 0.6, y: 0.4, j: 1, end: 1 });
  });

  it('counts a dead end as an end and gives unreachable steps 0 visits', () => {
    const v = visitsOf({
      steps: [start, { id: 'a' }, { id: 'dead' }, { id: 'u' }, end],
      flows: [['start', 'a'], ['a', 'dead', { probability: 0.5 }], ['a', 'end'], ['u', 'end']],
    });
    // v(dead) = 0.5, v(end) = 0.5: together the case finishes with probability 1; u is never reached
    expect(v).toEqual({ start: 1, a: 1, dead: 0.5, u: 0, end: 0.5 });
  });

  it('splits over several ends summing to 1', () => {
    const v = visitsOf({
      steps: [start, { id: 'd' }, { id: 'e1', type: 'end' }, { id: 'e2', type: 'end' }],
      flows: [['start', 'd'], ['d', 'e1', { probability: 0.7 }], ['d', 'e2']],
    });
    expect(v.e1).toBeCloseTo(0.7, 12);
    expect(v.e2).toBeCloseTo(0.3, 12);
  });

  it('marks the steps of a loop without exit Infinity and keeps the rest', () => {
    // start → a; a → end (0.5) or a → b (0.5); b → c → b forever
    const v = visitsOf({
      steps: [start, { id: 'a' }, { id: 'b' }, { id: 'c' }, end],
      flows: [['start', 'a'], ['a', 'end', { probability: 0.5 }], ['a', 'b'], ['b', 'c'], ['c', 'b']],
    });
    expect(v).toEqual({ start: 1, a: 1, b: Infinity, c: Infinity, end: 0.5 });
  });

  it('solves a 150-step loop through the sparse solver', () => {
    // s0 → s1 → … → s149; s149 → s0 (0.5, rework) or → end (0.5): every loop step is visited 1/0.5 = 2 times
    const ids = Array.from({ length: 150 }, (_, i) => `s${i}`);
    const chain: TestStateSpec['flows'] = ids.slice(1).map((id, i) => [ids[i] as string, id]);
    const v = visitsOf({
      steps: [start, ...ids.map((id) => ({ id })), end],
      flows: [['start', 's0'], ...chain, ['s149', 's0', { probability: 0.5, rework: true }], ['s149', 'end']],
    });
    for (const id of ids) expect(v[id]).toBeCloseTo(2, 10);
    expect(v.end).toBeCloseTo(1, 10);
  });
});

describe('computeExpectedVisits at scale', () => {
  it('handles 100,000 steps in one big strongly connected component without recursion or dense blow-up', () => {
    // s0 → s1 → … → end; from s3 on, every step sends 10 % back three steps: the loops overlap, one component
    const n = 100_000;
    const steps: TestStateSpec['steps'] = [start, end];
    const flows: TestStateSpec['flows'] = [['start', 's0']];
    for (let i = 0; i < n; i++) {
      steps.push({ id: `s${i}`, processTime: 1 });
      const next = i + 1 < n ? `s${i + 1}` : 'end';
      flows.push([`s${i}`, next]);
      if (i >= 3) flows.push([`s${i}`, `s${i - 3}`, { probability: 0.1, rework: true }]);
    }
    // Quadratic work would take minutes and run into the test timeout; speed itself is benched.
    const result = buildAnalysisContext(buildTestInput({ steps, flows }));
    expect(result.diagnostics).toEqual([]);
    expect(result.visits.get('end')).toBeCloseTo(1, 9);
    // The first three steps: v(s0) = 1 + 0.1·v(s3), v(s1) = v(s0) + 0.1·v(s4), v(s2) = v(s1) + 0.1·v(s5)
    const v = (i: number): number => result.visits.get(`s${i}`) ?? NaN;
    expect(v(0)).toBeCloseTo(1 + 0.1 * v(3), 9);
    expect(v(2)).toBeCloseTo(v(1) + 0.1 * v(5), 9);
    expect(Number.isFinite(result.metrics?.processTimeMinutes)).toBe(true);
  });
});
