import { useTranslation } from 'react-i18next';
import type { Action } from '../../../../shared/model/types';
import { ModalDialog } from '../../../base/ui/ModalDialog';

/**
 * Asks before deleting an action whose removal rebuilds a hand-edited future state (the app's
 * own dialog, not the browser's confirm). Cancel is the safe default: it keeps the focus.
 */
export function ConfirmDeleteActionDialog({ action, onAnswer }: { action: Action; onAnswer: (confirmed: boolean) => void }) {
  const { t } = useTranslation('actions');
  return (
    <ModalDialog
      testId="confirm-delete-action-dialog"
      title={t('actions.deleteConfirmTitle', { title: action.title || t('actions.untitled') })}
      onCancel={() => onAnswer(false)}
      buttons={
        <>
          <button type="button" className="sl-button" autoFocus onClick={() => onAnswer(false)}>
            {t('actions.cancel')}
          </button>
          <button type="button" className="sl-button sl-button--primary" data-testid="confirm-delete-action" onClick={() => onAnswer(true)}>
            {t('actions.deleteConfirm')}
          </button>
        </>
      }
    >
      <p>{t('actions.rebuildWarning')}</p>
    </ModalDialog>
  );
}
