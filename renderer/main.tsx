import './styles/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { StroomlijnBridge } from '../shared/ipc/contract';
import { createEmptyMap } from '../shared/model/defaults';
import type { Language } from '../shared/model/vocabulary';
import { startAnalysisService } from './base/analysis/startAnalysisService';
import { App } from './shell/App';
import { createAppServices } from './shell/appServices';
import { EditorStoreProvider } from './base/hooks';
import { createEditorStore } from './base/store/documentStore';
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
  const store = createEditorStore(createEmptyMap({ title: '', language, now: new Date().toISOString() }));
  const analysis = startAnalysisService(store);
  installTestHooks(store, analysis);
  const services = createAppServices({ store, analysis, bridge, i18n });
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <EditorStoreProvider store={store} analysis={analysis}>
        <App services={services} />
      </EditorStoreProvider>
    </StrictMode>,
  );
  await services.recovery.offerRecovered();
}

void start();
