import { applyPatches, enablePatches, produce } from 'immer';
import { applyCommand } from '../../../shared/commands/apply';
import type { Command, EditTarget } from '../../../shared/commands/types';
import type { ProcessMap } from '../../../shared/model/types';
import { historyLabelKeyOf } from './commandLabels';
import type { CanvasOverlay, DispatchOptions, EditorState, EditorStore, Selection } from './editorStoreTypes';
import { EditHistory } from './history';
import { EMPTY_SELECTION, isSameSelection, pruneSelection } from './selection';

enablePatches();

interface FileInfo {
  handle: string | null;
  name: string | null;
}

export interface EditorStoreOptions {
  file?: FileInfo;
  historyLimit?: number;
}

/**
 * The document store: one ProcessMap, its undo history and the session state around it.
 * The state object is replaced on every change and otherwise stays the same object, so
 * React's useSyncExternalStore can compare by identity.
 */
export function createEditorStore(initialMap: ProcessMap, options: EditorStoreOptions = {}): EditorStore {
  let history = new EditHistory(options.historyLimit);
  let state: EditorState = {
    map: initialMap,
    target: 'current',
    selection: EMPTY_SELECTION,
    fileHandle: options.file?.handle ?? null,
    fileName: options.file?.name ?? null,
    dirty: false,
    canUndo: false,
    canRedo: false,
    undoLabel: null,
    redoLabel: null,
    overlay: 'none',
    highlightedFindingId: null,
  };
  const listeners = new Set<() => void>();

  function publish(next: EditorState): void {
    state = next;
    for (const listener of [...listeners]) listener();
  }

  /** The next state after the document or history changed: derived flags and a valid selection. */
  function withDocument(map: ProcessMap, overrides: Partial<EditorState> = {}): EditorState {
    const target: EditTarget = (overrides.target ?? state.target) === 'future' && map.future ? 'future' : 'current';
    return {
      ...state,
      ...overrides,
      map,
      target,
      selection: pruneSelection(overrides.selection ?? state.selection, map, target),
      dirty: !history.isAtSaved,
      canUndo: history.canUndo,
      canRedo: history.canRedo,
      undoLabel: history.undoLabelKey,
      redoLabel: history.redoLabelKey,
    };
  }

  return {
    getState: () => state,

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    dispatch(command: Command, dispatchOptions: DispatchOptions = {}) {
      const result = applyCommand(state.map, command);
      if (result.patches.length === 0) return false;
      history.record({
        labelKey: historyLabelKeyOf(command),
        patches: result.patches,
        inversePatches: result.inversePatches,
        ...(dispatchOptions.coalesceKey === undefined ? {} : { coalesceKey: dispatchOptions.coalesceKey }),
      });
      publish(withDocument(result.map));
      return true;
    },

    undo() {
      const entry = history.undo();
      if (entry) publish(withDocument(applyPatches(state.map, entry.inversePatches)));
    },

    redo() {
      const entry = history.redo();
      if (entry) publish(withDocument(applyPatches(state.map, entry.patches)));
    },

    closeHistoryGroup() {
      history.closeGroup();
    },

    select(selection: Partial<Selection>) {
      const next = pruneSelection({ ...EMPTY_SELECTION, ...selection }, state.map, state.target);
      if (!isSameSelection(next, state.selection)) publish({ ...state, selection: next });
    },

    clearSelection() {
      if (state.selection !== EMPTY_SELECTION) publish({ ...state, selection: EMPTY_SELECTION });
    },

    setTarget(target: EditTarget) {
      if (target === state.target || (target === 'future' && !state.map.future)) return;
      history.closeGroup();
      publish({ ...state, target, selection: EMPTY_SELECTION });
    },

    setOverlay(overlay: CanvasOverlay) {
      if (overlay !== state.overlay) publish({ ...state, overlay });
    },

    highlightFinding(findingId: string | null) {
      if (findingId !== state.highlightedFindingId) publish({ ...state, highlightedFindingId: findingId });
    },

    loadDocument(map: ProcessMap, file: FileInfo, loadOptions: { unsaved?: boolean } = {}) {
      history = new EditHistory(options.historyLimit);
      if (loadOptions.unsaved) history.markUnsaved();
      publish(
        withDocument(map, { target: 'current', selection: EMPTY_SELECTION, highlightedFindingId: null, fileHandle: file.handle, fileName: file.name }),
      );
    },

    markSaved(file: { handle: string; name: string; updatedAt?: string }) {
      history.markSaved();
      // The save path stamps meta.updatedAt outside history: undo patches never touch it.
      const map =
        file.updatedAt === undefined || file.updatedAt === state.map.meta.updatedAt
          ? state.map
          : produce(state.map, (draft) => {
              draft.meta.updatedAt = file.updatedAt ?? draft.meta.updatedAt;
            });
      publish(withDocument(map, { fileHandle: file.handle, fileName: file.name }));
    },
  };
}
