import { useTranslation } from 'react-i18next';
import type { DiscardChoice } from './dialogController';
import { ModalDialog } from '../../base/ui/ModalDialog';

/** Save / Don't save / Cancel before unsaved changes would be lost; Cancel vetoes. */
export function ConfirmDiscardDialog({ title, onAnswer }: { title: string; onAnswer: (choice: DiscardChoice) => void }) {
  const { t } = useTranslation('app');
  return (
    <ModalDialog
      testId="confirm-discard-dialog"
      title={t('dialogs.confirmDiscardTitle', { title })}
      onCancel={() => onAnswer('cancel')}
      buttons={
        <>
          <button type="button" className="sl-button" onClick={() => onAnswer('cancel')}>
            {t('dialogs.cancel')}
          </button>
          <button type="button" className="sl-button" onClick={() => onAnswer('discard')}>
            {t('dialogs.dontSave')}
          </button>
          <button type="button" className="sl-button sl-button--primary" autoFocus onClick={() => onAnswer('save')}>
            {t('dialogs.save')}
          </button>
        </>
      }
    >
      <p>{t('dialogs.confirmDiscardBody')}</p>
    </ModalDialog>
  );
}
