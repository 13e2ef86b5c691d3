import { goalTargetSchema, rootCauseSchema } from '../model/schema';
import type { MapDraft } from './graph';
import { assignChangedFields, isValidPatch, sameValue, structuredCloneJson } from './patching';
import type { CommandHandlers } from './registry';

const NO_OPTIONAL_KEYS: ReadonlySet<string> = new Set();

/** The goal, created empty when a command needs it. */
function goalOf(draft: MapDraft): NonNullable<MapDraft['goal']> {
  draft.goal ??= { text: '', targets: [] };
  return draft.goal;
}

/** A goal without text or targets says nothing: it goes, so the file stays as it was before one was started. */
function dropEmptyGoal(draft: MapDraft): void {
  if (draft.goal && draft.goal.text === '' && draft.goal.targets.length === 0) delete draft.goal;
}

const isTargetIndex = (draft: MapDraft, index: number): boolean => Number.isInteger(index) && index >= 0 && index < (draft.goal?.targets.length ?? 0);

/**
 * The causes behind findings and the goal of the improvement (A3 style, schema 2):
 * - `root-cause/set`: the "why?" answers of one finding (at most five; the last is its root
 *   cause), replacing earlier ones; answers that are all blank remove the entry. Text is kept
 *   as typed: trimming while typing would eat the space before the next word.
 * - `goal/set-text`, `goal/add-target`, `goal/update-target`, `goal/delete-target`: the goal
 *   in words and its targets (a metric of GOAL_METRICS in its file unit, a value ≥ 0, a due
 *   date); targets are addressed by their place in the list. An empty goal is removed.
 * Every value is checked against the file format's schema; a refused command changes nothing.
 */
export const causeHandlers: CommandHandlers<'root-cause/set' | 'goal/set-text' | 'goal/add-target' | 'goal/update-target' | 'goal/delete-target'> = {
  'root-cause/set': (draft, { findingId, whys }) => {
    const entry = { findingId, whys };
    if (!rootCauseSchema.safeParse(entry).success) return;
    const index = draft.rootCauses.findIndex((candidate) => candidate.findingId === findingId);
    if (whys.every((why) => why.trim() === '')) {
      if (index >= 0) draft.rootCauses.splice(index, 1);
      return;
    }
    const existing = draft.rootCauses[index];
    if (existing) {
      if (!sameValue(existing.whys, whys)) existing.whys = [...whys];
      return;
    }
    draft.rootCauses.push(structuredCloneJson(entry));
  },

  'goal/set-text': (draft, { text }) => {
    if (typeof text !== 'string' || (draft.goal === undefined && text === '')) return;
    const goal = goalOf(draft);
    if (goal.text !== text) goal.text = text;
    dropEmptyGoal(draft);
  },

  'goal/add-target': (draft, { target, index }) => {
    if (!goalTargetSchema.safeParse(target).success) return;
    const targets = goalOf(draft).targets;
    const at = index === undefined ? targets.length : Math.max(0, Math.min(Math.trunc(index), targets.length));
    targets.splice(at, 0, structuredCloneJson(target));
  },

  'goal/update-target': (draft, { index, patch }) => {
    if (!isTargetIndex(draft, index) || !isValidPatch(patch, goalTargetSchema.shape, NO_OPTIONAL_KEYS)) return;
    const target = draft.goal?.targets[index];
    if (target) assignChangedFields(target, patch);
  },

  'goal/delete-target': (draft, { index }) => {
    if (!isTargetIndex(draft, index)) return;
    draft.goal?.targets.splice(index, 1);
    dropEmptyGoal(draft);
  },
};
