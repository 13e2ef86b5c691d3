import { describe, expect, it } from 'vitest';
import { makeStep, makeTestMap } from '../../../shared/commands/testSupport';
import type { ImprovementInsights } from '../../../shared/improve/insights';
import type { ProcessMap } from '../../../shared/model/types';
import { createDocumentStore } from '../store/documentStore';
import { createInsightService } from './createInsightService';
import type { InsightRequest, InsightResponse, InsightWorkerPort } from './insightServiceTypes';

/** Recognisable insights: the number of suggestions is the number of steps of the map. */
function countingInsights(map: ProcessMap): ImprovementInsights {
  return { comparison: {} as ImprovementInsights['comparison'], suggestions: map.steps.map(() => ({}) as ImprovementInsights['suggestions'][number]), suggestionSavings: {}, conflictingSuggestionIds: [] };
}

class FakeWorker implements InsightWorkerPort {
  readonly requests: InsightRequest[] = [];
  private listener: ((event: MessageEvent<InsightResponse>) => void) | null = null;
  postMessage(request: InsightRequest): void {
    this.requests.push(request);
  }
  addEventListener(type: 'message' | 'error', listener: never): void {
    if (type === 'message') this.listener = listener;
  }
  terminate(): void {}
  answer(request: InsightRequest): void {
    this.listener?.({ data: { version: request.version, ok: true, insights: countingInsights(request.map) } } as MessageEvent<InsightResponse>);
  }
}

describe('createInsightService: comparison and suggestions once per document change', () => {
  it('computes a small map once per change, however many views read it', () => {
    const store = createDocumentStore(makeTestMap());
    let runs = 0;
    const service = createInsightService(store, { compute: (map) => (runs++, countingInsights(map)), lazy: false, createWorker: null });
    expect(service.getState().insights?.suggestions).toHaveLength(5);
    const releases = [service.demand(), service.demand(), service.demand()];
    expect(runs).toBe(1);
    store.dispatch({ type: 'step/add', step: makeStep('c', 'sec') });
    expect(service.getState()).toMatchObject({ pending: false });
    expect(service.getState().insights?.suggestions).toHaveLength(6);
    expect(runs).toBe(2);
    releases.forEach((release) => release());
    service.dispose();
  });

  it('computes a large map only while a view asks, in the worker, showing it is busy and dropping stale answers', () => {
    const store = createDocumentStore(makeTestMap());
    const worker = new FakeWorker();
    let runsHere = 0;
    const options = { compute: (map: ProcessMap) => (runsHere++, countingInsights(map)), lazy: false, createWorker: () => worker, eagerMaxSteps: 2, workerThresholdSteps: 3 };
    const service = createInsightService(store, options);
    expect(service.getState()).toEqual({ insights: null, pending: false });
    expect(worker.requests).toHaveLength(0);

    const release = service.demand();
    expect(service.getState().pending).toBe(true);
    expect(worker.requests).toHaveLength(1);
    store.dispatch({ type: 'step/add', step: makeStep('c', 'sec') });
    expect(worker.requests).toHaveLength(2);
    const [stale, newest] = worker.requests;
    if (!stale || !newest) throw new Error('two requests expected');
    worker.answer(stale);
    expect(service.getState()).toEqual({ insights: null, pending: true });
    worker.answer(newest);
    expect(service.getState().pending).toBe(false);
    expect(service.getState().insights?.suggestions).toHaveLength(6);
    expect(runsHere).toBe(0);
    release();
    service.dispose();
  });

  it('loads the computation on first use and hands the export the insights of the document as it is', async () => {
    const store = createDocumentStore(makeTestMap());
    let loads = 0;
    const service = createInsightService(store, {
      compute: () => (loads++, Promise.resolve(countingInsights)),
      lazy: true,
      createWorker: null,
    });
    expect(service.getState().pending).toBe(true);
    const insights = await service.whenCurrent();
    expect(insights.suggestions).toHaveLength(5);
    store.dispatch({ type: 'step/add', step: makeStep('c', 'sec') });
    // Loaded once: the next change is computed at once.
    expect(service.getState()).toMatchObject({ pending: false });
    expect((await service.whenCurrent()).suggestions).toHaveLength(6);
    expect(loads).toBe(1);
    service.dispose();
  });
});
