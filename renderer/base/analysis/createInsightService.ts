import type { ImprovementInsights } from '../../../shared/improve/insights';
import type { ProcessMap } from '../../../shared/model/types';
import type { DocumentStore } from '../store/documentStore';
import { createSubscribers } from '../store/subscribers';
import { createWorkerSlot } from './workerSlot';
import type { ComputeInsights, InsightResponse, InsightService, InsightState, InsightWorkerPort } from './insightServiceTypes';

/**
 * Up to this many steps the insights are computed after every change, demanded or not: the
 * actions panel's badge and savings stay current and it costs a few milliseconds.
 */
export const EAGER_INSIGHT_MAX_STEPS = 400;
/**
 * From this many steps the insights are computed in the worker: the comparison alone is two
 * analyses plus one per action, and the suggestions another pass over every finding, which takes
 * seconds at 10,000 steps. Below it the structured clone costs more than it saves.
 */
export const INSIGHT_WORKER_THRESHOLD_STEPS = 2_000;

export interface InsightServiceOptions {
  /** The computation in this thread: given directly (tests), or loaded on first use (the app's lazy chunk). */
  compute: ComputeInsights | (() => Promise<ComputeInsights>);
  /** Whether `compute` is the loader rather than the computation. */
  lazy: boolean;
  createWorker: (() => InsightWorkerPort) | null;
  workerThresholdSteps?: number;
  eagerMaxSteps?: number;
  onError?: (error: unknown) => void;
}

export function createInsightService(documents: DocumentStore, options: InsightServiceOptions): InsightService {
  const threshold = options.workerThresholdSteps ?? INSIGHT_WORKER_THRESHOLD_STEPS;
  const eagerMax = options.eagerMaxSteps ?? EAGER_INSIGHT_MAX_STEPS;
  const reportError = options.onError ?? ((error: unknown) => console.error('Improvement insights failed', error));
  const subscribers = createSubscribers();
  let state: InsightState = { insights: null, pending: false };
  let computeHere: ComputeInsights | null = options.lazy ? null : (options.compute as ComputeInsights);
  let loading: Promise<ComputeInsights> | null = null;
  /** The map the newest request is for, and the map `state.insights` belong to. */
  let requestedMap: ProcessMap | null = null;
  let computedMap: ProcessMap | null = null;
  let version = 0;
  let demandCount = 0;

  function publish(next: InsightState): void {
    if (next.insights === state.insights && next.pending === state.pending) return;
    state = next;
    subscribers.notify();
  }

  function finish(forVersion: number, map: ProcessMap, compute: () => ImprovementInsights): void {
    if (forVersion !== version) return;
    try {
      const insights = compute();
      computedMap = map;
      publish({ insights, pending: false });
    } catch (error) {
      reportError(error);
      computedMap = map;
      publish({ insights: null, pending: false });
    }
  }

  function loadComputation(): Promise<ComputeInsights> {
    loading ??= (options.compute as () => Promise<ComputeInsights>)().then((compute) => {
      computeHere = compute;
      return compute;
    });
    return loading;
  }

  function computeInThisThread(forVersion: number, map: ProcessMap): void {
    const settings = { withSuggestionSavings: map.steps.length <= eagerMax };
    if (computeHere) {
      const compute = computeHere;
      finish(forVersion, map, () => compute(map, settings));
      return;
    }
    publish({ insights: state.insights, pending: true });
    loadComputation().then(
      (compute) => finish(forVersion, map, () => compute(map, settings)),
      (error: unknown) => finish(forVersion, map, () => {
        throw error;
      }),
    );
  }

  const workers = createWorkerSlot<InsightWorkerPort, InsightResponse>({
    create: options.createWorker,
    onMessage: (response) => {
      const map = requestedMap;
      if (response.version !== version || !map) return;
      if (response.ok) finish(response.version, map, () => response.insights);
      else finish(response.version, map, () => {
        throw new Error(response.message);
      });
    },
    reportError,
    // The worker is unusable: compute the newest document here instead.
    onBroken: () => {
      if (requestedMap) computeInThisThread(version, requestedMap);
    },
  });

  function update(): void {
    const { map } = documents.getState();
    if (map === requestedMap) return;
    const needed = demandCount > 0 || map.steps.length <= eagerMax;
    if (!needed) {
      // Nothing shows them: drop the figures of an older document rather than show them as current.
      if (state.insights !== null && computedMap !== map) publish({ insights: null, pending: false });
      return;
    }
    requestedMap = map;
    version += 1;
    const port = map.steps.length >= threshold ? workers.get() : null;
    if (!port) {
      computeInThisThread(version, map);
      return;
    }
    publish({ insights: state.insights, pending: true });
    port.postMessage({ version, map, options: { withSuggestionSavings: false } });
  }

  const unsubscribeDocuments = documents.subscribe(update);
  update();

  const service: InsightService = {
    getState: () => state,
    subscribe: subscribers.subscribe,
    demand() {
      demandCount += 1;
      update();
      let released = false;
      return () => {
        if (released) return;
        released = true;
        demandCount -= 1;
      };
    },
    whenCurrent() {
      const release = service.demand();
      return new Promise<ImprovementInsights>((resolve, reject) => {
        const check = (): boolean => {
          const { map } = documents.getState();
          if (state.pending || computedMap !== map) return false;
          unsubscribe();
          release();
          if (state.insights) resolve(state.insights);
          else reject(new Error('the comparison of current and future state could not be computed'));
          return true;
        };
        const unsubscribe = subscribers.subscribe(() => void check());
        check();
      });
    },
    dispose() {
      unsubscribeDocuments();
      workers.dispose();
    },
  };
  return service;
}
