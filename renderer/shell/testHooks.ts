import type { Command } from '../../shared/commands/types';
import { parseMap } from '../../shared/model/parse';
import type { AnalysisState } from '../base/analysis/analysisServiceTypes';
import type { CanvasApi } from '../base/canvasController';
import type { Editor } from '../base/editor';
import type { SessionState } from '../base/session/sessionStore';
import type { DocumentState } from '../base/store/documentStore';

/**
 * Hooks for end-to-end tests and the canvas benchmark, installed only when the page URL
 * carries `?test` (never in normal use): load a map without the file dialog, read the
 * document, the session and the analysis, drive the canvas API.
 */
export interface StroomlijnTestHooks {
  /** Parses and opens a map (the same load pipeline as opening a file); problems when refused. */
  loadMap(json: string): { ok: true } | { ok: false; problems: string[] };
  getState(): DocumentState;
  getSession(): SessionState;
  dispatch(command: Command): boolean;
  analysisState(): AnalysisState;
  /** Calls `listener` (synchronously) after every change of the analysis state; returns its removal. */
  subscribeAnalysis(listener: () => void): () => void;
  canvas: CanvasApi;
}

declare global {
  interface Window {
    __stroomlijnTest?: StroomlijnTestHooks;
  }
}

export function installTestHooks({ documents, session, analysis, canvas }: Editor, search: string = window.location.search): void {
  if (!new URLSearchParams(search).has('test')) return;
  window.__stroomlijnTest = {
    loadMap(json) {
      const result = parseMap(json);
      if (!result.ok) return { ok: false, problems: result.problems.map((problem) => problem.message) };
      documents.loadDocument(result.map, { handle: null, name: null });
      return { ok: true };
    },
    getState: () => documents.getState(),
    getSession: () => session.getState(),
    dispatch: (command) => documents.dispatch(command),
    analysisState: () => analysis.getState(),
    subscribeAnalysis: (listener) => analysis.subscribe(listener),
    canvas,
  };
}
