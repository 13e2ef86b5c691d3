/// <reference lib="webworker" />
import { computeInsights } from '../../../shared/improve/insights';
import type { InsightRequest, InsightResponse } from './insightServiceTypes';

/**
 * Computes the comparison and the suggestions of large maps off the main thread, beside the
 * analysis worker (so a slow comparison never holds up the metrics bar). Each answer carries
 * the request's version, so the page can drop answers for documents that changed meanwhile.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<InsightRequest>) => {
  const { version, map, options } = event.data;
  let response: InsightResponse;
  try {
    response = { version, ok: true, insights: computeInsights(map, options) };
  } catch (error) {
    response = { version, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
});
