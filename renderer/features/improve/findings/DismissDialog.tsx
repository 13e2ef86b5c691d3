import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/analysis/types';
import { ModalDialog } from '../../../base/ui/ModalDialog';

interface DismissDialogProps {
  finding: Finding;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

/** Asks why a finding is set aside; the reason is kept in the file next to the finding's id. */
export function DismissDialog({ finding, onConfirm, onCancel }: DismissDialogProps) {
  const { t } = useTranslation('improve');
  const [reason, setReason] = useState('');
  return (
    <ModalDialog
      title={t('findings.dismissDialog.title')}
      testId="dismiss-dialog"
      onCancel={onCancel}
      buttons={
        <>
          <button type="button" className="sl-button" onClick={onCancel}>
            {t('findings.dismissDialog.cancel')}
          </button>
          <button type="submit" form="dismiss-finding-form" className="sl-button sl-button--primary" data-testid="dismiss-confirm">
            {t('findings.dismissDialog.confirm')}
          </button>
        </>
      }
    >
      <form
        id="dismiss-finding-form"
        className="dismiss-dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm(reason.trim());
        }}
      >
        <p className="dismiss-dialog__finding">{finding.title}</p>
        <p className="dismiss-dialog__intro">{t('findings.dismissDialog.intro')}</p>
        <label className="dismiss-dialog__label">
          {t('findings.dismissDialog.reasonLabel')}
          <textarea
            className="dismiss-dialog__reason"
            data-testid="dismiss-reason"
            rows={3}
            autoFocus
            value={reason}
            placeholder={t('findings.dismissDialog.reasonPlaceholder')}
            onChange={(event) => setReason(event.target.value)}
          />
        </label>
      </form>
    </ModalDialog>
  );
}
