import { useTranslation } from 'react-i18next';
import type { ConflictChoice } from './dialogController';
import { ModalDialog } from '../../base/ui/ModalDialog';

/** The file changed on disk since it was opened: Overwrite / Save as / Cancel (Cancel first, safe default). */
export function ConflictDialog({ fileName, onAnswer }: { fileName: string; onAnswer: (choice: ConflictChoice) => void }) {
  const { t } = useTranslation('app');
  return (
    <ModalDialog
      testId="conflict-dialog"
      title={t('dialogs.conflictTitle', { fileName })}
      onCancel={() => onAnswer('cancel')}
      buttons={
        <>
          <button type="button" className="sl-button" autoFocus onClick={() => onAnswer('cancel')}>
            {t('dialogs.cancel')}
          </button>
          <button type="button" className="sl-button" onClick={() => onAnswer('overwrite')}>
            {t('dialogs.overwrite')}
          </button>
          <button type="button" className="sl-button sl-button--primary" onClick={() => onAnswer('saveAs')}>
            {t('dialogs.saveAsCopy')}
          </button>
        </>
      }
    >
      <p>{t('dialogs.conflictBody')}</p>
    </ModalDialog>
  );
}
