import { useTranslation } from 'react-i18next';
import { formatCurrency, formatDuration, formatNumber } from '../../../../shared/i18n/format';
import { useDocumentState } from '../../../base/hooks';
import { useUiLanguage } from '../../../base/i18n/useUiLanguage';

interface SavingLineProps {
  saving: { hoursPerYear: number; costPerYear: number; leadTimeMinutes: number } | undefined;
}

/**
 * "282 uur werk per jaar · € 11.859 per jaar · 7,1 minuten kortere doorlooptijd": what an action
 * saves on its own, the lead time in the unit that reads best (7 minutes are not "0 working days").
 */
export function SavingLine({ saving }: SavingLineProps) {
  const { t } = useTranslation('actions');
  const language = useUiLanguage();
  const currency = useDocumentState((state) => state.map.settings.currency);
  const hoursPerDay = useDocumentState((state) => state.map.settings.hoursPerDay);
  if (!saving) return null;
  return (
    <p className="sl-improve__saving" data-testid="saving-line">
      {t('actions.saving', {
        hours: formatNumber(saving.hoursPerYear, language, 0),
        cost: formatCurrency(saving.costPerYear, currency, language),
        leadTime: formatDuration(Math.max(0, saving.leadTimeMinutes), hoursPerDay, language),
      })}
    </p>
  );
}
