import type { Flow, MapState, Step } from '../model/types';
import type { Language } from '../model/vocabulary';
import { formatPercent } from '../i18n/format';
import { getTranslator } from '../i18n/translator';
import { describeBlockProblem } from '../model/parallelProblems';
import type { StepGraph } from './graph';
import { ROLE_NONE, type ParallelStructure } from './parallelBlocks';
import type { ProbabilityAdjustment } from './probabilities';
import type { Diagnostic } from './types';

/** A loop of 10,000 steps must not produce a 10,000-name message. */
const MAXIMUM_NAMED_STEPS = 8;

export interface DiagnosticsInput {
  steps: readonly Step[];
  flows: readonly Flow[];
  graph: StepGraph;
  language: Language;
  startIndices: readonly number[];
  endCount: number;
  /** Steps reachable from the start over any flow (as drawn); null without a unique start. */
  reachable: Uint8Array | null;
  adjustments: readonly ProbabilityAdjustment[];
  loopsWithoutExit: readonly (readonly number[])[];
  unsolvableLoops: readonly (readonly number[])[];
  /** The analysed state (names in the block problems' messages). */
  state: MapState;
  structure: ParallelStructure;
}

/**
 * The diagnostics of one analysis in the map's language, errors first:
 * 'no-start' (error: no or several start steps), 'parallel-block' (error: a badly
 * structured parallel block, worded like the file refusal that names the split and the flow),
 * 'loop-without-exit' (error, also for a loop too rarely left to solve), 'no-end' (warning:
 * dead ends act as ends), 'probabilities-scaled', 'parallel-probabilities-ignored',
 * 'parallel-pass-through' (a parallel step that neither splits nor joins), 'rework-into-end'
 * (a flow into an end step marked rework: it counts as a defect on every case it ends), 'dead-end' (a
 * reachable non-end step without outgoing flow) and 'unreachable', one per step, in document order. Steps are named by label
 * (by id when the label is empty).
 */
