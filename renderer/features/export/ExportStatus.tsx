import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportOutcome } from './exportController';

export type ExportRunStatus = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; outcome: ExportOutcome };

/** Runs one export at a time and keeps its outcome for the dialog to show. */
export function useExportRun(): { status: ExportRunStatus; run: (task: () => Promise<ExportOutcome>) => void } {
  const [status, setStatus] = useState<ExportRunStatus>({ kind: 'idle' });
  const running = useRef(false);
  const run = useCallback((task: () => Promise<ExportOutcome>) => {
    if (running.current) return;
    running.current = true;
    setStatus({ kind: 'running' });
    void task().then((outcome) => {
      running.current = false;
      setStatus(outcome.kind === 'cancelled' ? { kind: 'idle' } : { kind: 'done', outcome });
    });
  }, []);
  return { status, run };
}

/** "Making the file…", "Saved as …", the print hint or what went wrong; announced to screen readers. */
export function ExportStatus({ status }: { status: ExportRunStatus }) {
  const { t } = useTranslation('export');
  let text = '';
  let failed = false;
  if (status.kind === 'running') text = t('exporting');
  else if (status.kind === 'done') {
    const { outcome } = status;
    if (outcome.kind === 'saved') text = t('saved', { fileName: outcome.fileName });
    else if (outcome.kind === 'printDialog') text = t('printOpened');
    else if (outcome.kind === 'failed') {
      text = t('failed', { message: outcome.message });
      failed = true;
    }
  }
  return (
    <p className={`sl-export__status${failed ? ' sl-export__status--failed' : ''}`} role={failed ? 'alert' : 'status'} data-testid="export-status">
      {text}
    </p>
  );
}
