import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

/** Why an arrow or a step was refused: it would break a parallel block (domain.md section 7). */
export interface BlockRefusal {
  kind: 'connect' | 'add';
  /** The file format's refusal, naming the split and the flow, in the UI language. */
  message: string;
}

/** The refusal above the canvas, until it is closed or the map changes. */
export function BlockRefusalNotice({ refusal, onDismiss }: { refusal: BlockRefusal; onDismiss: () => void }) {
  const { t } = useTranslation('canvas');
  return (
    <div className="layout-status layout-status--problem block-refusal" role="alert" data-testid="block-refusal">
      <span>{t(`blockRefused.${refusal.kind}`, { reason: refusal.message })}</span>
      <button type="button" className="layout-status__close" aria-label={t('blockRefused.dismiss')} title={t('blockRefused.dismiss')} onClick={onDismiss}>
        <Icon name="close" />
      </button>
    </div>
  );
}
