import type { AnalysisService } from '../base/analysis/analysisServiceTypes';
import type { Command } from '../../shared/commands/types';
import { parseMap } from '../../shared/model/parse';
import type { AnalysisState, EditorState, EditorStore } from '../base/store/editorStoreTypes';
import { canvasController, type CanvasApi } from '../base/canvasController';

/**
 * Hooks for end-to-end tests and the canvas benchmark, installed only when the page URL
 * carries `?test` (never in normal use): load a map without the file dialog, read the
 * store and the analysis, drive the canvas API.
 */
export interface StroomlijnTestHooks {
  /** Parses and opens a map (the same load pipeline as opening a file); problems when refused. */
  loadMap(json: string): { ok: true } | { ok: false; problems: string[] };
  getState(): EditorState;
  dispatch(command: Command): boolean;
  analysisState(): AnalysisState;
  /** Resolves with the next analysis state that is not pending. */
  nextAnalysis(): Promise<AnalysisState>;
  canvas: CanvasApi;
}

declare global {
  interface Window {
    __stroomlijnTest?: StroomlijnTestHooks;
  }
}

export function installTestHooks(store: EditorStore, analysis: AnalysisService, search: string = window.location.search): void {
  if (!new URLSearchParams(search).has('test')) return;
  window.__stroomlijnTest = {
    loadMap(json) {
      const result = parseMap(json);
      if (!result.ok) return { ok: false, problems: result.problems.map((problem) => problem.message) };
      store.loadDocument(result.map, { handle: null, name: null });
      return { ok: true };
    },
    getState: () => store.getState(),
    dispatch: (command) => store.dispatch(command),
    analysisState: () => analysis.getState(),
    nextAnalysis: () =>
      new Promise((resolve) => {
        const unsubscribe = analysis.subscribe(() => {
          const state = analysis.getState();
          if (state.pending) return;
          unsubscribe();
          resolve(state);
        });
      }),
    canvas: canvasController,
  };
}
