import { applyPatches, enablePatches, produce, type Patch } from 'immer';
import { applyCommand } from '../../../shared/commands/apply';
import type { Command } from '../../../shared/commands/types';
import type { ProcessMap } from '../../../shared/model/types';
import { historyLabelKeyOf } from './commandLabels';
import { EditHistory } from './history';
import { createSubscribers, type Subscribable } from './subscribers';

enablePatches();

export interface FileInfo {
  /** Opaque handle of the file this document was opened from or saved to; null when never saved. */
  handle: string | null;
  name: string | null;
}

/**
 * The document: the map as it is saved, its file and where it stands in the undo history.
 * What the user looks at (selection, which state, overlays, open panels) is session state
 * (sessionStore.ts) and never enters the file or the history (style.md principle 3).
 */
export interface DocumentState {
  map: ProcessMap;
  fileHandle: string | null;
  fileName: string | null;
  /** True when the document changed since it was opened or last saved. */
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
  /** Label keys of the next undo/redo entries, for menus ("Undo move step"). */
  undoLabel: string | null;
  redoLabel: string | null;
  /** Counts the documents loaded into this store (new, open, template, restored copy): another document, not an edit. */
  loadCount: number;
}

export interface DispatchOptions {
  /**
   * Consecutive dispatches with the same key merge into one history entry
   * (typing in a field), so one user gesture is one undo step.
   */
  coalesceKey?: string;
}

export interface DocumentStore extends Subscribable<DocumentState> {
  /** Applies a command to the document and records it in history; returns false when it changed nothing. */
  dispatch(command: Command, options?: DispatchOptions): boolean;
  /**
   * One gesture of several commands (tldraw's `batch`): every command dispatched inside `run`
   * is applied at once (getState() sees them) but the document is published once, after
   * `run`, as one history entry labelled `labelKey`, so there is one undo step and one
   * analysis run. Nested calls join the outer gesture. When `run` throws, nothing is kept.
   */
  transact<Result>(labelKey: string, run: () => Result): Result;
  undo(): void;
  redo(): void;
  /** Ends the current coalescing group, e.g. when a field loses focus. */
  closeHistoryGroup(): void;
  /**
   * Replaces the whole document (new, open, template): clears history.
   * `unsaved: true` for a document that is not on disk as it is (a restored recovery copy).
   */
  loadDocument(map: ProcessMap, file: FileInfo, options?: { unsaved?: boolean }): void;
  /**
   * Remembers the current history position as saved. `updatedAt` is the timestamp the save
   * wrote into meta.updatedAt; it is set on the document outside history.
   */
  markSaved(file: { handle: string; name: string; updatedAt?: string }): void;
}

export interface DocumentStoreOptions {
  file?: FileInfo;
  historyLimit?: number;
}

interface Transaction {
  labelKey: string;
  patches: Patch[];
  inversePatches: Patch[];
}

/**
 * The document store: one ProcessMap and its undo history. The state object is replaced on
 * every change and otherwise stays the same object, so React's useSyncExternalStore can
 * compare by identity.
 */
export function createDocumentStore(initialMap: ProcessMap, options: DocumentStoreOptions = {}): DocumentStore {
  let history = new EditHistory(options.historyLimit);
  const subscribers = createSubscribers();
  let state: DocumentState = {
    map: initialMap,
    fileHandle: options.file?.handle ?? null,
    fileName: options.file?.name ?? null,
    dirty: false,
    canUndo: false,
    canRedo: false,
    undoLabel: null,
    redoLabel: null,
    loadCount: 0,
  };
  let transaction: Transaction | null = null;

  /** The next state after the document or history changed, with the derived flags. */
  function withDocument(map: ProcessMap, overrides: Partial<DocumentState> = {}): DocumentState {
    return {
      ...state,
      ...overrides,
      map,
      dirty: !history.isAtSaved,
      canUndo: history.canUndo,
      canRedo: history.canRedo,
      undoLabel: history.undoLabelKey,
      redoLabel: history.redoLabelKey,
    };
  }

  function publish(next: DocumentState): void {
    state = next;
    subscribers.notify();
  }

  function refuseInsideTransaction(operation: string): void {
    if (transaction) throw new Error(`${operation} cannot run inside transact()`);
  }

  return {
    getState: () => state,
    subscribe: subscribers.subscribe,

    dispatch(command, dispatchOptions = {}) {
      const result = applyCommand(state.map, command);
      if (result.patches.length === 0) return false;
      if (transaction) {
        // Redo runs the patches in order, undo the inverses newest first.
        transaction.patches.push(...result.patches);
        transaction.inversePatches.unshift(...result.inversePatches);
        state = { ...state, map: result.map };
        return true;
      }
      history.record({
        labelKey: historyLabelKeyOf(command),
        patches: result.patches,
        inversePatches: result.inversePatches,
        ...(dispatchOptions.coalesceKey === undefined ? {} : { coalesceKey: dispatchOptions.coalesceKey }),
      });
      publish(withDocument(result.map));
      return true;
    },

    transact(labelKey, run) {
      if (transaction) return run();
      const before = state;
      history.closeGroup();
      transaction = { labelKey, patches: [], inversePatches: [] };
      let result;
      try {
        result = run();
      } catch (error) {
        transaction = null;
        state = before;
        throw error;
      }
      const done = transaction;
      transaction = null;
      if (done.patches.length > 0) {
        history.record(done);
        history.closeGroup();
        publish(withDocument(state.map));
      }
      return result;
    },

    undo() {
      refuseInsideTransaction('undo');
      const entry = history.undo();
      if (entry) publish(withDocument(applyPatches(state.map, entry.inversePatches)));
    },

    redo() {
      refuseInsideTransaction('redo');
      const entry = history.redo();
      if (entry) publish(withDocument(applyPatches(state.map, entry.patches)));
    },

    closeHistoryGroup() {
      history.closeGroup();
    },

    loadDocument(map, file, loadOptions = {}) {
      refuseInsideTransaction('loadDocument');
      history = new EditHistory(options.historyLimit);
      if (loadOptions.unsaved) history.markUnsaved();
      publish(withDocument(map, { fileHandle: file.handle, fileName: file.name, loadCount: state.loadCount + 1 }));
    },

    markSaved(file) {
      refuseInsideTransaction('markSaved');
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
