import { useTranslation } from 'react-i18next';

/**
 * The classic value-stream inventory triangle ("I") left of a step: work queues here for
 * `waitTimeText` before the step starts. The flow line runs through it, as on paper maps.
 */
export function InventoryTriangle({ waitTimeText }: { waitTimeText: string }) {
  const { t } = useTranslation('canvas');
  return (
    <div className="inventory" title={t('step.inventoryTitle', { time: waitTimeText })} aria-label={t('step.inventoryTitle', { time: waitTimeText })}>
      <svg className="inventory__triangle" viewBox="0 0 30 26" aria-hidden="true">
        <polygon points="15,1.5 28.5,24.5 1.5,24.5" />
        <text x="15" y="21">I</text>
      </svg>
      <span className="inventory__time">{waitTimeText}</span>
    </div>
  );
}
