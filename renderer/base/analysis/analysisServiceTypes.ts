import type { Analysis, AnalysisInput } from '../../../shared/analysis/types';
import type { Subscribable } from '../store/subscribers';

/** The analysis of the state the canvas shows, kept current by the analysis service. */
export interface AnalysisState {
  analysis: Analysis | null;
  /** True while a (worker) analysis of a newer document version is running. */
  pending: boolean;
}

/**
 * Keeps the analysis of the shown state (current or future) up to date with the document.
 * Components read it through `useAnalysisState()`; they never compute metrics themselves.
 */
export interface AnalysisService extends Subscribable<AnalysisState> {
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
