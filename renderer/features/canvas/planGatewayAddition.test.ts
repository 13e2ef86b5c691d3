import { describe, expect, it } from 'vitest';
import { describeParallelBlocks } from '../../../shared/analysis/parallelQueries';
import { buildTestMap } from '../../../shared/analysis/testState';
import { applyCommand, findBlockProblemOfCommand } from '../../../shared/commands/apply';
import type { Command } from '../../../shared/commands/types';
import type { ProcessMap } from '../../../shared/model/types';
import { planGatewayAddition, type GatewayAdditionRequest } from './planGatewayAddition';

const texts = { split: 'Split', join: 'Join', branch: 'Branch', activity: 'Step' };

/** start → A → end in lane L, with a second lane M. */
function lineMap(): ProcessMap {
  return buildTestMap({
    lanes: [{ id: 'L' }, { id: 'M' }],
    steps: [{ id: 'start', type: 'start' }, { id: 'A' }, { id: 'end', type: 'end' }],
    flows: [
      ['start', 'A'],
      ['A', 'end'],
    ],
  });
}

/** start → σ → (B | C) → ω → end. */
function blockMap(): ProcessMap {
  return buildTestMap({
    lanes: [{ id: 'L' }, { id: 'M' }],
    steps: [{ id: 'start', type: 'start' }, { id: 'split', type: 'parallel' }, { id: 'B' }, { id: 'C', laneId: 'M' }, { id: 'join', type: 'parallel' }, { id: 'end', type: 'end' }],
    flows: [
      ['start', 'split'],
      ['split', 'B'],
      ['split', 'C'],
      ['B', 'join'],
      ['C', 'join'],
      ['join', 'end'],
    ],
  });
}

function request(kind: GatewayAdditionRequest['kind'], selectedStepIds: string[]): GatewayAdditionRequest {
  return { kind, at: null, viewCenter: { x: 0, y: 90 }, selectedStepIds, texts };
}

/** Applies every command of the gesture, each of which must apply (none refused on the way). */
function applyAll(map: ProcessMap, commands: Command[]): ProcessMap {
  return commands.reduce((current, command) => {
    const result = applyCommand(current, command);
    expect(result.patches.length, command.type).toBeGreaterThan(0);
    return result.map;
  }, map);
}

const successors = (map: ProcessMap, id: string): string[] => map.flows.filter((flow) => flow.from === id).map((flow) => flow.to);

