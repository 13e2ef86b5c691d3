import { useTranslation } from 'react-i18next';
import type { RecoverableDocument, RecoveryChoice } from './dialogController';
import { ModalDialog } from '../../base/ui/ModalDialog';

function formatTime(timestamp: string, language: string): string {
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? timestamp : date.toLocaleString(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'short' });
}

/** Unsaved work a crashed run left behind: restore one map, discard all, or decide later. */
export function RecoveredDialog({ documents, onAnswer }: { documents: readonly RecoverableDocument[]; onAnswer: (choice: RecoveryChoice) => void }) {
  const { t, i18n } = useTranslation('app');
  return (
    <ModalDialog
      testId="recovered-dialog"
      title={t('dialogs.recoveredTitle')}
      onCancel={() => onAnswer({ kind: 'later' })}
      buttons={
        <>
          <button type="button" className="sl-button" onClick={() => onAnswer({ kind: 'discardAll' })}>
            {t('dialogs.discardAll')}
          </button>
          <button type="button" className="sl-button sl-button--primary" autoFocus onClick={() => onAnswer({ kind: 'later' })}>
            {t('dialogs.later')}
          </button>
        </>
      }
    >
      <p>{t('dialogs.recoveredIntro')}</p>
      <ul className="sl-dialog__choices">
        {documents.map((copy) => (
          <li key={copy.documentId} className="sl-dialog__choice">
            <span>
              <strong>{copy.title || t('document.untitled')}</strong>
              <br />
              <small>{t('dialogs.recoveredSavedAt', { time: formatTime(copy.savedAt, i18n.language) })}</small>
            </span>
            <button type="button" className="sl-button" onClick={() => onAnswer({ kind: 'restore', documentId: copy.documentId })}>
              {t('dialogs.restore')}
            </button>
          </li>
        ))}
      </ul>
    </ModalDialog>
  );
}
