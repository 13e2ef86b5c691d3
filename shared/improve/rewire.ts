import type { Flow, MapState, Step } from '../model/types';
import { idsOfState } from '../model/ids';
import { cleanProbability, effectiveProbabilities, PROBABILITY_EPSILON } from './flowProbabilities';

/**
 * Graph surgery behind the `remove-step` and `merge-steps` effects. Functions here mutate the
 * state they get (a plain copy or an Immer draft) and assume their input was checked.
 */

/** One outgoing flow of a source step after the rewiring, with its effective probability. */
interface OutgoingEntry {
  flow: Flow;
  probability: number;
  /** Made by the rewiring (a bypass of the removed step), not an existing flow of the source. */
  isNew: boolean;
}

/** `base`, or `base-2`, `base-3`… when taken; the result is marked as taken. */
function claimId(base: string, taken: Set<string>): string {
  let id = base;
  for (let counter = 2; taken.has(id); counter += 1) id = `${base}-${counter}`;
  taken.add(id);
  return id;
}

/**
 * Removes `stepId` and reconnects every incoming flow u→s to every successor w of s as a flow
 * u→w with the effective probability p(u→s)·p(s→w) (domain.md 2.2 and section 5), so every
 * other step keeps its expected visits exactly (this is state elimination of a Markov chain):
 * - a self-loop s→s is dropped and the other exits of s are scaled by 1/(1 − p(s→s));
 * - the new flow is rework when either flow was; it takes the incoming flow's medium (how the
 *   sender passes the work on) and the outgoing flow's label when it has one (a removed
 *   decision's "yes"/"no"), else the incoming one's;
 * - a new flow u→w that duplicates an existing (or another new) flow u→w with the same rework
 *   flag is merged into it, adding the probabilities; with different flags both stay, so the
 *   rolled %C&A keeps counting rework and first-pass work apart;
 * - a new flow u→u (work that went from u to s and straight back) stays as a self-loop,
 *   which keeps v(u) exact; only when it would be u's certain and only way (probability 1:
 *   a case could never leave u) it is dropped. That can only happen when the case could never
 *   leave the loop u ⇄ s before either;
 * - ids: when s has one exit, each incoming flow keeps its id (now pointing past s); else when
 *   s has one incoming flow, each exit keeps its id (now starting at u); else a new flow is
 *   named `<incoming id>-<outgoing id>` (made unique), so the same effects give the same ids;
 * - every source u whose flows changed gets explicit probabilities on all its flows (omitted
 *   when it is left with one flow), so flows without a given probability keep their share;
 * - flows into s from a step without exits of s just disappear (s was a dead end);
 * - a parallel split u takes every flow: its flows count with probability 1, keep no written
 *   probability, and a new flow u→w stays apart from an existing u→w (two branches).
 *   Whether the result still has well-structured blocks is checked by the effect (effects.ts).
 * O(flows) per removal.
 */
