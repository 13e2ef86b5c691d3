import { StrictMode, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { parseMap } from '../../../shared/model/parse';
import type { ProcessMap } from '../../../shared/model/types';
import { startAnalysisService } from '../../../renderer/base/analysis/startAnalysisService';
import { EditorStoreProvider } from '../../../renderer/base/hooks';
import { createEditorStore } from '../../../renderer/base/store/documentStore';
import { FlowCanvas } from '../../../renderer/features/canvas/FlowCanvas';
import { canvasController } from '../../../renderer/base/canvasController';
import { initI18n } from '../../../renderer/base/i18n';

/**
 * The canvas alone (palette and map), with the real store and analysis service: for the
 * benchmark, to tell the canvas' own cost from the rest of the window (metrics bar,
 * timeline, inspector), and for looking at the canvas by itself. `?lang=en` switches the UI
 * language; the map is loaded with `window.__canvasHarness.load(json)`.
 */
const language = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'nl';
const i18n = initI18n(language);
const empty: ProcessMap = {
  format: 'stroomlijn-map',
  schemaVersion: 2,
  meta: { title: 'Leeg', description: '', organisation: '', author: '', language, createdAt: '', updatedAt: '' },
  settings: { casesPerYear: 0, hoursPerDay: 8, currency: 'EUR', defaultHourlyCost: 45, workdayStart: '09:00' },
  lanes: [],
  steps: [],
  flows: [],
  annotations: [],
  actions: [],
  dismissedFindings: [],
  rootCauses: [],
  future: null,
};
const store = createEditorStore(empty);
const analysis = startAnalysisService(store);

declare global {
  interface Window {
    __canvasHarness: {
      load(json: string): void;
      store: typeof store;
      analysis: typeof analysis;
      canvas: typeof canvasController;
    };
  }
}

window.__canvasHarness = {
  load(json) {
    const result = parseMap(json);
    if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
    store.loadDocument(result.map, { handle: null, name: null });
  },
  store,
  analysis,
  canvas: canvasController,
};

// `?width=&height=` gives the harness the size of the app's canvas area (plus the palette).
const params = new URLSearchParams(location.search);
const root = document.getElementById('root');
if (root && params.has('width')) root.style.width = `${Number(params.get('width'))}px`;
if (root && params.has('height')) root.style.height = `${Number(params.get('height'))}px`;
if (root) {
  createRoot(root).render(
    createElement(
      StrictMode,
      null,
      createElement(
        I18nextProvider,
        { i18n },
        createElement(EditorStoreProvider, { store, analysis }, createElement(FlowCanvas)),
      ),
    ),
  );
}
