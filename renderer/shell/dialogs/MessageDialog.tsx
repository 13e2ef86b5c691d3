import { useTranslation } from 'react-i18next';
import type { MessageDialogContent } from './dialogController';
import { ModalDialog } from '../../base/ui/ModalDialog';

/** A message with a Close button: why a file cannot be opened or saved, or About. */
export function MessageDialog({ content, onClose, testId = 'message-dialog' }: { content: MessageDialogContent; onClose: () => void; testId?: string }) {
  const { t } = useTranslation('app');
  return (
    <ModalDialog
      testId={testId}
      title={t(content.titleKey)}
      onCancel={onClose}
      buttons={
        <button type="button" className="sl-button sl-button--primary" autoFocus onClick={onClose}>
          {t('dialogs.close')}
        </button>
      }
    >
      {content.intro && <p>{content.intro}</p>}
      {content.lines.length === 1 && !content.intro ? (
        <p>{content.lines[0]}</p>
      ) : (
        <ul className="sl-dialog__list">
          {content.lines.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      )}
      {(content.hiddenCount ?? 0) > 0 && <p>{t('dialogs.openFailedMore', { count: content.hiddenCount })}</p>}
    </ModalDialog>
  );
}
