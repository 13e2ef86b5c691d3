import type { ElkNode } from 'elkjs/lib/elk-api';
import type { LayoutEngine } from './computeLayout';
import type { LayoutRequest, LayoutResponse } from './layoutProtocol';

interface Pending {
  resolve: (graph: ElkNode) => void;
  reject: (error: Error) => void;
}

/**
 * A LayoutEngine backed by one Web Worker, started on first use and kept for later layouts
 * (loading ELK costs a few hundred milliseconds). `cancel` terminates it; the next layout
 * starts a fresh one.
 */
export function createWorkerLayoutEngine(): LayoutEngine {
  let worker: Worker | null = null;
  let nextRequestId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (message: string): void => {
    for (const entry of pending.values()) entry.reject(new Error(message));
    pending.clear();
  };

  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const created = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    created.onmessage = (event: MessageEvent<LayoutResponse>) => {
      const response = event.data;
      const entry = pending.get(response.requestId);
      if (!entry) return;
      pending.delete(response.requestId);
      if (response.ok) entry.resolve(response.graph);
      else entry.reject(new Error(response.message));
    };
    created.onerror = (event) => {
      failAll(event.message || 'layout worker failed');
      created.terminate();
      if (worker === created) worker = null;
    };
    worker = created;
    return created;
  };

  return {
    layout(graph) {
      const requestId = nextRequestId++;
      const request: LayoutRequest = { requestId, graph };
      return new Promise<ElkNode>((resolve, reject) => {
        pending.set(requestId, { resolve, reject });
        ensureWorker().postMessage(request);
      });
    },
    cancel() {
      worker?.terminate();
      worker = null;
      failAll('layout cancelled');
    },
  };
}
