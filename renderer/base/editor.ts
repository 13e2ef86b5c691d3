import { analyseState } from '../../shared/analysis/analyseMap';
import type { ProcessMap } from '../../shared/model/types';
import type { AnalysisService } from './analysis/analysisServiceTypes';
import { createAnalysisService } from './analysis/createAnalysisService';
import type { InsightService } from './analysis/insightServiceTypes';
import { startInsightService } from './analysis/startInsightService';
import { createCanvasController, type CanvasController } from './canvasController';
import { createSessionStore, type SessionStore } from './session/sessionStore';
import { createDocumentStore, type DocumentStore, type DocumentStoreOptions } from './store/documentStore';

/**
 * The state of one window: the document, the session around it, the analysis of the shown
 * state and the canvas API. Created once by the app (main.tsx) and handed to React through
 * <EditorProvider>; tests create their own. No module holds one.
 */
export interface Editor {
  documents: DocumentStore;
  session: SessionStore;
  analysis: AnalysisService;
  /** Comparison and suggestions of the document, once per change for every view (and the export). */
  insights: InsightService;
  canvas: CanvasController;
}

export interface EditorOptions extends DocumentStoreOptions {
  /** Starts the analysis service; by default the analysis runs synchronously in this thread. */
  startAnalysis?: (documents: DocumentStore, session: SessionStore) => AnalysisService;
  /** Starts the insight service; by default the improvement code loads on first use and large maps go to a worker. */
  startInsights?: (documents: DocumentStore) => InsightService;
}

function analyseInThisThread(documents: DocumentStore, session: SessionStore): AnalysisService {
  return createAnalysisService(documents, session, { analyse: analyseState, createWorker: null });
}

export function createEditor(initialMap: ProcessMap, options: EditorOptions = {}): Editor {
  const documents = createDocumentStore(initialMap, options);
  // The session follows the document, so it subscribes first: it has caught up before the
  // analysis and the components hear of a change.
  const session = createSessionStore(documents);
  const analysis = (options.startAnalysis ?? analyseInThisThread)(documents, session);
  const insights = (options.startInsights ?? startInsightService)(documents);
  return { documents, session, analysis, insights, canvas: createCanvasController() };
}