export function removeStepReconnecting(state: MapState, stepId: string): void {
  const outgoingOf = new Map<string, Flow[]>();
  for (const flow of state.flows) {
    const list = outgoingOf.get(flow.from);
    if (list) list.push(flow);
    else outgoingOf.set(flow.from, [flow]);
  }

  const ownFlows = outgoingOf.get(stepId) ?? [];
  const ownProbabilities = effectiveProbabilities(ownFlows);
  let selfProbability = 0;
  ownFlows.forEach((flow, index) => {
    if (flow.to === stepId) selfProbability += ownProbabilities[index] ?? 0;
  });
  const leaveScale = selfProbability < 1 - PROBABILITY_EPSILON ? 1 / (1 - selfProbability) : 0;
  const exits = ownFlows
    .map((flow, index) => ({ flow, probability: (ownProbabilities[index] ?? 0) * leaveScale }))
    .filter((exit) => exit.flow.to !== stepId && exit.probability > PROBABILITY_EPSILON);

  const incoming = state.flows.filter((flow) => flow.to === stepId && flow.from !== stepId);
  // A parallel split takes every flow (domain.md section 7): each is taken with probability 1,
  // two flows to the same step are two branches (never merged) and no probability is written.
  const typeOf = new Map(state.steps.map((step) => [step.id, step.type]));
  const isSplit = (source: string): boolean => typeOf.get(source) === 'parallel' && (outgoingOf.get(source)?.length ?? 0) >= 2;
  const keepIncomingIds = exits.length === 1;
  const keepOutgoingIds = !keepIncomingIds && incoming.length === 1;
  const takenIds = idsOfState(state);
  const entriesBySource = new Map<string, OutgoingEntry[]>();

  for (const source of new Set(incoming.map((flow) => flow.from))) {
    const sourceFlows = outgoingOf.get(source) ?? [];
    const sourceIsSplit = isSplit(source);
    const sourceProbabilities = sourceIsSplit ? sourceFlows.map(() => 1) : effectiveProbabilities(sourceFlows);
    const entries: OutgoingEntry[] = [];
    const addOrMerge = (candidate: Flow, probability: number): void => {
      const twin = sourceIsSplit ? undefined : entries.find((entry) => entry.flow.to === candidate.to && entry.flow.rework === candidate.rework);
      if (twin) twin.probability += probability;
      else entries.push({ flow: candidate, probability, isNew: true });
    };
    // Existing flows first, so a new flow merges into an existing twin.
    sourceFlows.forEach((flow, index) => {
      if (flow.to !== stepId) entries.push({ flow, probability: sourceProbabilities[index] ?? 0, isNew: false });
    });
    sourceFlows.forEach((flow, index) => {
      const probability = sourceProbabilities[index] ?? 0;
      if (flow.to !== stepId) return;
      for (const exit of exits) {
        const base = keepOutgoingIds ? exit.flow : flow;
        const id = keepIncomingIds ? flow.id : keepOutgoingIds ? exit.flow.id : claimId(`${flow.id}-${exit.flow.id}`, takenIds);
        addOrMerge(
          {
            ...base,
            id,
            from: source,
            to: exit.flow.to,
            rework: flow.rework || exit.flow.rework,
            medium: flow.medium,
            label: exit.flow.label.trim() !== '' ? exit.flow.label : flow.label,
          },
          probability * exit.probability,
        );
      }
    });
    // Existing flows always stay; a new flow is left out when it is never taken, or when it is
    // a certain self-loop (a trap).
    const kept = entries.filter(
      (entry) =>
        !entry.isNew ||
        (entry.probability > PROBABILITY_EPSILON && !(entry.flow.to === source && entry.probability >= 1 - PROBABILITY_EPSILON)),
    );
    for (const entry of kept) {
      if (kept.length === 1 || sourceIsSplit) delete entry.flow.probability;
      else entry.flow.probability = cleanProbability(entry.probability);
    }
    entriesBySource.set(source, kept);
  }

  const rewired: Flow[] = [];
  const emittedSources = new Set<string>();
  for (const flow of state.flows) {
    const entries = entriesBySource.get(flow.from);
    if (flow.to === stepId || flow.from === stepId) {
      // New flows of a source take the place of its first flow into the removed step.
      if (entries && flow.to === stepId && !emittedSources.has(flow.from)) {
        emittedSources.add(flow.from);
        for (const entry of entries) if (entry.isNew) rewired.push(entry.flow);
      }
      continue;
    }
    if (entries && !entries.some((entry) => entry.flow === flow)) continue;
    rewired.push(flow);
  }
  state.flows = rewired;
  state.steps = state.steps.filter((step) => step.id !== stepId);
}

/**
 * Merges `others` into `first` (all distinct activity or decision steps of the state): the
 * first keeps its id, lane, position, wait time, activity, value type, system and batch
 * interval; its label becomes "A + B + …", its process time the sum, its %C&A the product
 * (every part must be right), its waste tags the union and its note the notes joined. Then
 * each other step is removed with {@link removeStepReconnecting}, which rewires its flows:
 * A→B→C becomes A→C, and a step merged into a later one is bypassed where it stood.
 * A different process time for the merged step is a following `set-process-time` effect.
 */
export function mergeStepsInto(state: MapState, first: Step, others: readonly Step[]): void {
  const labels = [first.label, ...others.map((step) => step.label)].map((label) => label.trim()).filter((label) => label !== '');
  const notes = [first.note, ...others.map((step) => step.note)].map((note) => note?.trim() ?? '').filter((note) => note !== '');
  const wastes = [...new Set([first, ...others].flatMap((step) => step.wastes ?? []))];
  first.label = labels.join(' + ');
  first.processTime = [first, ...others].reduce((sum, step) => sum + step.processTime, 0);
  first.completeAccurate = cleanProbability(others.reduce((product, step) => product * step.completeAccurate, first.completeAccurate));
  if (wastes.length > 0) first.wastes = wastes;
  if (notes.length > 0) first.note = notes.join('\n');
  for (const other of others) removeStepReconnecting(state, other.id);
}
