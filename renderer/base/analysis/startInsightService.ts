import type { DocumentStore } from '../store/documentStore';
import { createInsightService } from './createInsightService';
import type { InsightService, InsightWorkerPort } from './insightServiceTypes';

function createInsightWorker(): InsightWorkerPort {
  return new Worker(new URL('./insights.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * The app's insight service: the improvement code (comparison, playbook) is loaded when it is
 * first needed, not with the main script; large maps are computed in a worker.
 */
export function startInsightService(documents: DocumentStore): InsightService {
  return createInsightService(documents, {
    compute: () => import('../../../shared/improve/insights').then((module) => module.computeInsights),
    lazy: true,
    createWorker: typeof Worker === 'undefined' ? null : createInsightWorker,
  });
}
