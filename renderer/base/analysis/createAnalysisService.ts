import type { Analysis, AnalysisInput } from '../../../shared/analysis/types';
import type { MapSettings, MapState } from '../../../shared/model/types';
import type { Language } from '../../../shared/model/vocabulary';
import type { SessionStore } from '../session/sessionStore';
import { shownStateOf } from '../session/shownState';
import type { DocumentStore } from '../store/documentStore';
import { createSubscribers } from '../store/subscribers';
import { createWorkerSlot } from './workerSlot';
import type { AnalysisResponse, AnalysisService, AnalysisState, AnalysisWorkerPort } from './analysisServiceTypes';

/**
 * Below this many steps the analysis runs synchronously: a worker round trip (structured
 * clone of the map and of every finding text) is slower than the analysis itself, which
 * takes about 10 ms at 1,000 steps (npm run bench: 9.2 ms) and stays within a frame or two.
 */
export const WORKER_THRESHOLD_STEPS = 2_000;

export interface AnalysisServiceOptions {
  /** The pure analysis (shared/analysis analyseState), used for small maps. */
  analyse: (input: AnalysisInput) => Analysis;
  /** Creates the worker for large maps; null when workers are not available. */
  createWorker: (() => AnalysisWorkerPort) | null;
  workerThresholdSteps?: number;
  onError?: (error: unknown) => void;
}

interface AnalysedInput {
  state: MapState;
  settings: MapSettings;
  language: Language;
}

function shownInput(documents: DocumentStore, session: SessionStore): AnalysedInput {
  const { map } = documents.getState();
  const graph = shownStateOf(map, session.getState().target);
  // Only the graph of the map: the worker gets a structured clone of this.
  const state: MapState = graph === map ? { lanes: map.lanes, steps: map.steps, flows: map.flows, annotations: map.annotations } : graph;
  return { state, settings: map.settings, language: map.meta.language };
}

/** Whether the analysed part of the document changed (Immer keeps unchanged parts identical). */
function sameInput(left: AnalysedInput | null, right: AnalysedInput): boolean {
  return (
    left !== null &&
    left.settings === right.settings &&
    left.language === right.language &&
    left.state.lanes === right.state.lanes &&
    left.state.steps === right.state.steps &&
    left.state.flows === right.state.flows
  );
}

/**
 * Analyses the shown state after every document change: synchronously for small maps, in
 * a Web Worker for large ones. Each change gets a version number and only the answer for
 * the newest version is kept, so a slow answer for an older document is dropped.
 */
export function createAnalysisService(documents: DocumentStore, session: SessionStore, options: AnalysisServiceOptions): AnalysisService {
  const threshold = options.workerThresholdSteps ?? WORKER_THRESHOLD_STEPS;
  const reportError = options.onError ?? ((error: unknown) => console.error('Analysis failed', error));
  const subscribers = createSubscribers();
  let state: AnalysisState = { analysis: null, pending: false };
  let lastInput: AnalysedInput | null = null;
  let latestVersion = 0;

  function publish(next: AnalysisState): void {
    if (next.analysis === state.analysis && next.pending === state.pending) return;
    state = next;
    subscribers.notify();
  }

  function analyseSynchronously(input: AnalysedInput): void {
    try {
      publish({ analysis: options.analyse(input), pending: false });
    } catch (error) {
      reportError(error);
      publish({ analysis: null, pending: false });
    }
  }

  function handleResponse(response: AnalysisResponse): void {
    if (response.version !== latestVersion) return;
    if (response.ok) {
      publish({ analysis: response.analysis, pending: false });
    } else {
      reportError(new Error(response.message));
      publish({ analysis: null, pending: false });
    }
  }

  const workers = createWorkerSlot<AnalysisWorkerPort, AnalysisResponse>({
    create: options.createWorker,
    onMessage: handleResponse,
    reportError,
    // The worker is unusable: analyse the newest document here instead.
    onBroken: () => {
      if (lastInput) analyseSynchronously(lastInput);
    },
  });

  function update(): void {
    const input = shownInput(documents, session);
    if (sameInput(lastInput, input)) return;
    lastInput = input;
    latestVersion += 1;
    const largeMap = input.state.steps.length >= threshold;
    const port = largeMap ? workers.get() : null;
    if (!port) {
      analyseSynchronously(input);
      return;
    }
    publish({ analysis: state.analysis, pending: true });
    port.postMessage({ version: latestVersion, input });
  }

  const unsubscribeDocuments = documents.subscribe(update);
  const unsubscribeSession = session.subscribe(update);
  update();

  return {
    getState: () => state,
    subscribe: subscribers.subscribe,
    dispose() {
      unsubscribeDocuments();
      unsubscribeSession();
      workers.dispose();
    },
  };
}
