import type { TFunction } from 'i18next';
import { formatNumber, formatPercent } from '../i18n/format';
import { getTranslator } from '../i18n/translator';
import type { MapProblem, MapProblemCode, ProblemPath } from './problems';
import { findParallelBlockProblems } from './parallelProblems';
import { capProblems, createProblem, MAX_REPORTED_PROBLEMS } from './problems';
import type { MapState, ProcessMap } from './types';
import type { Language } from './vocabulary';

/** Given outgoing probabilities may exceed 1 by this much (rounding in hand-edited files). */
export const PROBABILITY_SUM_TOLERANCE = 0.001;

/**
 * Collects problems but only builds the first messages: a huge broken file must not cost
 * seconds of translating lines nobody reads.
 */
class ProblemCollector {
  readonly problems: MapProblem[] = [];
  totalCount = 0;

  readonly t: TFunction;

  constructor(
    readonly map: ProcessMap,
    readonly language: Language,
  ) {
    this.t = getTranslator(language);
  }

  add(code: MapProblemCode, path: ProblemPath, bodyKey: string, values: Record<string, unknown> = {}): void {
    this.totalCount += 1;
    if (this.problems.length >= MAX_REPORTED_PROBLEMS) return;
    this.problems.push(createProblem(code, path, this.t(`problems:body.${bodyKey}`, values), this.map, this.t));
  }

  addProblem(problem: MapProblem): void {
    this.totalCount += 1;
    if (this.problems.length < MAX_REPORTED_PROBLEMS) this.problems.push(problem);
  }
}

/** The label, name or title of a step, lane, flow or action, trimmed; '' when it has none. */
function nameOf(item: object): string {
  for (const key of ['label', 'name', 'title']) {
    const value: unknown = (item as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return '';
}

function checkUniqueIds(items: ReadonlyArray<{ id: string }>, path: ProblemPath, kind: string, out: ProblemCollector): void {
  const firstIndex = new Map<string, number>();
  const describeOther = (index: number): string => {
    const numbered = out.t('problems:subject.numbered', { number: index + 1 });
    const name = items[index] === undefined ? '' : nameOf(items[index]);
    return name === '' ? numbered : `${numbered}, "${name}"`;
  };
  items.forEach((item, index) => {
    const first = firstIndex.get(item.id);
    if (first === undefined) {
      firstIndex.set(item.id, index);
      return;
    }
    out.add('duplicate-id', [...path, index, 'id'], 'duplicateId', {
      id: item.id,
      kind: out.t(`problems:kind.${kind}`),
      other: describeOther(first),
    });
  });
}

function describeLaneList(state: MapState): string {
  const shown = state.lanes.slice(0, 8).map((lane) => (lane.name.trim() !== '' ? `"${lane.name.trim()}" (${lane.id})` : lane.id));
  return state.lanes.length > 8 ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** The rules of domain.md 1.1 for one state (the current one, or the future one). */
function checkState(state: MapState, prefix: ProblemPath, out: ProblemCollector): void {
  checkUniqueIds(state.lanes, [...prefix, 'lanes'], 'lane', out);
  checkUniqueIds(state.steps, [...prefix, 'steps'], 'step', out);
  checkUniqueIds(state.flows, [...prefix, 'flows'], 'flow', out);
  checkUniqueIds(state.annotations, [...prefix, 'annotations'], 'annotation', out);

  const laneIds = new Set(state.lanes.map((lane) => lane.id));
  const stepIndexById = new Map<string, number>();
  state.steps.forEach((step, index) => {
    if (!stepIndexById.has(step.id)) stepIndexById.set(step.id, index);
    if (!laneIds.has(step.laneId)) {
      out.add('unknown-lane', [...prefix, 'steps', index, 'laneId'], 'unknownLane', { laneId: step.laneId, lanes: describeLaneList(state) });
    }
  });
  state.flows.forEach((flow, index) => {
    if (!stepIndexById.has(flow.from)) out.add('unknown-step', [...prefix, 'flows', index, 'from'], 'unknownFromStep', { stepId: flow.from });
    if (!stepIndexById.has(flow.to)) out.add('unknown-step', [...prefix, 'flows', index, 'to'], 'unknownToStep', { stepId: flow.to });
  });

  const starts = state.steps.flatMap((step, index) => (step.type === 'start' ? [index] : []));
  const firstStart = starts[0] === undefined ? undefined : state.steps[starts[0]];
  if (firstStart === undefined) out.add('no-start', [...prefix, 'steps'], 'noStart');
  else {
    const first = firstStart.label.trim() !== '' ? `"${firstStart.label.trim()}" (${firstStart.id})` : firstStart.id;
    for (const index of starts.slice(1)) out.add('several-starts', [...prefix, 'steps', index, 'type'], 'severalStarts', { first });
  }
  if (!state.steps.some((step) => step.type === 'end')) out.add('no-end', [...prefix, 'steps'], 'noEnd');

  const givenSumByStep = new Map<string, number>();
  for (const flow of state.flows) {
    const fromIndex = stepIndexById.get(flow.from);
    if (fromIndex === undefined) continue;
    if (state.steps[fromIndex]?.type === 'end') {
      const target = stepIndexById.get(flow.to);
      const targetLabel = target === undefined ? '' : (state.steps[target]?.label.trim() ?? '');
      out.add('end-has-outgoing-flow', [...prefix, 'steps', fromIndex, 'type'], 'endHasOutgoingFlow', {
        flowId: flow.id,
        to: targetLabel !== '' ? targetLabel : flow.to,
      });
    }
    if (flow.probability !== undefined) givenSumByStep.set(flow.from, (givenSumByStep.get(flow.from) ?? 0) + flow.probability);
  }
  for (const [stepId, sum] of givenSumByStep) {
    if (sum <= 1 + PROBABILITY_SUM_TOLERANCE) continue;
    out.add('probabilities-above-one', [...prefix, 'steps', stepIndexById.get(stepId) ?? 0], 'probabilitiesAboveOne', {
      sum: formatNumber(sum, out.language, 3),
      percent: formatPercent(sum, out.language, 1),
    });
  }
  for (const problem of findParallelBlockProblems(state, prefix, out.map, out.t)) out.addProblem(problem);
}

/**
 * The rules of domain.md 1.1 that the zod schema cannot express, for a map that already
 * matches the schema: ids unique per kind (lanes, steps, flows, annotations, actions), every
 * step in an existing lane, every flow between existing steps, exactly one start, at least
 * one end, no flow out of an end, per step the given outgoing probabilities summing to at
 * most 1 + 0.001, parallel blocks well structured (domain.md section 7, named by the split and
 * the flow that breaks the block); the same for `future` when present. Empty when the map is valid.
 * Unfinished maps (dead ends, unreachable steps) pass: those are analysis warnings.
 * Action effects naming a step, flow or lane that no longer exists pass as well: deleting a
 * step must never make a saved file unopenable, so such an effect is skipped (and reported)
 * when the future state is computed (shared/improve/futureState.ts).
 * At most 50 problems plus a "more problems" line.
 */
export function validateMap(map: ProcessMap, options: { language?: Language } = {}): MapProblem[] {
  const out = new ProblemCollector(map, options.language ?? 'en');
  checkState(map, [], out);
  checkUniqueIds(map.actions, ['actions'], 'action', out);
  if (map.future !== null) checkState(map.future, ['future'], out);
  return capProblems(out.problems, out.totalCount, out.t);
}
