import { LANE_HEIGHT_PX } from '../model/layout';
import type { Effect, Flow, MapState, Step } from '../model/types';
import { FLOW_MEDIA } from '../model/vocabulary';
import { ROLE_SPLIT } from '../analysis/parallelBlocks';
import { parallelStructureOf } from '../model/parallelProblems';
import { cleanProbability, effectiveProbabilities, PROBABILITY_EPSILON } from './flowProbabilities';
import { mergeStepsInto, removeStepReconnecting } from './rewire';

/**
 * Why an effect was not applied. The state is left as it was for that effect; the others
 * still apply. Effects name ids of the current state, so a step the user deleted later (or an
 * earlier effect removed) makes an effect inapplicable: that is reported, never a crash.
 */
export type SkipReason =
  | 'unknown-step'
  | 'unknown-flow'
  | 'unknown-lane'
  /** remove-step or merge-steps on the start step or an end step (they frame the process). */
  | 'terminal-step'
  /** merge-steps naming the same step twice. */
  | 'repeated-step'
  /** remove-flow of a step's only way out: its cases would be stuck there. */
  | 'only-exit'
  /** remove-flow after which cases at its step could never reach an end (a loop without exit). */
  | 'no-way-out'
  /** A number out of range (negative minutes, %C&A outside 0..1) or an unknown medium. */
  | 'invalid-value'
  /**
   * remove-step, merge-steps or remove-flow that would break a parallel block, or set-probability on a split's branch (domain.md
   * section 7): on a split or join itself, or leaving a block badly structured or a split
   * with another number of branches (e.g. removing a branch's first step when it is a decision).
   */
  | 'parallel-block';

export interface SkippedEffect {
  effect: Effect;
  reason: SkipReason;
}

export interface EffectsResult {
  state: MapState;
  skipped: SkippedEffect[];
}

/**
 * Applies improvement effects (domain.md section 5) in order to a state and returns the new
 * state; the input is not modified. An effect that cannot be
 * applied is skipped with a reason and the rest still apply. What each effect does:
 * - `remove-step`: the step goes; every incoming flow is reconnected to every successor with
 *   probability p(in)·p(out), so every other step keeps its expected visits (see
 *   `removeStepReconnecting` for rework flags, duplicates, self-loops and ids). Not for the
 *   start or an end step.
 * - `merge-steps`: the first step absorbs the others ("A + B", process times summed, %C&A
 *   multiplied, wait time and lane of the first), their flows rewired (`mergeStepsInto`).
 * - `move-to-lane`: the step's lane; its y position moves by the distance between the lane
 *   bands (LANE_HEIGHT_PX per lane) so it is drawn where it was, one band further.
 * - `set-process-time`, `set-wait-time` (minutes ≥ 0), `set-complete-accurate` (0..1),
 *   `set-medium`: the field.
 * - `remove-flow`: the flow goes and its step's other flows are rescaled to keep their
 *   relative chances, p' = p / (1 − p(removed)), written explicitly (omitted when one flow
 *   remains; when the removed flow carried every case, the others share equally). Refused
 *   for a step's only way out, and when the step's cases could no longer reach an end.
 * - `set-probability`: the flow's probability; the step's other flows are scaled to keep their
 *   relative chances and the sum, p' = p · (1 − new) / (1 − old), written explicitly (when the
 *   flow carried every case, the others share the rest equally). Refused for a step's only
 *   flow and when the step's cases could then no longer reach an end.
 * - `set-batch-interval`: the step's batchInterval (minutes > 0), or none for null.
 * On a state with parallel steps, remove-step, merge-steps and remove-flow are first tried
 * on a copy: one that touches a split or join, breaks a block or changes a split's number
 * of branches is skipped ('parallel-block'), so a future state keeps well-structured blocks.
 */
