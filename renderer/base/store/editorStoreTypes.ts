import type { Analysis } from '../../../shared/analysis/types';
import type { Command, EditTarget } from '../../../shared/commands/types';
import type { ProcessMap } from '../../../shared/model/types';

/**
 * The contract between the document store (renderer/app), the canvas and the panels.
 * Document data lives in `map` and in history; everything else is session state that
 * never enters the file or the undo history (style.md principle 3).
 */
export interface Selection {
  stepIds: readonly string[];
  flowIds: readonly string[];
  annotationIds: readonly string[];
  laneIds: readonly string[];
}

/** Which overlay the canvas draws over the map (session state). */
export type CanvasOverlay = 'none' | 'handoffs' | 'heat-wait' | 'heat-effort' | 'heat-findings';

export interface EditorState {
  map: ProcessMap;
  /** Which state the canvas shows and edits. */
  target: EditTarget;
  selection: Selection;
  /** Opaque handle of the file this document was opened from or saved to; null when never saved. */
  fileHandle: string | null;
  fileName: string | null;
  /** True when the document changed since it was opened or last saved. */
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
  /** Label keys of the next undo/redo entries, for menus ("Undo move step"). */
  undoLabel: string | null;
  redoLabel: string | null;
  /** Session: the overlay shown on the canvas. */
  overlay: CanvasOverlay;
  /** Session: the finding whose steps and flows the canvas highlights, if any. */
  highlightedFindingId: string | null;
}

export interface DispatchOptions {
  /**
   * Consecutive dispatches with the same key merge into one history entry
   * (typing in a field), so one user action is one undo step.
   */
  coalesceKey?: string;
}

export interface EditorStore {
  getState(): EditorState;
  subscribe(listener: () => void): () => void;
  /** Applies a command to the document and records it in history; returns false when it changed nothing. */
  dispatch(command: Command, options?: DispatchOptions): boolean;
  undo(): void;
  redo(): void;
  /** Ends the current coalescing group, e.g. when a field loses focus. */
  closeHistoryGroup(): void;
  /** Replaces the selection; fields left out become empty. Ids not in the shown state are dropped. */
  select(selection: Partial<Selection>): void;
  clearSelection(): void;
  setTarget(target: EditTarget): void;
  /** Session only: shows an overlay on the canvas. */
  setOverlay(overlay: CanvasOverlay): void;
  /** Session only: highlights a finding's steps and flows on the canvas (null clears it). */
  highlightFinding(findingId: string | null): void;
  /**
   * Replaces the whole document (new, open, template): clears history and selection.
   * `unsaved: true` for a document that is not on disk as it is (a restored recovery copy).
   */
  loadDocument(map: ProcessMap, file: { handle: string | null; name: string | null }, options?: { unsaved?: boolean }): void;
  /**
   * Remembers the current history position as saved. `updatedAt` is the timestamp the save
   * wrote into meta.updatedAt; it is set on the document outside history.
   */
  markSaved(file: { handle: string; name: string; updatedAt?: string }): void;
}

/** The analysis of the state the canvas shows, kept current by the store's analysis service. */
export interface AnalysisState {
  analysis: Analysis | null;
  /** True while a (worker) analysis of a newer document version is running. */
  pending: boolean;
}
