import './styles/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { StroomlijnBridge } from '../shared/ipc/contract';
import { createEmptyMap } from '../shared/model/defaults';
import type { Language } from '../shared/model/vocabulary';
import { startAnalysisService } from './analysis/startAnalysisService';
import { App } from './app/App';
import { createAppServices } from './app/appServices';
import { EditorStoreProvider } from './app/hooks';
import { createEditorStore } from './app/store';
import { createBridge } from './bridge';
import { installTestHooks } from './canvas/testHooks';
import { initI18n } from './i18n';

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
