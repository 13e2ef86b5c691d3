import { useCallback, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { TemplatesDialog } from '../../features/panels/TemplatesDialog';
import type { TemplateEntry } from '../documents/templates';
import { ConfirmDiscardDialog } from './ConfirmDiscardDialog';
import { ConflictDialog } from './ConflictDialog';
import type { DialogController } from './dialogController';
import { MessageDialog } from './MessageDialog';
import { RecoveredDialog } from './RecoveredDialog';

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
      return <ConfirmDiscardDialog title={dialog.title} onAnswer={dialog.resolve} />;
    case 'confirmOverwrite':
      return <ConflictDialog fileName={dialog.fileName} onAnswer={dialog.resolve} />;
    case 'restoreRecovered':
      return <RecoveredDialog documents={dialog.documents} onAnswer={dialog.resolve} />;
    case 'message':
      return <MessageDialog content={dialog.content} onClose={dialog.resolve} />;
    case 'about':
      return (
        <MessageDialog testId="about-dialog" content={{ titleKey: 'app:dialogs.aboutTitle', lines: [t('dialogs.aboutBody')] }} onClose={dialog.resolve} />
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
