import i18next, { type TFunction } from 'i18next';
import type { Language } from '../model/vocabulary';
import { sharedResources } from './locales';

/**
 * A synchronous i18next translator for texts produced by `shared/` (findings, diagnostics,
 * file problems, the plan). One instance per language, created on first use.
 */
const translators = new Map<Language, TFunction>();

export function getTranslator(language: Language): TFunction {
  const cached = translators.get(language);
  if (cached) return cached;
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: false,
    resources: sharedResources,
    ns: Object.keys(sharedResources.en),
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const t = instance.t.bind(instance) as TFunction;
  translators.set(language, t);
  return t;
}
