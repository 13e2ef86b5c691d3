import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../base/ui/ModalDialog';
import type { ExportOutcome } from './exportController';
import { ExportStatus, useExportRun } from './ExportStatus';

interface ExportDialogProps {
  testId: string;
  title: string;
  intro: string;
  onClose: () => void;
  /** Makes and saves the file with the choices made; runs once at a time. */
  onExport: () => Promise<ExportOutcome>;
  /** The choices; disabled (`busy`) while an export runs. */
  children: (busy: boolean) => ReactNode;
  /** Below the status line, e.g. a link to the other export. */
  footer?: (busy: boolean) => ReactNode;
}

/** What both export dialogs share: Cancel (Close once done) and Export, and the line that says how it went. */
export function ExportDialog({ testId, title, intro, onClose, onExport, children, footer }: ExportDialogProps) {
  const { t } = useTranslation('export');
  const { status, run } = useExportRun();
  const busy = status.kind === 'running';
  return (
    <ModalDialog
      testId={testId}
      title={title}
      onCancel={onClose}
      buttons={
        <>
          <button type="button" className="sl-button" onClick={onClose}>
            {status.kind === 'done' ? t('close') : t('cancel')}
          </button>
          <button type="button" className="sl-button sl-button--primary" data-testid={`${testId.replace(/-dialog$/, '')}-submit`} disabled={busy} onClick={() => run(onExport)}>
            {t('export')}
          </button>
        </>
      }
    >
      <p>{intro}</p>
      {children(busy)}
      <ExportStatus status={status} />
      {footer?.(busy)}
    </ModalDialog>
  );
}
