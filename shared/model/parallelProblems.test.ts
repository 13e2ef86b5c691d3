import { describe, expect, it } from 'vitest';
import { buildTestMap, type TestStateSpec } from '../analysis/testState';
import { validateMap } from './validateMap';

const start = { id: 'start', type: 'start' as const };
const end = { id: 'end', type: 'end' as const };
const gateway = (id: string, label = id) => ({ id, type: 'parallel' as const, label });

function problemsOf(spec: TestStateSpec, language: 'en' | 'nl' = 'en') {
  return validateMap(buildTestMap(spec), { language }).map((problem) => ({ code: problem.code, path: problem.pathText, message: problem.message }));
}

describe('validateMap: well-structured parallel blocks pass', () => {
  it('accepts nested blocks, a loop inside a branch, an empty branch and rework around the whole block', () => {
    expect(
      problemsOf({
        steps: [
          start,
          { id: 'P' },
          gateway('s1'),
          gateway('s2'),
          { id: 'X' },
          { id: 'Y' },
          gateway('j2'),
          { id: 'W' },
          { id: 'Q', type: 'decision' },
          gateway('j1'),
          { id: 'R', type: 'decision' },
          end,
        ],
        flows: [
          ['start', 'P'],
          ['P', 's1'],
          ['s1', 's2'],
          ['s1', 'W'],
          ['s1', 'j1'],
          ['s2', 'X'],
          ['s2', 'Y'],
          ['X', 'j2'],
          ['Y', 'j2'],
          ['j2', 'j1'],
          ['W', 'Q'],
          ['Q', 'W', { rework: true, probability: 0.2 }],
          ['Q', 'j1'],
          ['j1', 'R'],
          ['R', 'end'],
          ['R', 'P', { rework: true, probability: 0.1 }],
          ['R', 's1', { probability: 0.1, rework: true }],
        ],
      }),
    ).toEqual([]);
  });

  it('does not check a broken block the start cannot reach (that is an analysis warning)', () => {
    expect(
      problemsOf({
        steps: [start, { id: 'A' }, end, gateway('lost'), { id: 'B' }],
        flows: [['start', 'A'], ['A', 'end'], ['lost', 'B'], ['lost', 'end']],
      }),
    ).toEqual([]);
  });
});

describe('validateMap: badly structured parallel blocks are refused, naming the split and the flow', () => {
  it('refuses a branch that runs into the join of another split (a nested split without its own join)', () => {
    const problems = problemsOf({
      steps: [start, gateway('s1', 'Verdelen'), { id: 'A' }, gateway('s2', 'Nog eens verdelen'), { id: 'X' }, { id: 'Y' }, gateway('j1', 'Samen'), end],
      flows: [['start', 's1'], ['s1', 'A'], ['s1', 's2'], ['s2', 'X'], ['s2', 'Y'], ['A', 'j1'], ['X', 'j1'], ['Y', 'j1'], ['j1', 'end']],
    });
    expect(problems[0]).toEqual({
      code: 'parallel-join-shared',
      path: 'flows[6]',
      message:
        'Flow f7 (from "X" to "Samen"): it leads into the parallel join "Samen" (j1), where the branches of the parallel split "Verdelen" (s1) already meet. The branches of the parallel split "Nog eens verdelen" (s2) need a join of their own.',
    });
  });

  it('refuses a split whose branches never come together', () => {
    // Each branch loops on itself: no end, no join (the loops are also an analysis error).
    const problems = problemsOf({
      steps: [start, gateway('s', 'Splitsen'), { id: 'A' }, { id: 'B' }, end],
      flows: [['start', 's'], ['s', 'A'], ['s', 'B'], ['A', 'A'], ['B', 'B']],
    }, 'nl');
    expect(problems).toEqual([
      {
        code: 'parallel-split-without-join',
        path: 'steps[1]',
        message:
          'Stap "Splitsen" (s): de takken van deze parallelle splitsing komen nergens samen in een parallelle samenkomst. Voeg een parallelle samenkomst toe waar al haar takken samenkomen.',
      },
    ]);
  });

  it('refuses a flow from inside a branch back to its own split', () => {
    const problems = problemsOf({
      steps: [start, gateway('s'), { id: 'A', type: 'decision' }, { id: 'B' }, gateway('j'), end],
      flows: [['start', 's'], ['s', 'A'], ['s', 'B'], ['A', 'j'], ['A', 's', { rework: true }], ['B', 'j'], ['j', 'end']],
    });
    expect(problems.map((problem) => [problem.code, problem.path])).toEqual([['parallel-flow-leaves-branch', 'flows[4]']]);
  });

  it('refuses rework from after the join back into a branch', () => {
    const problems = problemsOf({
      steps: [start, gateway('s'), { id: 'A' }, { id: 'B' }, gateway('j'), { id: 'C', type: 'decision' }, end],
      flows: [['start', 's'], ['s', 'A'], ['s', 'B'], ['A', 'j'], ['B', 'j'], ['j', 'C'], ['C', 'end'], ['C', 'A', { rework: true }]],
    });
    expect(problems.map((problem) => [problem.code, problem.path])).toEqual([['parallel-flow-enters-branch', 'flows[7]']]);
  });

  it('checks the future state as well', () => {
    const map = buildTestMap({ steps: [start, { id: 'A' }, end], flows: [['start', 'A'], ['A', 'end']] });
    const future = buildTestMap({
      steps: [start, gateway('s'), { id: 'A' }, { id: 'B' }, gateway('j'), end],
      flows: [['start', 's'], ['s', 'A'], ['s', 'B'], ['A', 'j'], ['B', 'end'], ['j', 'end']],
    });
    map.future = { lanes: future.lanes, steps: future.steps, flows: future.flows, annotations: [] };
    const [problem] = validateMap(map, { language: 'en' });
    expect(problem?.pathText).toBe('future.flows[4]');
    expect(problem?.message).toBe(
      'Future state – Flow f5 (from "B" to "end"): it leads to an end step inside a branch of the parallel split "s" (s). A case can only end after all branches have come together at the join.',
    );
  });
});
