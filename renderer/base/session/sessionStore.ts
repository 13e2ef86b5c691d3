import type { EditTarget } from '../../../shared/commands/types';
import type { DocumentStore } from '../store/documentStore';
import { createSubscribers, type Subscribable } from '../store/subscribers';
import { EMPTY_SELECTION, isSameSelection, pruneSelection, type Selection } from './selection';
import { shownTargetOf } from './shownState';

/** Which overlay the canvas draws over the map. */
export type CanvasOverlay = 'none' | 'handoffs' | 'heat-wait' | 'heat-effort' | 'heat-findings';

/** What the centre of the window shows: one of the two states on the canvas, or a view of both. */
export type StateView = 'current' | 'future' | 'comparison' | 'pick';

/** Which improvement action the actions panel has open in its editor; 'new' for a blank one. */
export type OpenAction = { kind: 'action'; actionId: string } | { kind: 'suggestion'; suggestionId: string } | { kind: 'new' } | null;

/** What the auto-layout is doing, for the status message and to disable the toolbar button. */
export type LayoutStatus =
  | { phase: 'idle' }
  | { phase: 'running' }
  | { phase: 'done'; durationMs: number }
  | { phase: 'timeout'; timeoutMs: number }
  | { phase: 'failed'; detail: string }
  | { phase: 'changed' };

/** The tabs of the right-hand panel something can ask to bring to the front. */
export type AsidePanel = 'properties' | 'findings' | 'actions';

/** The export dialog File → Export plan / Export image opened. */
export type ExportDialogKind = 'plan' | 'image';

/**
 * Everything about how the user looks at the document that is not the document: never in
 * the file or the undo history (style.md principle 3). One per window.
 */
export interface SessionState {
  /** Which state the canvas shows and edits; 'future' only while the map has one. */
  target: EditTarget;
  /** Always ids of the shown state: ids that disappear (delete, undo…) are dropped. */
  selection: Selection;
  overlay: CanvasOverlay;
  /** The finding whose steps and flows the canvas highlights, if any. */
  highlightedFindingId: string | null;
  view: StateView;
  openAction: OpenAction;
  /** Bumped whenever something asks for the actions panel to be shown (a PICK dot, a kaizen burst). */
  revealActionsRequest: number;
  /** The last panel something asked to bring to the front (the export checklist's "fill in"), bumped per request. */
  panelRequest: { panel: AsidePanel; serial: number } | null;
  layoutStatus: LayoutStatus;
  exportDialog: ExportDialogKind | null;
  /** Whether the canvas highlights the critical path (what the lead time is made of) and dims the rest. */
  criticalPathShown: boolean;
  /** Presentation mode is open: it changes nothing else here (selection, shown state) nor in the document. */
  presenting: boolean;
  /** The quick entry panel is open: opening it changes nothing; only the lines typed into it change the map. */
  quickEntryOpen: boolean;
  /**
   * For which loaded document (the document store's `loadCount`) the start choices are
   * offered: the blank map the app starts with and the one File → New makes. Null once the
   * user chose, closed the choices, or started drawing.
   */
  startOfferedForLoad: number | null;
}

export interface SessionStore extends Subscribable<SessionState> {
  /** Replaces the selection; fields left out become empty. Ids not in the shown state are dropped. */
  select(selection: Partial<Selection>): void;
  clearSelection(): void;
  /** Shows and edits the current or the future state (the future only when the map has one). */
  setTarget(target: EditTarget): void;
  setOverlay(overlay: CanvasOverlay): void;
  /** Highlights a finding's steps and flows on the canvas (null clears it). */
  highlightFinding(findingId: string | null): void;
  /** Chooses the state tab; the current and future tabs also show and edit their state. */
  setView(view: StateView): void;
  /** Opens an improvement action in the actions panel; `reveal` also brings the panel to the front. */
  openAction(openAction: OpenAction, options?: { reveal?: boolean }): void;
  setLayoutStatus(status: LayoutStatus): void;
  /** Brings a tab of the right-hand panel to the front. */
  revealPanel(panel: AsidePanel): void;
  setExportDialog(dialog: ExportDialogKind | null): void;
  setCriticalPathShown(shown: boolean): void;
  setPresenting(presenting: boolean): void;
  setQuickEntryOpen(open: boolean): void;
  /** Offers the start choices for the document loaded as `loadCount`. */
  offerStart(loadCount: number): void;
  dismissStart(): void;
}

