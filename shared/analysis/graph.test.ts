import { describe, expect, it } from 'vitest';
import { buildStepGraph, findReachableSteps, findStronglyConnectedComponents, type StepGraph, firstIndexById } from './graph';
import { buildTestInput } from './testState';

function graphOf(stepIds: string[], flows: Array<[string, string]>): StepGraph {
  const { state } = buildTestInput({ steps: stepIds.map((id) => ({ id })), flows });
  return buildStepGraph(state.steps, state.flows);
}

function componentsAsIds(graph: StepGraph, stepIds: string[], root: number | 'all'): string[][] {
  const scc = findStronglyConnectedComponents(graph, root, new Uint8Array(graph.flowCount).fill(1));
  const result: string[][] = [];
  for (let c = 0; c < scc.count; c++) {
    const members = Array.from(scc.members.subarray(scc.offsets[c], scc.offsets[c + 1]));
    result.push(members.map((index) => stepIds[index] as string).sort());
  }
  return result;
}

describe('buildStepGraph', () => {
  it('keeps outgoing and incoming flows in document order and ignores flows to unknown steps', () => {
    const graph = graphOf(['a', 'b', 'c'], [['a', 'c'], ['a', 'b'], ['a', 'zz'], ['b', 'c']]);
    expect(Array.from(graph.outFlows.subarray(graph.outOffsets[0], graph.outOffsets[1]))).toEqual([0, 1]);
    expect(Array.from(graph.inFlows.subarray(graph.inOffsets[2], graph.inOffsets[3]))).toEqual([0, 3]);
    expect(graph.flowFrom[2]).toBe(-1);
    expect(graph.outFlows.length).toBe(3);
  });
});

describe('findReachableSteps', () => {
  it('marks what a case can reach and honours the usable mask', () => {
    const graph = graphOf(['s', 'a', 'b', 'u'], [['s', 'a'], ['a', 'b'], ['u', 'b']]);
    expect(Array.from(findReachableSteps(graph, 0))).toEqual([1, 1, 1, 0]);
    expect(Array.from(findReachableSteps(graph, 0, Uint8Array.from([1, 0, 1])))).toEqual([1, 1, 0, 0]);
  });
});

describe('findStronglyConnectedComponents', () => {
  it('lists components sinks first (reverse topological order)', () => {
    const ids = ['s', 'a', 'b', 'c', 'e'];
    // s → a → b → c → a (cycle a-b-c), c → e
    const graph = graphOf(ids, [['s', 'a'], ['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'e']]);
    expect(componentsAsIds(graph, ids, 0)).toEqual([['e'], ['a', 'b', 'c'], ['s']]);
  });

  it('finds nested and separate loops and leaves unreachable steps out', () => {
    const ids = ['s', 'a', 'b', 'c', 'd', 'e', 'u'];
    const graph = graphOf(ids, [
      ['s', 'a'], ['a', 'b'], ['b', 'a'], ['b', 'c'], ['c', 'd'], ['d', 'd'], ['d', 'e'], ['u', 'e'],
    ]);
    const scc = findStronglyConnectedComponents(graph, 0, new Uint8Array(graph.flowCount).fill(1));
    expect(componentsAsIds(graph, ids, 0)).toEqual([['e'], ['d'], ['c'], ['a', 'b'], ['s']]);
    expect(scc.componentOf[6]).toBe(-1);
    // From every step: u, which nothing reaches, becomes a component of its own after the others.
    expect(componentsAsIds(graph, ids, 'all')).toEqual([['e'], ['d'], ['c'], ['a', 'b'], ['s'], ['u']]);
  });

  it('handles a 100,000-step chain and a 100,000-step cycle without recursion', () => {
    const n = 100_000;
    const ids = Array.from({ length: n }, (_, i) => `s${i}`);
    const chain: Array<[string, string]> = ids.slice(1).map((id, i) => [ids[i] as string, id]);
    const chainGraph = graphOf(ids, chain);
    const all = (graph: StepGraph): Uint8Array => new Uint8Array(graph.flowCount).fill(1);
    expect(findStronglyConnectedComponents(chainGraph, 0, all(chainGraph)).count).toBe(n);
    const cycleGraph = graphOf(ids, [...chain, [ids[n - 1] as string, 's0']]);
    const cycle = findStronglyConnectedComponents(cycleGraph, 0, all(cycleGraph));
    expect(cycle.count).toBe(1);
    expect(cycle.members.length).toBe(n);
  });
});

describe('firstIndexById', () => {
  it('maps each id to its first record, in the order the ids first occur', () => {
    const records = ['a', 'b', 'a', 'c', 'b', 'b', 'd'].map((id) => ({ id }));
    // a first at 0, b at 1, c at 3, d at 6; the repeats at 2, 4 and 5 change nothing.
    expect([...firstIndexById(records)]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 3],
      ['d', 6],
    ]);
    expect([...firstIndexById([])]).toEqual([]);
  });
});
