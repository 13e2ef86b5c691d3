import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/model/vocabulary';
import { rendererResources } from './resources';

export { rendererResources } from './resources';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The one i18next instance of the renderer (react-i18next's useTranslation reads it).
 * Resources are bundled, so it initialises synchronously; switching language later is
 * `i18n.changeLanguage()` and every translated component re-renders.
 */
export function initI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    resources: rendererResources,
    ns: Object.keys(rendererResources.en),
    defaultNS: 'app',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** The language the UI shows now (nl or en). */
export function uiLanguageOf(instance: i18n): Language {
  const language = instance.resolvedLanguage ?? instance.language;
  return language === 'en' ? 'en' : 'nl';
}
