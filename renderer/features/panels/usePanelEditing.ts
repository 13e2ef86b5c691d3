import { useMemo } from 'react';
import type { Command, EditTarget } from '../../../shared/commands/types';
import { useDocuments, useSessionState } from '../../base/hooks';

export interface PanelEditing {
  /** The state (current or future) the canvas shows; graph commands go there. */
  target: EditTarget;
  /**
   * Applies a command. Fields pass `${id}:${field}` as coalesce key so typing in one field
   * is one undo step; choices (selects, checkboxes) pass none.
   */
  commit: (command: Command, coalesceKey?: string) => void;
  /** Ends the field's undo group (on blur). */
  endEdit: () => void;
}

/** How panels edit the document: through the store's commands, never by touching the map. */
export function usePanelEditing(): PanelEditing {
  const documents = useDocuments();
  const target = useSessionState((state) => state.target);
  return useMemo(
    () => ({
      target,
      commit: (command, coalesceKey) => {
        documents.dispatch(command, coalesceKey === undefined ? undefined : { coalesceKey });
      },
      endEdit: () => documents.closeHistoryGroup(),
    }),
    [documents, target],
  );
}
