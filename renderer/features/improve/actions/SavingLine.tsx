import { useTranslation } from 'react-i18next';
import { formatCurrency, formatNumber } from '../../../../shared/i18n/format';
import { useDocumentState } from '../../../base/hooks';
import { useUiLanguage } from '../../../base/i18n/useUiLanguage';

interface SavingLineProps {
  saving: { hoursPerYear: number; costPerYear: number; leadTimeWorkingDays: number } | undefined;
}

/** "282 u per jaar · € 11.859 per jaar · 0 werkdagen doorlooptijd": what an action saves on its own. */
export function SavingLine({ saving }: SavingLineProps) {
  const { t } = useTranslation('actions');
  const language = useUiLanguage();
  const currency = useDocumentState((state) => state.map.settings.currency);
  if (!saving) return null;
  return (
    <p className="sl-improve__saving" data-testid="saving-line">
      {t('actions.saving', {
        hours: formatNumber(saving.hoursPerYear, language, 0),
        cost: formatCurrency(saving.costPerYear, currency, language),
        days: formatNumber(saving.leadTimeWorkingDays, language, 1),
      })}
    </p>
  );
}
