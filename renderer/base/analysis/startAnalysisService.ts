import { analyseState } from '../../../shared/analysis/analyseMap';
import type { SessionStore } from '../session/sessionStore';
import type { DocumentStore } from '../store/documentStore';
import type { AnalysisService, AnalysisWorkerPort } from './analysisServiceTypes';
import { createAnalysisService } from './createAnalysisService';

function createAnalysisWorker(): AnalysisWorkerPort {
  return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
}

/** The app's analysis service: shared/analysis in the page for small maps, in a Web Worker for large ones. */
export function startAnalysisService(documents: DocumentStore, session: SessionStore): AnalysisService {
  return createAnalysisService(documents, session, {
    analyse: analyseState,
    createWorker: typeof Worker === 'undefined' ? null : createAnalysisWorker,
  });
}
