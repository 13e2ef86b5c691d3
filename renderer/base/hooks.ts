import { createContext, createElement, useCallback, useContext, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { activeFindings } from '../../shared/analysis/activeFindings';
import type { Finding } from '../../shared/analysis/types';
import type { EditTarget } from '../../shared/commands/types';
import type { MapState } from '../../shared/model/types';
import type { AnalysisService } from './analysis/analysisServiceTypes';
import type { AnalysisState, EditorState, EditorStore } from './store/editorStoreTypes';
import { createSliceReader, type SliceReader } from './store/sliceReader';

export { shallowEqual } from './store/sliceReader';

interface EditorContextValue {
  store: EditorStore;
  analysis: AnalysisService;
}

const EditorContext = createContext<EditorContextValue | null>(null);

export interface EditorStoreProviderProps {
  store: EditorStore;
  analysis: AnalysisService;
  children?: ReactNode;
}

/** Makes the document store and its analysis available to every component below. */
export function EditorStoreProvider({ store, analysis, children }: EditorStoreProviderProps) {
  const value = useMemo(() => ({ store, analysis }), [store, analysis]);
  return createElement(EditorContext.Provider, { value }, children);
}

function useEditorContext(): EditorContextValue {
  const context = useContext(EditorContext);
  if (!context) throw new Error('useEditorStore() needs an <EditorStoreProvider> above it');
  return context;
}

/** The store itself: dispatch commands, undo/redo, select. */
export function useEditorStore(): EditorStore {
  return useEditorContext().store;
}

/**
 * A slice of the editor state; re-renders only when the slice changes. The result is
 * stable: a selector that builds a new object or array returns the previous one while it
 * is shallowly equal, so `useEditorState((s) => ({ a: s.x, b: s.y }))` does not loop.
 */
export function useEditorState<Slice>(selector: (state: EditorState) => Slice): Slice {
  const store = useEditorStore();
  const reader = useRef<SliceReader<EditorState, Slice> | null>(null);
  const getSlice = useCallback(() => {
    reader.current ??= createSliceReader<EditorState, Slice>();
    return reader.current(store.getState(), selector);
  }, [store, selector]);
  const subscribe = useCallback((listener: () => void) => store.subscribe(listener), [store]);
  return useSyncExternalStore(subscribe, getSlice, getSlice);
}

/** The analysis of the shown state, and whether a newer one is being computed. */
export function useAnalysisState(): AnalysisState {
  const { analysis } = useEditorContext();
  const subscribe = useCallback((listener: () => void) => analysis.subscribe(listener), [analysis]);
  const getState = useCallback(() => analysis.getState(), [analysis]);
  return useSyncExternalStore(subscribe, getState, getState);
}

export interface ActiveState extends MapState {
  target: EditTarget;
}

function selectActiveState(state: EditorState): ActiveState {
  const { map, target } = state;
  const graph = target === 'future' && map.future ? map.future : map;
  return { target, lanes: graph.lanes, steps: graph.steps, flows: graph.flows, annotations: graph.annotations };
}

/** Lanes, steps, flows and annotations of the state the canvas shows (current or future). */
export function useActiveState(): ActiveState {
  return useEditorState(selectActiveState);
}

/** The findings of the shown state that the user did not set aside (empty while there is no analysis). */
export function useActiveFindings(): Finding[] {
  const { analysis } = useAnalysisState();
  const dismissed = useEditorState(selectDismissedFindings);
  return useMemo(() => activeFindings(analysis?.findings ?? [], dismissed), [analysis, dismissed]);
}

function selectDismissedFindings(state: EditorState) {
  return state.map.dismissedFindings;
}
