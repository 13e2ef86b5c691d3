import { StrictMode, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { parseMap } from '../../../shared/model/parse';
import type { ProcessMap } from '../../../shared/model/types';
import { startAnalysisService } from '../../../renderer/base/analysis/startAnalysisService';
import { createEditor } from '../../../renderer/base/editor';
import { EditorProvider } from '../../../renderer/base/hooks';
import { initI18n } from '../../../renderer/base/i18n';
import { FlowCanvas } from '../../../renderer/features/canvas/FlowCanvas';

/**
 * The canvas alone (palette and map), with the real editor and analysis service: for the
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
const editor = createEditor(empty, { startAnalysis: startAnalysisService });

declare global {
  interface Window {
    __canvasHarness: {
      load(json: string): void;
      editor: typeof editor;
    };
  }
}

window.__canvasHarness = {
  load(json) {
    const result = parseMap(json);
    if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
    editor.documents.loadDocument(result.map, { handle: null, name: null });
  },
  editor,
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
        createElement(EditorProvider, { editor }, createElement(FlowCanvas)),
      ),
    ),
  );
}
