import { describe, expect, it } from 'vitest';
import { applyCommand } from '../commands/apply';
import { buildTestInput, buildTestMap, type TestStateSpec } from './testState';
import { describeParallelBlocks, findNewBlockProblem } from './parallelQueries';

/** start → σ1 → { A → σ2 → { X ; Y } → ω2 ; B } → ω1 → end. */
const nested: TestStateSpec = {
  steps: [
    { id: 'start', type: 'start' },
    { id: 's1', type: 'parallel', label: 'Verdelen' },
    { id: 'A' },
    { id: 's2', type: 'parallel' },
    { id: 'X' },
    { id: 'Y' },
    { id: 'j2', type: 'parallel' },
    { id: 'B' },
    { id: 'j1', type: 'parallel', label: 'Samen' },
    { id: 'end', type: 'end' },
  ],
  // f1 start→s1, f2 s1→A, f3 s1→B, f4 A→s2, f5 s2→X, f6 s2→Y, f7 X→j2, f8 Y→j2, f9 j2→j1, f10 B→j1, f11 j1→end
  flows: [
    ['start', 's1'], ['s1', 'A'], ['s1', 'B'], ['A', 's2'], ['s2', 'X'], ['s2', 'Y'], ['X', 'j2'], ['Y', 'j2'], ['j2', 'j1'], ['B', 'j1'], ['j1', 'end'],
  ],
};

describe('describeParallelBlocks', () => {
  const view = describeParallelBlocks(buildTestInput(nested).state);

  it('lists the blocks, outer first, with the steps of every branch', () => {
    expect(view.valid).toBe(true);
    expect(view.blocks).toEqual([
      {
        splitId: 's1',
        joinId: 'j1',
        branches: [
          { firstFlowId: 'f2', stepIds: ['A', 's2', 'X', 'Y', 'j2'] },
          { firstFlowId: 'f3', stepIds: ['B'] },
        ],
        parentSplitId: null,
        depth: 1,
      },
      {
        splitId: 's2',
        joinId: 'j2',
        branches: [
          { firstFlowId: 'f5', stepIds: ['X'] },
          { firstFlowId: 'f6', stepIds: ['Y'] },
        ],
        parentSplitId: 's1',
        depth: 2,
      },
    ]);
  });

  it('says which branch a step is in, innermost first', () => {
    expect(view.branchOf('Y')).toEqual({ splitId: 's2', joinId: 'j2', branchIndex: 1, firstFlowId: 'f6' });
    expect(view.enclosingBranches('Y').map((branch) => branch.splitId)).toEqual(['s2', 's1']);
    // A split and its join lie around their own block, inside the outer branch.
    expect(view.branchOf('s2')).toEqual({ splitId: 's1', joinId: 'j1', branchIndex: 0, firstFlowId: 'f2' });
    expect(view.branchOf('start')).toBeNull();
    expect(view.branchOf('j1')).toBeNull();
    expect(view.blockOfGateway('j2')?.splitId).toBe('s2');
    expect(view.blockOfGateway('A')).toBeNull();
  });
});

describe('findNewBlockProblem and the command guard', () => {
  const before = buildTestInput(nested).state;

  it('names the problem an edit would cause', () => {
    // B straight to the end instead of the join.
    const after = { ...before, flows: before.flows.map((flow) => (flow.id === 'f10' ? { ...flow, to: 'end' } : flow)) };
    expect(findNewBlockProblem(before, after, 'en')?.message).toBe(
      'Flow f10 (from "B" to "end"): it leads to an end step inside a branch of the parallel split "Verdelen" (s1). A case can only end after all branches have come together at the join.',
    );
    expect(findNewBlockProblem(before, before, 'en')).toBeNull();
  });

  it('does not block edits of a state whose blocks are already broken', () => {
    const broken = { ...before, flows: before.flows.filter((flow) => flow.id !== 'f10') };
    const worse = { ...broken, flows: broken.flows.filter((flow) => flow.id !== 'f9') };
    expect(findNewBlockProblem(broken, worse, 'nl')).toBeNull();
  });

  it('refuses a command that would break a block, so the file stays openable', () => {
    const map = buildTestMap(nested);
    // Deleting A (and its flows) cuts σ2's block off: B's flow would enter the join j1 outside any branch.
    const deleted = applyCommand(map, { type: 'elements/delete', stepIds: ['A'], flowIds: [], annotationIds: [] });
    expect(deleted.patches).toEqual([]);
    expect(deleted.map).toBe(map);
    const retyped = applyCommand(map, { type: 'step/update', stepId: 'j1', patch: { type: 'activity' } });
    expect(retyped.patches).toEqual([]);
    // Edits that keep the blocks go through; deleting B leaves a block of one branch, which still opens.
    expect(applyCommand(map, { type: 'elements/delete', stepIds: ['B'], flowIds: [], annotationIds: [] }).patches.length).toBeGreaterThan(0);
    const renamed = applyCommand(map, { type: 'step/update', stepId: 'X', patch: { label: 'IT-account', processTime: 30 } });
    expect(renamed.patches.length).toBeGreaterThan(0);
  });
});
