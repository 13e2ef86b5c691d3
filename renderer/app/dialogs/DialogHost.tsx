import { useCallback, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { TemplatesDialog } from '../../panels/TemplatesDialog';
import type { TemplateEntry } from '../documents/templates';
import type { DialogController } from './dialogController';
import { ModalDialog } from './ModalDialog';

interface DialogHostProps {
  dialogs: DialogController;
  templates: readonly TemplateEntry[];
}

/** Renders the dialog the app is waiting on, if any, and passes the user's answer back. */
export function DialogHost({ dialogs, templates }: DialogHostProps) {
  const { t } = useTranslation('app');
  const subscribe = useCallback((listener: () => void) => dialogs.subscribe(listener), [dialogs]);
  const getOpenDialog = useCallback(() => dialogs.getOpenDialog(), [dialogs]);
  const dialog = useSyncExternalStore(subscribe, getOpenDialog, getOpenDialog);
  if (!dialog) return null;

  switch (dialog.kind) {
    case 'confirmDiscard':
      return (
        <ModalDialog
          testId="confirm-discard-dialog"
          title={t('dialogs.confirmDiscardTitle', { title: dialog.title })}
          onCancel={() => dialog.resolve('cancel')}
          actions={
            <>
              <button type="button" className="sl-button" onClick={() => dialog.resolve('cancel')}>
                {t('dialogs.cancel')}
              </button>
              <button type="button" className="sl-button" onClick={() => dialog.resolve('discard')}>
                {t('dialogs.dontSave')}
              </button>
              <button type="button" className="sl-button sl-button--primary" autoFocus onClick={() => dialog.resolve('save')}>
                {t('dialogs.save')}
              </button>
            </>
          }
        >
          <p>{t('dialogs.confirmDiscardBody')}</p>
        </ModalDialog>
      );
    case 'message': {
      const { content } = dialog;
      return (
        <ModalDialog
          testId="message-dialog"
          title={t(content.titleKey)}
          onCancel={dialog.resolve}
          actions={
            <button type="button" className="sl-button sl-button--primary" autoFocus onClick={dialog.resolve}>
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
    case 'about':
      return (
        <ModalDialog
          testId="about-dialog"
          title={t('dialogs.aboutTitle')}
          onCancel={dialog.resolve}
          actions={
            <button type="button" className="sl-button sl-button--primary" autoFocus onClick={dialog.resolve}>
              {t('dialogs.close')}
            </button>
          }
        >
          <p>{t('dialogs.aboutBody')}</p>
        </ModalDialog>
      );
    case 'templates':
      return (
        <TemplatesDialog
          open
          templates={templates}
          onChoose={(templateId) => dialog.resolve({ kind: 'template', templateId })}
          onChooseEmpty={() => dialog.resolve({ kind: 'empty' })}
          onClose={() => dialog.resolve(null)}
        />
      );
  }
}
