import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/vocabulary';
import { uiLanguageOf } from '.';

/**
 * The language the interface is shown in (not the map's language): numbers, durations
 * and money in the panels are formatted in it, so nl users read "1,5 uur".
 */
export function useUiLanguage(): Language {
  const { i18n } = useTranslation();
  return uiLanguageOf(i18n);
}