describe('planGatewayAddition', () => {
  it('leaves ordinary additions to planAddElement', () => {
    const map = lineMap();
    expect(planGatewayAddition(map, 'current', map, request('activity', ['A']))).toBeNull();
    expect(planGatewayAddition(map, 'current', map, request('decision', []))).toBeNull();
  });

  it('puts a whole block from the palette between the selected step and its next step', () => {
    const map = lineMap();
    const plan = planGatewayAddition(map, 'current', map, request('parallel', ['A']));
    expect(plan).not.toBeNull();
    const after = applyAll(map, plan?.commands ?? []);
    const view = describeParallelBlocks(after);
    expect(view.valid).toBe(true);
    expect(view.blocks).toHaveLength(1);
    const [block] = view.blocks;
    expect(successors(after, 'A')).toEqual([block?.splitId]);
    expect(successors(after, block?.joinId ?? '')).toEqual(['end']);
    expect(block?.branches.map((branch) => branch.stepIds.length)).toEqual([1, 1]);
    // The two branches lie in two lanes, side by side.
    const branchLanes = block?.branches.map((branch) => after.steps.find((step) => step.id === branch.stepIds[0])?.laneId);
    expect(branchLanes).toEqual(['L', 'M']);
    expect(plan?.stepId).toBe(block?.branches[0]?.stepIds[0]);
  });

  it('Enter on a split adds a branch from the split to its join', () => {
    const map = blockMap();
    const plan = planGatewayAddition(map, 'current', map, request('activity', ['split']));
    const after = applyAll(map, plan?.commands ?? []);
    const view = describeParallelBlocks(after);
    expect(view.valid).toBe(true);
    expect(view.blocks[0]?.branches.map((branch) => branch.stepIds)).toEqual([['B'], ['C'], [plan?.stepId]]);
    expect(successors(after, plan?.stepId ?? '')).toEqual(['join']);
  });

  it('Enter on a split puts the third branch at the leftmost free spot, never behind the join and the end', () => {
    // Two lanes, both taken at the branches' column: split 200, B 400 (L), C 400 (M), join 600, end 800 (L).
    const base = blockMap();
    const at: Record<string, [number, number]> = { start: [0, 40], split: [200, 40], B: [400, 40], C: [400, 220], join: [600, 40], end: [800, 40] };
    const map: ProcessMap = { ...base, steps: base.steps.map((step) => ({ ...step, position: { x: at[step.id]?.[0] ?? 0, y: at[step.id]?.[1] ?? 0 } })) };
    const plan = planGatewayAddition(map, 'current', map, request('activity', ['split']));
    const after = applyAll(map, plan?.commands ?? []);
    const added = after.steps.find((step) => step.id === plan?.stepId);
    // Lane L is free only after the end step (x 800 + one stride); lane M right after C, under the join.
    expect(added?.laneId).toBe('M');
    expect(added?.position.x).toBeGreaterThan(400);
    expect(added?.position.x).toBeLessThan(800);

    // With a third lane free below, the branch goes there, in the branches' column.
    const withLane: ProcessMap = { ...map, lanes: [...map.lanes, { ...map.lanes[1], id: 'N', name: 'N' }] };
    const below = planGatewayAddition(withLane, 'current', withLane, request('activity', ['split']));
    const placed = applyAll(withLane, below?.commands ?? []).steps.find((step) => step.id === below?.stepId);
    expect(placed?.laneId).toBe('N');
    expect(placed?.position.x).toBeLessThan(600);
  });

  it('Enter on a join puts the new step between the join and its next step (the join stays a join)', () => {
    const map = blockMap();
    const plan = planGatewayAddition(map, 'current', map, request('activity', ['join']));
    const after = applyAll(map, plan?.commands ?? []);
    expect(describeParallelBlocks(after).valid).toBe(true);
    expect(successors(after, 'join')).toEqual([plan?.stepId]);
    expect(successors(after, plan?.stepId ?? '')).toEqual(['end']);
  });

  it('a block inside a branch stays inside it (nested block)', () => {
    const map = blockMap();
    const plan = planGatewayAddition(map, 'current', map, request('parallel', ['B']));
    const after = applyAll(map, plan?.commands ?? []);
    const view = describeParallelBlocks(after);
    expect(view.valid).toBe(true);
    expect(view.blocks.map((block) => block.depth)).toEqual([1, 2]);
  });

  it('a parallel gateway dropped on the canvas is a block of its own, in the lane under the drop point', () => {
    const map = lineMap();
    const plan = planGatewayAddition(map, 'current', map, { ...request('parallel', []), at: { x: 900, y: 250 } });
    const after = applyAll(map, plan?.commands ?? []);
    const added = after.steps.filter((step) => !map.steps.some((old) => old.id === step.id));
    expect(added.map((step) => step.type)).toEqual(['parallel', 'activity', 'activity', 'parallel']);
    expect(added[0]?.laneId).toBe('M');
  });
});

describe('findBlockProblemOfCommand', () => {
  it('names the split and the flow of a connection that would enter a branch from outside, in the asked language', () => {
    const map = blockMap();
    const command: Command = { type: 'flow/add', target: 'current', flow: { id: 'fx', from: 'start', to: 'C', rework: false, medium: 'other', label: '' } };
    expect(applyCommand(map, command).patches).toHaveLength(0);
    const english = findBlockProblemOfCommand(map, command, 'en');
    expect(english?.code).toBe('parallel-flow-enters-branch');
    expect(english?.message).toContain('from "start" to "C"');
    expect(english?.message).toContain('parallel split "split"');
    expect(findBlockProblemOfCommand(map, command, 'nl')?.message).toContain('van "start" naar "C"');
    // A branch that would end inside the block: refused with its own reason.
    const toEnd: Command = { type: 'flow/add', target: 'current', flow: { id: 'fy', from: 'B', to: 'end', rework: false, medium: 'other', label: '' } };
    expect(findBlockProblemOfCommand(map, toEnd, 'en')?.code).toBe('parallel-branch-ends');
  });

  it('is null for a command that does not break a block', () => {
    const map = blockMap();
    const command: Command = { type: 'flow/add', target: 'current', flow: { id: 'fx', from: 'B', to: 'B', rework: false, medium: 'other', label: '' } };
    expect(findBlockProblemOfCommand(lineMap(), command, 'en')).toBeNull();
    expect(findBlockProblemOfCommand(map, { type: 'map/set-meta', patch: { title: 'x' } } as unknown as Command, 'en')).toBeNull();
  });
});
