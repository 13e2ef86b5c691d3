import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { VALUE_TYPES } from '../../../shared/model/vocabulary';

/** What the header colours of the process boxes mean, plus the rework line style. */
function ValueTypeLegendView() {
  const { t } = useTranslation('canvas');
  return (
    <div className="legend" role="group" aria-label={t('valueType.title')}>
      <h2 className="legend__title">{t('valueType.title')}</h2>
      {VALUE_TYPES.map((valueType) => (
        <span key={valueType} className="legend__item">
          <span className={`legend__swatch value--${valueType}`} aria-hidden="true" />
          {t(`valueType.${valueType}`)}
        </span>
      ))}
      <span className="legend__item">
        <svg className="legend__rework" viewBox="0 0 14 8" aria-hidden="true">
          <line x1="0" y1="4" x2="14" y2="4" />
        </svg>
        {t('flow.rework')}
      </span>
    </div>
  );
}

export const ValueTypeLegend = memo(ValueTypeLegendView);
