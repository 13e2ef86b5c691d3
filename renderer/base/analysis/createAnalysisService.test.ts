import { describe, expect, it } from 'vitest';
import type { Analysis, AnalysisInput } from '../../../shared/analysis/types';
import { makeStep, makeTestMap } from '../../../shared/commands/testSupport';
import { createSessionStore } from '../session/sessionStore';
import { createDocumentStore } from '../store/documentStore';
import type { AnalysisRequest, AnalysisResponse, AnalysisWorkerPort } from './analysisServiceTypes';
import { createAnalysisService } from './createAnalysisService';

/** A recognisable analysis: its metrics' processTimeMinutes is the number of steps analysed. */
function countingAnalyse(input: AnalysisInput): Analysis {
  return {
    metrics: { processTimeMinutes: input.state.steps.length } as Analysis['metrics'],
    steps: [],
    lanes: [],
    findings: [],
    diagnostics: [],
    flowProbabilities: {},
    criticalPath: null,
    parallelBlocks: [],
  };
}

class FakeWorker implements AnalysisWorkerPort {
  readonly requests: AnalysisRequest[] = [];
  private listener: ((event: MessageEvent<AnalysisResponse>) => void) | null = null;
  terminated = false;
  postMessage(request: AnalysisRequest): void {
    this.requests.push(request);
  }
  addEventListener(type: 'message' | 'error', listener: never): void {
    if (type === 'message') this.listener = listener;
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(request: AnalysisRequest): void {
    this.listener?.({ data: { version: request.version, ok: true, analysis: countingAnalyse(request.input) } } as MessageEvent<AnalysisResponse>);
  }
}

describe('createAnalysisService', () => {
  it('analyses small maps synchronously after every document change, not after selection', () => {
    const store = createDocumentStore(makeTestMap());
    const session = createSessionStore(store);
    let runs = 0;
    const service = createAnalysisService(store, session, { analyse: (input) => (runs++, countingAnalyse(input)), createWorker: null });
    expect(service.getState().analysis?.metrics?.processTimeMinutes).toBe(5);
    session.select({ stepIds: ['a'] });
    expect(runs).toBe(1);
    store.dispatch({ type: 'step/add', step: makeStep('c', 'sec') });
    expect(service.getState()).toMatchObject({ pending: false });
    expect(service.getState().analysis?.metrics?.processTimeMinutes).toBe(6);
    expect(runs).toBe(2);
    service.dispose();
  });

  it('uses the worker for large maps and drops stale answers', () => {
    const store = createDocumentStore(makeTestMap());
    const session = createSessionStore(store);
    const worker = new FakeWorker();
    const service = createAnalysisService(store, session, { analyse: countingAnalyse, createWorker: () => worker, workerThresholdSteps: 6 });
    expect(service.getState().analysis?.metrics?.processTimeMinutes).toBe(5);
    store.dispatch({ type: 'step/add', step: makeStep('c', 'sec') });
    store.dispatch({ type: 'step/add', step: makeStep('d2', 'sec') });
    expect(worker.requests).toHaveLength(2);
    expect(service.getState().pending).toBe(true);
    const [older, newer] = worker.requests;
    worker.answer(newer!);
    expect(service.getState()).toMatchObject({ pending: false });
    expect(service.getState().analysis?.metrics?.processTimeMinutes).toBe(7);
    worker.answer(older!);
    expect(service.getState().analysis?.metrics?.processTimeMinutes).toBe(7);
    service.dispose();
    expect(worker.terminated).toBe(true);
  });

  it('falls back to synchronous analysis when no worker can be created', () => {
    const store = createDocumentStore(makeTestMap());
    const session = createSessionStore(store);
    const errors: unknown[] = [];
    const service = createAnalysisService(store, session, {
      analyse: countingAnalyse,
      createWorker: () => {
        throw new Error('no workers here');
      },
      workerThresholdSteps: 1,
      onError: (error) => errors.push(error),
    });
    expect(service.getState().analysis?.metrics?.processTimeMinutes).toBe(5);
    expect(errors).toHaveLength(1);
  });

  it('a failing analysis gives no analysis instead of crashing', () => {
    const store = createDocumentStore(makeTestMap());
    const session = createSessionStore(store);
    const service = createAnalysisService(store, session, {
      analyse: () => {
        throw new Error('bug');
      },
      createWorker: null,
      onError: () => undefined,
    });
    expect(service.getState()).toEqual({ analysis: null, pending: false });
  });
});
