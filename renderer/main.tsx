import './styles/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { StroomlijnBridge } from '../shared/ipc/contract';
import { createEmptyMap } from '../shared/model/defaults';
import type { Language } from '../shared/model/vocabulary';
import { startAnalysisService } from './base/analysis/startAnalysisService';
import { createEditor } from './base/editor';
import { App } from './shell/App';
import { createAppServices } from './shell/appServices';
import { EditorProvider } from './base/hooks';
import { createBridge } from './base/bridge';
import { installTestHooks } from './shell/testHooks';
import { initI18n } from './base/i18n';

/** The saved language preference, else the system language; English when the platform cannot tell. */
async function startLanguage(bridge: StroomlijnBridge): Promise<Language> {
  try {
    const preferences = await bridge.getPreferences();
    if (preferences.language) return preferences.language;
    return await bridge.getSystemLanguage();
  } catch (error) {
    console.error('Could not read the language preference', error);
    return 'en';
  }
}

async function start(): Promise<void> {
  const bridge = createBridge();
  const language = await startLanguage(bridge);
  const i18n = initI18n(language);
  document.documentElement.lang = language;
  const editor = createEditor(createEmptyMap({ title: '', language, now: new Date().toISOString() }), { startAnalysis: startAnalysisService });
  installTestHooks(editor);
  const services = createAppServices({ editor, bridge, i18n });
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <EditorProvider editor={editor}>
        <App services={services} />
      </EditorProvider>
    </StrictMode>,
  );
  await services.recovery.offerRecovered();
}

void start();
