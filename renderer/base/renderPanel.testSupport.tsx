import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import type { Analysis } from '../../shared/analysis/types';
import type { ProcessMap } from '../../shared/model/types';
import type { Language } from '../../shared/model/vocabulary';
import { computeInsights } from '../../shared/improve/insights';
import { createInsightService } from './analysis/createInsightService';
import { createEditor, type Editor } from './editor';
import { EditorProvider } from './hooks';
import { initI18n } from './i18n';

/**
 * Renders a panel to HTML with a real editor (document and session) and i18n and a fixed
 * analysis, so panel tests check what a person would read without a browser. `prepare`
 * sets the session up first (an open improvement action, a selection).
 */
export function renderPanel(
  panel: ReactNode,
  map: ProcessMap,
  analysis: Analysis | null,
  language: Language = 'nl',
  prepare: (editor: Editor) => void = () => undefined,
): string {
  const editor = createEditor(map, {
    startAnalysis: () => ({ getState: () => ({ analysis, pending: false }), subscribe: () => () => undefined, dispose: () => undefined }),
    // Computed here and at once: a static render has no effects and no time to wait for a chunk.
    startInsights: (documents) => createInsightService(documents, { compute: computeInsights, lazy: false, createWorker: null }),
  });
  prepare(editor);
  return renderToStaticMarkup(
    <I18nextProvider i18n={initI18n(language)}>
      <EditorProvider editor={editor}>{panel}</EditorProvider>
    </I18nextProvider>,
  );
}

/** The text a person reads in a piece of rendered HTML: tags removed, whitespace collapsed. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
