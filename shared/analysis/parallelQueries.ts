import type { TFunction } from 'i18next';
import { getTranslator } from '../i18n/translator';
import { describeBlockProblem, parallelStructureOf } from '../model/parallelProblems';
import type { MapProblem } from '../model/problems';
import type { MapState, Step } from '../model/types';
import type { Language } from '../model/vocabulary';
import { ROLE_SPLIT } from './parallelBlocks';

/**
 * Questions the editor asks about parallel blocks (domain.md section 7), by step and flow
 * id: which block and branch a step is in, what a block holds, and whether an edit would
 * break a block. Built from the document alone (no analysis needed), in O(steps + flows ·
 * nesting depth).
 */

/** One branch of a block: the split's flow that starts it and every step inside it (nested blocks included), in document order. */
export interface ParallelBranchInfo {
  firstFlowId: string;
  stepIds: string[];
}

export interface ParallelBlockInfo {
  splitId: string;
  joinId: string;
  /** In the order of the split's flows. */
  branches: ParallelBranchInfo[];
  /** The split of the block this block lies in, or null for an outermost block. */
  parentSplitId: string | null;
  /** 1 for an outermost block, 2 for a block inside one of its branches, … */
  depth: number;
}

/** Where a step lies: a branch of a block (σ and ω themselves lie around their own block). */
export interface BranchPlacement {
  splitId: string;
  joinId: string;
  /** Position of the branch among the split's flows. */
  branchIndex: number;
  firstFlowId: string;
}

export interface ParallelBlocksView {
  /** Whether every block the start reaches is well structured (see `problems`). */
  valid: boolean;
  /** The blocks the start reaches, outer blocks before the blocks in their branches. Empty when not valid. */
  blocks: ParallelBlockInfo[];
  /** The innermost branch the step lies in, or null outside every block (or when not valid). */
  branchOf(stepId: string): BranchPlacement | null;
  /** Every branch around the step, innermost first. */
  enclosingBranches(stepId: string): BranchPlacement[];
  /** The block whose split or join this step is, or null. */
  blockOfGateway(stepId: string): ParallelBlockInfo | null;
  /** The badly structured blocks, worded like the file refusals (names the split and the flow). */
  problems(language: Language): MapProblem[];
}

/** The blocks of a state and the questions about them (see the module comment). */
export function describeParallelBlocks(state: MapState): ParallelBlocksView {
  const { graph, structure } = parallelStructureOf(state);
  const valid = structure.problems.length === 0;
  const { steps, flows } = state;
  const idOf = (index: number): string => (steps[index] as Step).id;
  const placementOf = (context: number): BranchPlacement => {
    const split = structure.contextSplit[context] as number;
    return {
      splitId: idOf(split),
      joinId: idOf(structure.partnerOf[split] as number),
      branchIndex: structure.contextBranch[context] as number,
      firstFlowId: (flows[structure.contextFirstFlow[context] as number] as { id: string }).id,
    };
  };

  const blocks: ParallelBlockInfo[] = [];
  const blockBySplit = new Map<number, ParallelBlockInfo>();
  if (valid) {
    for (const split of structure.splitsInOrder) {
      const around = structure.contextOf[split] as number;
      const parentSplit = around > 0 ? (structure.contextSplit[around] as number) : -1;
      const first = structure.firstContextOf[split] as number;
      const branchCount = (graph.outOffsets[split + 1] as number) - (graph.outOffsets[split] as number);
      const block: ParallelBlockInfo = {
        splitId: idOf(split),
        joinId: idOf(structure.partnerOf[split] as number),
        branches: Array.from({ length: branchCount }, (_, branch) => ({
          firstFlowId: (flows[structure.contextFirstFlow[first + branch] as number] as { id: string }).id,
          stepIds: [],
        })),
        parentSplitId: parentSplit >= 0 ? idOf(parentSplit) : null,
        depth: parentSplit >= 0 ? (blockBySplit.get(parentSplit)?.depth ?? 0) + 1 : 1,
      };
      blocks.push(block);
      blockBySplit.set(split, block);
    }
    for (let s = 0; s < steps.length; s++) {
      for (let context = structure.contextOf[s] as number; context > 0; context = structure.contextOf[structure.contextSplit[context] as number] as number) {
        const block = blockBySplit.get(structure.contextSplit[context] as number);
        block?.branches[structure.contextBranch[context] as number]?.stepIds.push(idOf(s));
      }
    }
  }

  const indexOf = (stepId: string): number => graph.stepIndexById.get(stepId) ?? -1;
  const enclosingBranches = (stepId: string): BranchPlacement[] => {
    const placements: BranchPlacement[] = [];
    const s = indexOf(stepId);
    if (!valid || s < 0) return placements;
    for (let context = structure.contextOf[s] as number; context > 0; context = structure.contextOf[structure.contextSplit[context] as number] as number) {
      placements.push(placementOf(context));
    }
    return placements;
  };
  return {
    valid,
    blocks,
    branchOf: (stepId) => enclosingBranches(stepId)[0] ?? null,
    enclosingBranches,
    blockOfGateway: (stepId) => {
      const s = indexOf(stepId);
      if (!valid || s < 0) return null;
      const split = structure.role[s] === ROLE_SPLIT ? s : (structure.partnerOf[s] as number);
      return split >= 0 ? (blockBySplit.get(split) ?? null) : null;
    },
    problems: (language) => {
      const t: TFunction = getTranslator(language);
      return structure.problems.map((problem) => describeBlockProblem(problem, state, graph, [], state, t));
    },
  };
}

/**
 * Whether changing `before` into `after` breaks a parallel block: the first problem of
 * `after` (in `language`) when `before` had well-structured blocks and `after` does not;
 * null otherwise (an edit of a state that is already broken is never blocked, so it can be
 * repaired step by step). O(steps + flows) for states with parallel steps, O(steps) without.
 */
export function findNewBlockProblem(before: MapState, after: MapState, language: Language): MapProblem | null {
  return breaksParallelBlocks(before, after) ? (describeParallelBlocks(after).problems(language)[0] ?? null) : null;
}

/** `findNewBlockProblem` without the message: whether `after` breaks blocks that were well structured in `before`. */
export function breaksParallelBlocks(before: Pick<MapState, 'steps' | 'flows'>, after: Pick<MapState, 'steps' | 'flows'>): boolean {
  if (!after.steps.some((step) => step.type === 'parallel')) return false;
  if (parallelStructureOf(after).structure.problems.length === 0) return false;
  return !(before.steps.some((step) => step.type === 'parallel') && parallelStructureOf(before).structure.problems.length > 0);
}