export function applyEffects(state: MapState, effects: readonly Effect[]): EffectsResult {
  // A shallow copy of every record: the effects replace nested values (positions, waste lists)
  // instead of changing them, so the input stays as it was. Plain objects, not Immer drafts:
  // on a 10,000-step map a draft's proxies cost far more than copying the records once.
  const copy: MapState = {
    ...state,
    lanes: state.lanes.map((lane) => ({ ...lane })),
    steps: state.steps.map((step) => ({ ...step })),
    flows: state.flows.map((flow) => ({ ...flow })),
  };
  const skipped = applyEffectsInPlace(copy, effects);
  return { state: copy, skipped };
}

/**
 * The same as {@link applyEffects}, but writes into `state` (a private copy or an Immer draft,
 * e.g. the stored future state inside a command) and returns only the skipped effects.
 * Records are changed field by field; nested values (position, wastes) are replaced, never
 * changed in place.
 */
export function applyEffectsInPlace(state: MapState, effects: readonly Effect[]): SkippedEffect[] {
  const skipped: SkippedEffect[] = [];
  for (const effect of effects) {
    const reason = applyEffect(state, effect);
    if (reason !== null) skipped.push({ effect, reason });
  }
  return skipped;
}

const isMinutes = (value: number): boolean => Number.isFinite(value) && value >= 0;
const isFraction = (value: number): boolean => Number.isFinite(value) && value >= 0 && value <= 1;
const isTerminal = (step: Step): boolean => step.type === 'start' || step.type === 'end';

function applyEffect(state: MapState, effect: Effect): SkipReason | null {
  const changesGraph = effect.type === 'remove-step' || effect.type === 'merge-steps' || effect.type === 'remove-flow';
  if (changesGraph && state.steps.some((step) => step.type === 'parallel')) {
    const reason = checkParallelBlocksKept(state, effect);
    if (reason !== null) return reason;
  }
  return applyEffectUnchecked(state, effect);
}

/**
 * Why `effect` may not change a state with parallel steps, or null when it keeps every block
 * (or the blocks were already broken, which the effect cannot make worse in a way that
 * matters: the analysis reports them). Tries the effect on a copy of the records. O(steps + flows).
 */
function checkParallelBlocksKept(state: MapState, effect: Effect): SkipReason | null {
  const named = effect.type === 'remove-step' ? [effect.stepId] : effect.type === 'merge-steps' ? effect.stepIds : [];
  if (named.some((stepId) => state.steps.find((step) => step.id === stepId)?.type === 'parallel')) return 'parallel-block';
  const before = parallelStructureOf(state);
  if (before.structure.problems.length > 0) return null;
  const trial: MapState = { ...state, steps: state.steps.map((step) => ({ ...step })), flows: state.flows.map((flow) => ({ ...flow })) };
  const reason = applyEffectUnchecked(trial, effect);
  if (reason !== null) return reason;
  const after = parallelStructureOf(trial);
  if (after.structure.problems.length > 0) return 'parallel-block';
  // Every split keeps its branches: a decision pulled up into a split would run its choices in parallel.
  const branchCount = (graph: typeof before.graph, s: number): number => (graph.outOffsets[s + 1] as number) - (graph.outOffsets[s] as number);
  for (let s = 0; s < state.steps.length; s++) {
    if (before.structure.role[s] !== ROLE_SPLIT) continue;
    const afterIndex = after.graph.stepIndexById.get((state.steps[s] as Step).id);
    if (afterIndex === undefined || after.structure.role[afterIndex] !== ROLE_SPLIT) return 'parallel-block';
    if (branchCount(after.graph, afterIndex) !== branchCount(before.graph, s)) return 'parallel-block';
  }
  return null;
}

