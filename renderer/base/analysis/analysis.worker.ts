/// <reference lib="webworker" />
import { analyseState } from '../../../shared/analysis/analyseMap';
import type { AnalysisRequest, AnalysisResponse } from './analysisServiceTypes';

/**
 * Analyses large maps off the main thread. Each answer carries the request's version, so
 * the page can drop answers for documents that changed meanwhile.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<AnalysisRequest>) => {
  const { version, input } = event.data;
  let response: AnalysisResponse;
  try {
    response = { version, ok: true, analysis: analyseState(input) };
  } catch (error) {
    response = { version, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
});
