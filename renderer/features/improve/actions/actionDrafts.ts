import type { ActionPatch } from '../../../../shared/commands/types';
import { futureUpdateFor, isFutureHandEdited } from '../../../../shared/improve/futureState';
import { createElementId } from '../../../../shared/model/ids';
import type { Action, ProcessMap } from '../../../../shared/model/types';

/** The fields the action editor lets the user change (effects come from the playbook). */
export const EDITABLE_FIELDS = ['title', 'description', 'ecrs', 'owner', 'dueDate', 'effort', 'status', 'findingIds'] as const satisfies ReadonlyArray<keyof Action>;

/** A fresh action id ("action3") in the map's one id scheme (shared/model/ids.ts). */
export function createActionId(map: ProcessMap): string {
  return createElementId(map, 'action');
}

/** A blank action of the user's own: no effects, so it changes nothing on the map by itself. */
export function createBlankAction(map: ProcessMap): Action {
  return {
    id: createActionId(map),
    title: '',
    description: '',
    findingIds: [],
    ecrs: 'simplify',
    owner: '',
    dueDate: '',
    effort: 'medium',
    status: 'proposed',
    effects: [],
  };
}

/** The editable fields that differ between the stored action and the edited one, for `action/update`. */
export function actionPatch(before: Action, after: Action): ActionPatch {
  const patch: Record<string, unknown> = {};
  for (const field of EDITABLE_FIELDS) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) patch[field] = after[field];
  }
  return patch;
}

/**
 * Whether changing `before` into `after` (undefined: deleting it) rebuilds a stored future
 * that was edited by hand, so those edits are lost (shared/improve/futureState.ts, rule 3):
 * the user is asked first.
 */
export function losesHandEdits(map: ProcessMap, before: Action, after: Action | undefined): boolean {
  return map.future !== null && futureUpdateFor(before, after).kind === 'rebuild' && isFutureHandEdited(map);
}