function applyEffectUnchecked(state: MapState, effect: Effect): SkipReason | null {
  switch (effect.type) {
    case 'remove-step': {
      const step = state.steps.find((candidate) => candidate.id === effect.stepId);
      if (!step) return 'unknown-step';
      if (isTerminal(step)) return 'terminal-step';
      removeStepReconnecting(state, step.id);
      return null;
    }
    case 'merge-steps': {
      if (new Set(effect.stepIds).size !== effect.stepIds.length) return 'repeated-step';
      const steps: Step[] = [];
      for (const stepId of effect.stepIds) {
        const step = state.steps.find((candidate) => candidate.id === stepId);
        if (!step) return 'unknown-step';
        steps.push(step);
      }
      if (steps.some(isTerminal)) return 'terminal-step';
      const [first, ...others] = steps;
      if (!first || others.length === 0) return 'unknown-step';
      mergeStepsInto(state, first, others);
      return null;
    }
    case 'move-to-lane': {
      const step = state.steps.find((candidate) => candidate.id === effect.stepId);
      if (!step) return 'unknown-step';
      const toIndex = state.lanes.findIndex((lane) => lane.id === effect.laneId);
      if (toIndex < 0) return 'unknown-lane';
      const fromIndex = state.lanes.findIndex((lane) => lane.id === step.laneId);
      if (step.laneId === effect.laneId) return null;
      step.laneId = effect.laneId;
      if (fromIndex >= 0) step.position = { ...step.position, y: step.position.y + (toIndex - fromIndex) * LANE_HEIGHT_PX };
      return null;
    }
    case 'set-process-time':
    case 'set-wait-time': {
      const step = state.steps.find((candidate) => candidate.id === effect.stepId);
      if (!step) return 'unknown-step';
      if (!isMinutes(effect.minutes)) return 'invalid-value';
      if (effect.type === 'set-process-time') step.processTime = effect.minutes;
      else step.waitTime = effect.minutes;
      return null;
    }
    case 'set-complete-accurate': {
      const step = state.steps.find((candidate) => candidate.id === effect.stepId);
      if (!step) return 'unknown-step';
      if (!isFraction(effect.value)) return 'invalid-value';
      step.completeAccurate = effect.value;
      return null;
    }
    case 'set-medium': {
      const flow = state.flows.find((candidate) => candidate.id === effect.flowId);
      if (!flow) return 'unknown-flow';
      if (!(FLOW_MEDIA as readonly string[]).includes(effect.medium)) return 'invalid-value';
      flow.medium = effect.medium;
      return null;
    }
    case 'remove-flow':
      return removeFlow(state, effect.flowId);
    case 'set-probability':
      return setProbability(state, effect.flowId, effect.probability);
    case 'set-batch-interval': {
      const step = state.steps.find((candidate) => candidate.id === effect.stepId);
      if (!step) return 'unknown-step';
      if (effect.minutes === null) {
        delete step.batchInterval;
        return null;
      }
      if (!(Number.isFinite(effect.minutes) && effect.minutes > 0)) return 'invalid-value';
      step.batchInterval = effect.minutes;
      return null;
    }
  }
}

function setProbability(state: MapState, flowId: string, probability: number): SkipReason | null {
  const flow = state.flows.find((candidate) => candidate.id === flowId);
  if (!flow) return 'unknown-flow';
  if (!isFraction(probability)) return 'invalid-value';
  // Every branch of a parallel split runs: a chance on one of them means nothing.
  if (state.steps.find((step) => step.id === flow.from)?.type === 'parallel') return 'parallel-block';
  const siblings = state.flows.filter((candidate) => candidate.from === flow.from);
  if (siblings.length === 1) return probability >= 1 - PROBABILITY_EPSILON ? null : 'only-exit';
  const probabilities = effectiveProbabilities(siblings);
  const old = probabilities[siblings.indexOf(flow)] ?? 0;
  const others = siblings.filter((candidate) => candidate !== flow);
  const newShares = new Map<Flow, number>([[flow, probability]]);
  for (const sibling of others) {
    const share = probabilities[siblings.indexOf(sibling)] ?? 0;
    newShares.set(sibling, old < 1 - PROBABILITY_EPSILON ? (share * (1 - probability)) / (1 - old) : (1 - probability) / others.length);
  }
  // Flows left with no chance do not count as a way out.
  const closed = new Set(siblings.filter((sibling) => (newShares.get(sibling) ?? 0) <= PROBABILITY_EPSILON));
  if (!canReachEnd(state, flow.from, closed)) return 'no-way-out';
  for (const [sibling, share] of newShares) sibling.probability = cleanProbability(share);
  return null;
}

