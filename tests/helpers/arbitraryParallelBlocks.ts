import fc from 'fast-check';
import type { Flow, MapState, Step } from '../../shared/model/types';

/**
 * fast-check support for maps with well-structured parallel blocks (domain.md section 7),
 * used by `arbitraryValidMap({ parallelBlocks: true })`.
 */

/** One new step of a parallel branch, drawn as small numbers. */
interface BranchStepPlan {
  processTime: number;
  waitTime: number;
  completeAccurate: number;
  lane: number;
  valueAdding: boolean;
}

interface BranchPlan {
  steps: BranchStepPlan[];
  /** 0: no loop; else a rework flow from the branch's last step back to its first, taken with probability loop / 10. */
  loop: number;
  nested: BlockPlan | null;
}

/** A parallel block to insert after the `after`-th candidate step (one with a single forward flow). */
interface BlockPlan {
  after: number;
  branches: BranchPlan[];
}

const branchStepPlan: fc.Arbitrary<BranchStepPlan> = fc.record(
  {
    processTime: fc.integer({ min: 0, max: 120 }),
    waitTime: fc.integer({ min: 0, max: 2400 }),
    completeAccurate: fc.constantFrom(1, 1, 0.95, 0.8),
    lane: fc.nat(),
    valueAdding: fc.boolean(),
  },
  { noNullPrototype: true },
);

function branchPlan(nested: fc.Arbitrary<BlockPlan | null>): fc.Arbitrary<BranchPlan> {
  return fc.record(
    { steps: fc.array(branchStepPlan, { maxLength: 3 }), loop: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5 })), nested },
    { noNullPrototype: true },
  );
}

const innerBlockPlan: fc.Arbitrary<BlockPlan> = fc.record(
  { after: fc.nat(), branches: fc.array(branchPlan(fc.constant(null)), { minLength: 2, maxLength: 3 }) },
  { noNullPrototype: true },
);
export const blockPlan: fc.Arbitrary<BlockPlan> = fc.record(
  {
    after: fc.nat(),
    branches: fc.array(branchPlan(fc.option(innerBlockPlan, { nil: null, freq: 3 })), { minLength: 2, maxLength: 3 }),
  },
  { noNullPrototype: true },
);

/**
 * Inserts well-structured parallel blocks into a valid state: for each plan, a step u with
 * exactly one forward flow u→x gets u→σ, σ→(each branch)→ω, ω→x instead. A branch is a
 * chain of new activities (none: an empty branch σ→ω), optionally ending in a decision
 * that sends work back to the branch's first step as rework, optionally followed by a nested
 * block. Only flows inside the branch are added, so every block stays well structured and
 * every case still reaches an end.
 */
export function addParallelBlocks(state: MapState, plans: readonly BlockPlan[]): MapState {
  const steps = state.steps.map((step) => ({ ...step }));
  const flows = state.flows.map((flow) => ({ ...flow }));
  const taken = new Set([...state.steps.map((step) => step.id), ...state.flows.map((flow) => flow.id), ...state.lanes.map((lane) => lane.id)]);
  let counter = 0;
  const freshId = (prefix: string): string => {
    let id = `${prefix}${(counter += 1)}`;
    while (taken.has(id)) id = `${prefix}${(counter += 1)}`;
    taken.add(id);
    return id;
  };
  const addStep = (type: Step['type'], near: Step, plan?: BranchStepPlan): Step => {
    const lane = plan ? state.lanes[plan.lane % state.lanes.length]! : state.lanes.find((candidate) => candidate.id === near.laneId) ?? state.lanes[0]!;
    const step: Step = {
      id: freshId('par-s'),
      type,
      label: type === 'parallel' ? '' : `Tak ${counter}`,
      laneId: lane.id,
      processTime: plan?.processTime ?? 0,
      waitTime: plan?.waitTime ?? 0,
      completeAccurate: plan?.completeAccurate ?? 1,
      valueType: plan?.valueAdding ? 'value-adding' : 'business-required',
      activity: 'work',
      system: '',
      position: { x: near.position.x + 40, y: near.position.y },
    };
    steps.push(step);
    return step;
  };
  const addFlow = (from: Step, to: Step, extra: Partial<Flow> = {}): Flow => {
    const flow: Flow = { id: freshId('par-f'), from: from.id, to: to.id, rework: false, medium: 'other', label: '', ...extra };
    flows.push(flow);
    return flow;
  };
  /** Builds σ → branches → ω after `near`, returns [σ, ω]. */
  const buildBlock = (plan: BlockPlan, near: Step): [Step, Step] => {
    const split = addStep('parallel', near);
    const join = addStep('parallel', near);
    for (const branch of plan.branches) {
      let last: Step = split;
      let first: Step | null = null;
      branch.steps.forEach((stepPlan, index) => {
        const isLoopEnd = index === branch.steps.length - 1 && branch.loop > 0 && branch.steps.length > 1;
        const step = addStep(isLoopEnd ? 'decision' : 'activity', near, stepPlan);
        addFlow(last, step);
        first ??= step;
        last = step;
      });
      if (branch.nested) {
        const [innerSplit, innerJoin] = buildBlock(branch.nested, near);
        addFlow(last, innerSplit);
        last = innerJoin;
      }
      const loops = first !== null && last.type === 'decision' && branch.loop > 0;
      if (loops && first) {
        addFlow(last, join, { probability: 1 - branch.loop / 10 });
        addFlow(last, first, { probability: branch.loop / 10, rework: true });
      } else addFlow(last, join);
    }
    return [split, join];
  };
  for (const plan of plans) {
    const candidates = steps.filter((step) => {
      if (step.type === 'end' || step.type === 'parallel') return false;
      const outgoing = flows.filter((flow) => flow.from === step.id);
      return outgoing.length === 1 && !outgoing[0]!.rework && outgoing[0]!.to !== step.id;
    });
    if (candidates.length === 0) break;
    const u = candidates[plan.after % candidates.length]!;
    const exit = flows.find((flow) => flow.from === u.id)!;
    const target = steps.find((step) => step.id === exit.to)!;
    const [split, join] = buildBlock(plan, u);
    exit.to = split.id;
    addFlow(join, target);
  }
  return { ...state, steps, flows };
}
