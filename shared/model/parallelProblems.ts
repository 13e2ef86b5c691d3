import type { TFunction } from 'i18next';
import { buildStepGraph, type StepGraph } from '../analysis/graph';
import { analyseParallelStructure, forwardInDegree, type BlockProblem, type BlockProblemCode, type ParallelStructure } from '../analysis/parallelBlocks';
import { createProblem, type MapProblem, type MapProblemCode, type ProblemPath } from './problems';
import type { MapState, Step } from './types';

/** The text key (problems:body.…) of each kind of badly structured block. */
const BODY_KEYS: Readonly<Record<BlockProblemCode, string>> = {
  'split-and-join': 'parallelSplitAndJoin',
  'split-without-join': 'parallelSplitWithoutJoin',
  'branch-without-join': 'parallelBranchWithoutJoin',
  'branch-ends': 'parallelBranchEnds',
  'flow-leaves-branch': 'parallelFlowLeavesBranch',
  'flow-enters-branch': 'parallelFlowEntersBranch',
  'join-without-split': 'parallelJoinWithoutSplit',
  'join-shared': 'parallelJoinShared',
  'rework-in-block': 'parallelReworkInBlock',
};

/** `"Label" (id)`, or the id alone for a step without a label. */
function stepReference(step: Step | undefined): string {
  if (!step) return '?';
  const label = step.label.trim();
  return label === '' ? step.id : `"${label}" (${step.id})`;
}

/**
 * One badly structured parallel block as a file problem (domain.md section 7), in the
 * style of the other refusals: "Flow f7 (from "A" to "B"): it leaves a branch of the
 * parallel split "Start" (s3) without going through its join. …". The subject is the flow
 * that breaks the block, or the step when a step does; the body names the split (and the
 * join). `prefix` is [] for the current state and ['future'] for the future one; `document`
 * is what the path points into.
 */
export function describeBlockProblem(
  problem: BlockProblem,
  state: MapState,
  graph: StepGraph,
  prefix: ProblemPath,
  document: unknown,
  t: TFunction,
): MapProblem {
  const step = (index: number): string => stepReference(index >= 0 ? state.steps[index] : undefined);
  const code = `parallel-${problem.code}` as MapProblemCode;
  const values = {
    split: step(problem.splitIndex),
    join: step(problem.joinIndex),
    other: step(problem.otherSplitIndex),
    step: step(problem.stepIndex),
  };
  if (problem.flowIndex >= 0) {
    // A flow out of a branch into a step that another branch of the same split also reaches.
    const key = problem.code === 'flow-leaves-branch' && problem.stepIndex >= 0 ? 'parallelBranchesMeetAtStep' : BODY_KEYS[problem.code];
    return createProblem(code, [...prefix, 'flows', problem.flowIndex], t(`problems:body.${key}`, values), document, t);
  }
  const s = problem.stepIndex;
  if (problem.code === 'split-and-join') {
    const counts = {
      incoming: String(forwardInDegree(graph, state.flows, s)),
      outgoing: String((graph.outOffsets[s + 1] as number) - (graph.outOffsets[s] as number)),
    };
    return createProblem(code, [...prefix, 'steps', s, 'type'], t('problems:body.parallelSplitAndJoin', counts), document, t);
  }
  const key = problem.code === 'branch-without-join' ? 'parallelBranchDeadEnd' : BODY_KEYS[problem.code];
  return createProblem(code, [...prefix, 'steps', s], t(`problems:body.${key}`, values), document, t);
}

/** The block structure of a state: its graph and blocks, from the start step (exactly one, else none reached). */
export function parallelStructureOf(state: Pick<MapState, 'steps' | 'flows'>): { graph: StepGraph; structure: ParallelStructure } {
  const graph = buildStepGraph(state.steps, state.flows);
  let startIndex = -1;
  for (let s = 0; s < state.steps.length; s++) {
    if ((state.steps[s] as Step).type !== 'start') continue;
    // Several starts: the map is refused for that already; check blocks from none.
    startIndex = startIndex === -1 ? s : -2;
  }
  return { graph, structure: analyseParallelStructure(state.steps, state.flows, graph, Math.max(-1, startIndex)) };
}

/**
 * The badly structured parallel blocks of a state as file problems (see
 * `describeBlockProblem`); empty when every block is well structured or the state has no
 * parallel steps (then in O(steps)).
 */
export function findParallelBlockProblems(state: MapState, prefix: ProblemPath, document: unknown, t: TFunction): MapProblem[] {
  if (!state.steps.some((step) => step.type === 'parallel')) return [];
  const { graph, structure } = parallelStructureOf(state);
  return structure.problems.map((problem) => describeBlockProblem(problem, state, graph, prefix, document, t));
}
