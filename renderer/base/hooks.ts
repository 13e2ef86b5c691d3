import { createContext, createElement, useCallback, useContext, useDeferredValue, useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { activeFindings } from '../../shared/analysis/activeFindings';
import type { Finding } from '../../shared/analysis/types';
import type { EditTarget } from '../../shared/commands/types';
import type { MapState } from '../../shared/model/types';
import type { AnalysisState } from './analysis/analysisServiceTypes';
import type { InsightService, InsightState } from './analysis/insightServiceTypes';
import type { CanvasController } from './canvasController';
import type { Editor } from './editor';
import type { SessionState, SessionStore } from './session/sessionStore';
import { shownStateOf } from './session/shownState';
import type { DocumentState, DocumentStore } from './store/documentStore';
import { createSliceReader, type SliceReader } from './store/sliceReader';
import type { Subscribable } from './store/subscribers';

const EditorContext = createContext<Editor | null>(null);

/** Makes the window's editor (document, session, analysis, canvas API) available to every component below. */
export function EditorProvider({ editor, children }: { editor: Editor; children?: ReactNode }) {
  return createElement(EditorContext.Provider, { value: editor }, children);
}

function useEditor(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('The editor hooks need an <EditorProvider> above them');
  return editor;
}

/** The document store: dispatch commands, transact, undo/redo. */
export function useDocuments(): DocumentStore {
  return useEditor().documents;
}

/** The session store: select, choose the shown state, overlays, open panels. */
export function useSession(): SessionStore {
  return useEditor().session;
}

/** The canvas API (zoom, fit, reveal steps), whether or not the canvas is mounted. */
export function useCanvas(): CanvasController {
  return useEditor().canvas;
}

/**
 * A slice of a store's state; re-renders only when the slice changes. The result is stable:
 * a selector that builds a new object or array returns the previous one while it is
 * shallowly equal, so `useDocumentState((s) => ({ a: s.x, b: s.y }))` does not loop.
 */
function useSlice<State, Slice>(store: Subscribable<State>, selector: (state: State) => Slice): Slice {
  const reader = useRef<SliceReader<State, Slice> | null>(null);
  const getSlice = useCallback(() => {
    reader.current ??= createSliceReader<State, Slice>();
    return reader.current(store.getState(), selector);
  }, [store, selector]);
  const subscribe = useCallback((listener: () => void) => store.subscribe(listener), [store]);
  return useSyncExternalStore(subscribe, getSlice, getSlice);
}

/** A slice of the document state (the map, its file, undo/redo). */
export function useDocumentState<Slice>(selector: (state: DocumentState) => Slice): Slice {
  return useSlice(useDocuments(), selector);
}

/** A slice of the session state (selection, target, overlay, view…). */
export function useSessionState<Slice>(selector: (state: SessionState) => Slice): Slice {
  return useSlice(useSession(), selector);
}

/** The analysis of the shown state, and whether a newer one is being computed. */
export function useAnalysisState(): AnalysisState {
  return useSlice(useEditor().analysis, selectAnalysisState);
}

function selectAnalysisState(state: AnalysisState): AnalysisState {
  return state;
}

/**
 * The analysis for views that may follow an edit a frame later (the timeline, the findings,
 * the problems list): metrics first, the rest after. React paints the metrics bar (and the
 * canvas) with a new analysis first, then renders these in a later render it can interrupt,
 * so their cost on a large map never holds up the figures.
 */
export function useDeferredAnalysisState(): AnalysisState {
  return useDeferredValue(useAnalysisState());
}

/**
 * The comparison and suggestions of the document (see InsightService). `needed`: the caller
 * shows them now, so a large map is computed too (in the worker) while it is mounted.
 */
export function useInsights(needed: boolean): InsightState {
  const service = useEditor().insights;
  useEffect(() => (needed ? service.demand() : undefined), [service, needed]);
  return useSlice(service, selectInsightState);
}

function selectInsightState(state: InsightState): InsightState {
  return state;
}

/** The insight service itself, for code that needs the insights of the document as it is now (export). */
export function useInsightService(): InsightService {
  return useEditor().insights;
}

export interface ShownState extends MapState {
  target: EditTarget;
}

function selectTarget(state: SessionState): EditTarget {
  return state.target;
}

/** Lanes, steps, flows and annotations of the state the canvas shows (current or future); see shownStateOf. */
export function useShownState(): ShownState {
  const target = useSessionState(selectTarget);
  const selectShown = useCallback(
    ({ map }: DocumentState): ShownState => {
      const graph = shownStateOf(map, target);
      return { target, lanes: graph.lanes, steps: graph.steps, flows: graph.flows, annotations: graph.annotations };
    },
    [target],
  );
  return useDocumentState(selectShown);
}

/** The findings of the shown state that the user did not set aside (empty while there is no analysis); they follow the metrics (useDeferredAnalysisState). */
export function useActiveFindings(): Finding[] {
  const { analysis } = useDeferredAnalysisState();
  const dismissed = useDocumentState(selectDismissedFindings);
  return useMemo(() => activeFindings(analysis?.findings ?? [], dismissed), [analysis, dismissed]);
}

function selectDismissedFindings(state: DocumentState) {
  return state.map.dismissedFindings;
}
