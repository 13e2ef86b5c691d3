import type { Patch } from 'immer';

/** One undoable edit: the patches of one command, or of a coalesced group of commands. */
export interface HistoryEntry {
  /** i18n key of what the edit did, for "Undo …" in menus and tooltips. */
  labelKey: string;
  patches: Patch[];
  inversePatches: Patch[];
  /** Consecutive entries with the same key merge while their group is open (typing). */
  coalesceKey?: string;
}

/** Enough for a long workshop; the oldest entries are dropped beyond this. */
export const DEFAULT_HISTORY_LIMIT = 1000;

interface StoredEntry extends HistoryEntry {
  /** Identity of the document version this entry leads to, for the saved-position check. */
  revision: number;
}

/**
 * Undo/redo history as two plain arrays (style.md principle 14). The document is never
 * stored, only Immer patches. Whether the document is dirty follows from the position in
 * history compared with the position at the last save, so undoing back to the saved
 * version makes it clean again.
 */
export class EditHistory {
  private readonly undoStack: StoredEntry[] = [];
  private redoStack: StoredEntry[] = [];
  private nextRevision = 1;
  /** Revision of the document when the undo stack is empty (changes when old entries are dropped). */
  private baseRevision = 0;
  private savedRevision = 0;
  private openGroupKey: string | null = null;

  constructor(private readonly limit = DEFAULT_HISTORY_LIMIT) {
    if (!(limit >= 1)) throw new RangeError('History limit must be at least 1');
  }

  /** Records an edit; a new edit always clears redo. */
  record(entry: HistoryEntry): void {
    if (entry.patches.length === 0) return;
    this.redoStack = [];
    const top = this.undoStack.at(-1);
    if (top && entry.coalesceKey !== undefined && entry.coalesceKey === this.openGroupKey && top.coalesceKey === entry.coalesceKey) {
      // Merged: redo runs the patches in order, undo runs the inverses newest first.
      top.patches = [...top.patches, ...entry.patches];
      top.inversePatches = [...entry.inversePatches, ...top.inversePatches];
      // The merged entry leads to a new document version (it may have been saved before).
      top.revision = this.nextRevision++;
      return;
    }
    this.undoStack.push({ ...entry, revision: this.nextRevision++ });
    this.openGroupKey = entry.coalesceKey ?? null;
    if (this.undoStack.length > this.limit) {
      const dropped = this.undoStack.shift();
      if (dropped) this.baseRevision = dropped.revision;
    }
  }

  /** Ends the current coalescing group, so the next edit becomes its own entry. */
  closeGroup(): void {
    this.openGroupKey = null;
  }

  /** Moves the newest edit to redo and returns it; its inversePatches undo it. */
  undo(): HistoryEntry | null {
    const entry = this.undoStack.pop();
    if (!entry) return null;
    this.redoStack.push(entry);
    this.openGroupKey = null;
    return entry;
  }

  /** Moves the next undone edit back and returns it; its patches redo it. */
  redo(): HistoryEntry | null {
    const entry = this.redoStack.pop();
    if (!entry) return null;
    this.undoStack.push(entry);
    this.openGroupKey = null;
    return entry;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  get undoLabelKey(): string | null {
    return this.undoStack.at(-1)?.labelKey ?? null;
  }

  get redoLabelKey(): string | null {
    return this.redoStack.at(-1)?.labelKey ?? null;
  }

  get undoDepth(): number {
    return this.undoStack.length;
  }

  get redoDepth(): number {
    return this.redoStack.length;
  }

  private get currentRevision(): number {
    return this.undoStack.at(-1)?.revision ?? this.baseRevision;
  }

  /** Remembers the current position as the saved document. */
  markSaved(): void {
    this.savedRevision = this.currentRevision;
    this.openGroupKey = null;
  }

  /** Forgets the saved position: the document (e.g. a restored recovery copy) has never been saved as it is. */
  markUnsaved(): void {
    this.savedRevision = -1;
  }

  /** True when the document is the one last saved (or loaded). */
  get isAtSaved(): boolean {
    return this.currentRevision === this.savedRevision;
  }
}