export function buildDiagnostics(input: DiagnosticsInput): Diagnostic[] {
  const { steps, flows, graph, language } = input;
  const t = getTranslator(language);
  const nameOf = (stepIndex: number): string => {
    const step = steps[stepIndex] as Step;
    return step.label.trim() === '' ? step.id : step.label;
  };
  const listNames = (stepIndices: readonly number[]): string => {
    const named = stepIndices.slice(0, MAXIMUM_NAMED_STEPS).map((index) => `"${nameOf(index)}"`).join(', ');
    const remaining = stepIndices.length - MAXIMUM_NAMED_STEPS;
    return remaining > 0 ? t('diagnostics:moreSteps', { steps: named, count: remaining }) : named;
  };
  const idsOf = (stepIndices: readonly number[]): string[] => stepIndices.map((index) => (steps[index] as Step).id);
  const outgoingFlowIds = (stepIndex: number): string[] => {
    const ids: string[] = [];
    for (let e = graph.outOffsets[stepIndex] as number; e < (graph.outOffsets[stepIndex + 1] as number); e++) {
      ids.push((flows[graph.outFlows[e] as number] as Flow).id);
    }
    return ids;
  };
  /** Flows between two steps of the loop: what the user has to change. */
  const flowIdsWithin = (stepIndices: readonly number[]): string[] => {
    const inLoop = new Set(stepIndices);
    const ids: string[] = [];
    for (const index of [...stepIndices].sort((a, b) => a - b)) {
      for (let e = graph.outOffsets[index] as number; e < (graph.outOffsets[index + 1] as number); e++) {
        const flow = graph.outFlows[e] as number;
        if (inLoop.has(graph.flowTo[flow] as number)) ids.push((flows[flow] as Flow).id);
      }
    }
    return ids;
  };

  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  if (input.startIndices.length === 0) {
    errors.push({ level: 'error', code: 'no-start', message: t('diagnostics:noStart'), stepIds: [], flowIds: [] });
  } else if (input.startIndices.length > 1) {
    errors.push({
      level: 'error',
      code: 'no-start',
      message: t('diagnostics:multipleStarts', { count: input.startIndices.length, steps: listNames(input.startIndices) }),
      stepIds: idsOf(input.startIndices),
      flowIds: [],
    });
  }
  for (const problem of input.structure.problems) {
    const described = describeBlockProblem(problem, input.state, graph, [], input.state, t);
    const stepIds = [problem.splitIndex, problem.joinIndex, problem.otherSplitIndex, problem.stepIndex]
      .filter((index, position, all) => index >= 0 && all.indexOf(index) === position)
      .map((index) => (steps[index] as Step).id);
    errors.push({
      level: 'error',
      code: 'parallel-block',
      message: described.message,
      stepIds,
      flowIds: problem.flowIndex >= 0 ? [(flows[problem.flowIndex] as Flow).id] : [],
    });
  }
  const reportLoop = (loop: readonly number[], key: string): void => {
    const inDocumentOrder = [...loop].sort((a, b) => a - b);
    errors.push({
      level: 'error',
      code: 'loop-without-exit',
      message: t(key, { steps: listNames(inDocumentOrder) }),
      stepIds: idsOf(inDocumentOrder),
      flowIds: flowIdsWithin(inDocumentOrder),
    });
  };
  // Indexed loops rather than map and spread: most analyses have no loop to report.
  for (let i = 0; i < input.loopsWithoutExit.length; i++) reportLoop(input.loopsWithoutExit[i] as number[], 'diagnostics:loopWithoutExit');
  for (let i = 0; i < input.unsolvableLoops.length; i++) reportLoop(input.unsolvableLoops[i] as number[], 'diagnostics:loopUnsolvable');
  if (input.endCount === 0) {
    warnings.push({ level: 'warning', code: 'no-end', message: t('diagnostics:noEnd'), stepIds: [], flowIds: [] });
  }
  for (const adjustment of input.adjustments) {
    if (adjustment.kind === 'parallel-ignored') {
      warnings.push({
        level: 'warning',
        code: 'parallel-probabilities-ignored',
        message: t('diagnostics:parallelProbabilitiesIgnored', { step: nameOf(adjustment.stepIndex), sum: formatPercent(adjustment.givenSum, language, 1) }),
        stepIds: [(steps[adjustment.stepIndex] as Step).id],
        flowIds: outgoingFlowIds(adjustment.stepIndex),
      });
      continue;
    }
    const key =
      adjustment.kind === 'all-zero' ? 'diagnostics:probabilitiesAllZero'
      : adjustment.kind === 'scaled-down' ? 'diagnostics:probabilitiesScaledDown'
      : 'diagnostics:probabilitiesScaledUp';
    warnings.push({
      level: 'warning',
      code: 'probabilities-scaled',
      message: t(key, { step: nameOf(adjustment.stepIndex), sum: formatPercent(adjustment.givenSum, language, 1) }),
      stepIds: [(steps[adjustment.stepIndex] as Step).id],
      flowIds: outgoingFlowIds(adjustment.stepIndex),
    });
  }
  if (input.structure.hasParallelSteps) {
    for (let s = 0; s < steps.length; s++) {
      const step = steps[s] as Step;
      if (step.type !== 'parallel' || input.structure.role[s] !== ROLE_NONE) continue;
      warnings.push({ level: 'warning', code: 'parallel-pass-through', message: t('diagnostics:parallelPassThrough', { step: nameOf(s) }), stepIds: [step.id], flowIds: [] });
    }
  }
  // A ticked box, not a structure: the formulas take it as it is (rework adds 0 to the first-pass
  // yield), so the user must hear why "right first time" drops on a case that simply ends.
  for (let f = 0; f < flows.length; f++) {
    const flow = flows[f] as Flow;
    const to = graph.flowTo[f] as number;
    if (!flow.rework || to < 0 || (steps[to] as Step).type !== 'end') continue;
    warnings.push({
      level: 'warning',
      code: 'rework-into-end',
      message: t('diagnostics:reworkIntoEnd', { from: nameOf(graph.flowFrom[f] as number), to: nameOf(to) }),
      stepIds: [(steps[to] as Step).id],
      flowIds: [flow.id],
    });
  }
  const { reachable } = input;
  if (reachable) {
    for (let s = 0; s < steps.length; s++) {
      const step = steps[s] as Step;
      const isDeadEnd = step.type !== 'end' && graph.outOffsets[s] === graph.outOffsets[s + 1];
      if (reachable[s] === 1 && isDeadEnd) {
        warnings.push({ level: 'warning', code: 'dead-end', message: t('diagnostics:deadEnd', { step: nameOf(s) }), stepIds: [step.id], flowIds: [] });
      }
    }
    for (let s = 0; s < steps.length; s++) {
      if (reachable[s] === 1) continue;
      const step = steps[s] as Step;
      warnings.push({ level: 'warning', code: 'unreachable', message: t('diagnostics:unreachable', { step: nameOf(s) }), stepIds: [step.id], flowIds: [] });
    }
  }
  return [...errors, ...warnings];
}
