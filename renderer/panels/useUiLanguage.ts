import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/model/vocabulary';

/**
 * The language the interface is shown in (not the map's language): numbers, durations
 * and money in the panels are formatted in it, so nl users read "1,5 uur".
 */
export function useUiLanguage(): Language {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return language?.startsWith('en') ? 'en' : 'nl';
}