function removeFlow(state: MapState, flowId: string): SkipReason | null {
  const flow = state.flows.find((candidate) => candidate.id === flowId);
  if (!flow) return 'unknown-flow';
  const siblings = state.flows.filter((candidate) => candidate.from === flow.from);
  const remaining = siblings.filter((candidate) => candidate !== flow);
  const fromStep = state.steps.find((step) => step.id === flow.from);
  if (remaining.length === 0 && fromStep?.type !== 'end') return 'only-exit';
  if (!canReachEnd(state, flow.from, new Set([flow]))) return 'no-way-out';
  const probabilities = effectiveProbabilities(siblings);
  const removedProbability = probabilities[siblings.indexOf(flow)] ?? 0;
  const scale = removedProbability < 1 - PROBABILITY_EPSILON ? 1 / (1 - removedProbability) : 0;
  remaining.forEach((sibling) => {
    const probability = (probabilities[siblings.indexOf(sibling)] ?? 0) * scale;
    if (remaining.length === 1 || scale === 0) delete sibling.probability;
    else sibling.probability = cleanProbability(probability);
  });
  state.flows = state.flows.filter((candidate) => candidate !== flow);
  return null;
}

/**
 * Whether a case at `fromId` can still finish (reach an end step, or a step without flows,
 * which the analysis treats as an end) when the `closed` flows of that step are gone. Every
 * path through a closed flow passes `fromId`, so checking that one step is enough. O(steps + flows).
 */
function canReachEnd(state: MapState, fromId: string, closed: ReadonlySet<Flow>): boolean {
  const outgoing = new Map<string, string[]>();
  for (const flow of state.flows) {
    if (closed.has(flow)) continue;
    const list = outgoing.get(flow.from);
    if (list) list.push(flow.to);
    else outgoing.set(flow.from, [flow.to]);
  }
  const typeOf = new Map(state.steps.map((step) => [step.id, step.type]));
  const seen = new Set([fromId]);
  const queue = [fromId];
  for (let stepId = queue.pop(); stepId !== undefined; stepId = queue.pop()) {
    const next = outgoing.get(stepId) ?? [];
    if (typeOf.get(stepId) === 'end' || next.length === 0) return true;
    for (const to of next) {
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return false;
}

/** The steps, flows and lanes an effect names: where a kaizen burst for its action belongs. */
export function effectTargets(effect: Effect): { stepIds: string[]; flowIds: string[]; laneIds: string[] } {
  switch (effect.type) {
    case 'merge-steps':
      return { stepIds: [...effect.stepIds], flowIds: [], laneIds: [] };
    case 'move-to-lane':
      return { stepIds: [effect.stepId], flowIds: [], laneIds: [effect.laneId] };
    case 'set-medium':
    case 'remove-flow':
    case 'set-probability':
      return { stepIds: [], flowIds: [effect.flowId], laneIds: [] };
    default:
      return { stepIds: [effect.stepId], flowIds: [], laneIds: [] };
  }
}

/**
 * Every step, flow and lane an action's effects name, each once, in effect order: where its
 * kaizen burst belongs on the canvas (ids may no longer exist; the caller skips those).
 */
export function actionTargets(action: { effects: readonly Effect[] }): { stepIds: string[]; flowIds: string[]; laneIds: string[] } {
  const stepIds = new Set<string>();
  const flowIds = new Set<string>();
  const laneIds = new Set<string>();
  for (const effect of action.effects) {
    const targets = effectTargets(effect);
    targets.stepIds.forEach((id) => stepIds.add(id));
    targets.flowIds.forEach((id) => flowIds.add(id));
    targets.laneIds.forEach((id) => laneIds.add(id));
  }
  return { stepIds: [...stepIds], flowIds: [...flowIds], laneIds: [...laneIds] };
}