const INITIAL_SESSION: SessionState = Object.freeze<SessionState>({
  target: 'current',
  selection: EMPTY_SELECTION,
  overlay: 'none',
  highlightedFindingId: null,
  view: 'current',
  openAction: null,
  revealActionsRequest: 0,
  panelRequest: null,
  layoutStatus: { phase: 'idle' },
  exportDialog: null,
  criticalPathShown: false,
  presenting: false,
  quickEntryOpen: false,
  // The blank map the window starts with is load 0.
  startOfferedForLoad: 0,
});

/**
 * The session store beside the document store. It follows the document: another document
 * resets what pointed into the old one (target, selection, highlight); an edit or an undo
 * drops selected ids that are gone and falls back to the current state when the future
 * state disappears. Create it right after the document store, so it has caught up before
 * anything else hears of a change.
 */
export function createSessionStore(documents: DocumentStore): SessionStore {
  const subscribers = createSubscribers();
  let state: SessionState = INITIAL_SESSION;
  let seen = documents.getState();

  function publish(next: SessionState): void {
    if (next === state) return;
    state = next;
    subscribers.notify();
  }

  /** `next` showing `target` when the map has it: another state starts with nothing selected. */
  function showing(next: SessionState, target: EditTarget): SessionState {
    if (target === next.target || shownTargetOf(documents.getState().map, target) !== target) return next;
    documents.closeHistoryGroup();
    return { ...next, target, selection: EMPTY_SELECTION };
  }

  /** The future tab edits the stored future whenever there is one (undo can bring it back). */
  function followingView(next: SessionState): SessionState {
    return next.view === 'future' ? showing(next, 'future') : next;
  }

  documents.subscribe(() => {
    const current = documents.getState();
    if (current.map === seen.map && current.loadCount === seen.loadCount) return;
    const loaded = current.loadCount !== seen.loadCount;
    seen = current;
    if (loaded) {
      publish(followingView({ ...state, target: 'current', selection: EMPTY_SELECTION, highlightedFindingId: null }));
      return;
    }
    const target = shownTargetOf(current.map, state.target);
    const selection = pruneSelection(state.selection, current.map, target);
    publish(followingView(target !== state.target || selection !== state.selection ? { ...state, target, selection } : state));
  });

  return {
    getState: () => state,
    subscribe: subscribers.subscribe,

    select(selection) {
      const next = pruneSelection({ ...EMPTY_SELECTION, ...selection }, documents.getState().map, state.target);
      if (!isSameSelection(next, state.selection)) publish({ ...state, selection: next });
    },
    clearSelection() {
      if (state.selection !== EMPTY_SELECTION) publish({ ...state, selection: EMPTY_SELECTION });
    },
    setTarget(target) {
      publish(showing(state, target));
    },
    setOverlay(overlay) {
      if (overlay !== state.overlay) publish({ ...state, overlay });
    },
    highlightFinding(findingId) {
      if (findingId !== state.highlightedFindingId) publish({ ...state, highlightedFindingId: findingId });
    },
    setView(view) {
      if (view === state.view) return;
      // The current and the future tab show and edit their state; comparison and PICK leave the target.
      const next = { ...state, view };
      publish(view === 'current' ? showing(next, 'current') : followingView(next));
    },
    openAction(openAction, options = {}) {
      publish({ ...state, openAction, revealActionsRequest: state.revealActionsRequest + (options.reveal ? 1 : 0) });
    },
    setLayoutStatus(layoutStatus) {
      publish({ ...state, layoutStatus });
    },
    revealPanel(panel) {
      publish({ ...state, panelRequest: { panel, serial: (state.panelRequest?.serial ?? 0) + 1 } });
    },
    setExportDialog(exportDialog) {
      if (exportDialog !== state.exportDialog) publish({ ...state, exportDialog });
    },
    setCriticalPathShown(criticalPathShown) {
      if (criticalPathShown !== state.criticalPathShown) publish({ ...state, criticalPathShown });
    },
    setPresenting(presenting) {
      if (presenting !== state.presenting) publish({ ...state, presenting });
    },
    setQuickEntryOpen(quickEntryOpen) {
      if (quickEntryOpen !== state.quickEntryOpen) publish({ ...state, quickEntryOpen });
    },
    offerStart(loadCount) {
      if (loadCount !== state.startOfferedForLoad) publish({ ...state, startOfferedForLoad: loadCount });
    },
    dismissStart() {
      if (state.startOfferedForLoad !== null) publish({ ...state, startOfferedForLoad: null });
    },
  };
}
