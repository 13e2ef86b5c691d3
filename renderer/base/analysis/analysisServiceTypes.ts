import type { Analysis, AnalysisInput } from '../../../shared/analysis/types';
import type { AnalysisState } from '../store/editorStoreTypes';

/**
 * Keeps the analysis of the shown state (current or future) up to date with the document.
 * Components read it through `useAnalysisState()`; they never compute metrics themselves.
 */
export interface AnalysisService {
  getState(): AnalysisState;
  subscribe(listener: () => void): () => void;
  /** Stops listening to the store and terminates the worker. */
  dispose(): void;
}

/** What the page sends to the analysis worker. */
export interface AnalysisRequest {
  version: number;
  input: AnalysisInput;
}

/** What the analysis worker answers; `version` tells stale answers apart. */
export type AnalysisResponse = { version: number; ok: true; analysis: Analysis } | { version: number; ok: false; message: string };

/** The part of a Web Worker the service uses (so tests can pass a fake). */
export interface AnalysisWorkerPort {
  postMessage(request: AnalysisRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<AnalysisResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
}
