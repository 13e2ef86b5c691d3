import { followUpSchema, metaSchema, settingsSchema } from '../model/schema';
import { assignChangedFields, isValidPatch } from './patching';
import type { CommandHandlers } from './registry';

const NO_OPTIONAL_KEYS: ReadonlySet<string> = new Set();

/**
 * `map/set-meta` and `map/set-settings`. `meta.updatedAt` is not touched here: the save path
 * sets it, so undoing back to the saved document gives exactly the saved document.
 */
export const mapHandlers: CommandHandlers<'map/set-meta' | 'map/set-settings' | 'map/set-follow-up'> = {
  'map/set-meta': (draft, { patch }) => {
    if (!isValidPatch(patch, metaSchema.shape, NO_OPTIONAL_KEYS)) return;
    assignChangedFields(draft.meta, patch);
  },
  'map/set-settings': (draft, { patch }) => {
    if (!isValidPatch(patch, settingsSchema.shape, NO_OPTIONAL_KEYS)) return;
    assignChangedFields(draft.settings, patch);
  },
  'map/set-follow-up': (draft, { followUp }) => {
    if (followUp === null) {
      delete draft.followUp;
      return;
    }
    const parsed = followUpSchema.safeParse(followUp);
    if (parsed.success) draft.followUp = parsed.data;
  },
};
