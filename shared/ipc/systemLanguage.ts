import type { Language } from '../model/vocabulary';

/**
 * The app language for a list of preferred system languages (BCP 47 tags, most preferred
 * first): Dutch when the first one is Dutch (nl, nl-NL, nl-BE…), English otherwise.
 */
export function languageFromLocales(preferredLocales: readonly string[]): Language {
  const first = preferredLocales.find((tag) => tag.trim() !== '');
  if (first === undefined) return 'en';
  return /^nl(?:[-_]|$)/i.test(first.trim()) ? 'nl' : 'en';
}
