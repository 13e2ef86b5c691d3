import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/model/vocabulary';
import { ModalDialog } from '../../base/ui/ModalDialog';
import { ChoiceGroup } from './ChoiceGroup';
import type { ExportController } from './exportController';
import { ExportStatus, useExportRun } from './ExportStatus';
import { PLAN_FORMATS, type PlanFormat } from './planExport';

interface ExportPlanDialogProps {
  controller: ExportController;
  /** 'browser' prints the PDF through the browser's print window. */
  platform: 'electron' | 'browser';
}

/** File → Export plan: the format (Word, PDF, HTML, Markdown) and the plan's language, then the file. */
export function ExportPlanDialog({ controller, platform }: ExportPlanDialogProps) {
  const { t } = useTranslation('export');
  const mapLanguage = controller.mapLanguage();
  const [format, setFormat] = useState<PlanFormat>('docx');
  const [language, setLanguage] = useState<Language>(mapLanguage);
  const { status, run } = useExportRun();
  const busy = status.kind === 'running';
  const languageLabel = (value: Language) => (value === mapLanguage ? t('mapLanguage', { language: t(`languages.${value}`) }) : t(`languages.${value}`));

  return (
    <ModalDialog
      testId="export-plan-dialog"
      title={t('planTitle')}
      onCancel={() => controller.closeDialog()}
      actions={
        <>
          <button type="button" className="sl-button" onClick={() => controller.closeDialog()}>
            {status.kind === 'done' ? t('close') : t('cancel')}
          </button>
          <button
            type="button"
            className="sl-button sl-button--primary"
            data-testid="export-plan-submit"
            disabled={busy}
            onClick={() => run(() => controller.exportPlan({ format, language }))}
          >
            {t('export')}
          </button>
        </>
      }
    >
      <p>{t('planIntro')}</p>
      <ChoiceGroup
        name="plan-format"
        legend={t('format')}
        value={format}
        disabled={busy}
        options={PLAN_FORMATS.map((value) => ({
          value,
          label: t(`formats.${value}`),
          hint: value === 'pdf' && platform === 'browser' ? t('pdfInBrowser') : t(`formatHints.${value}`),
        }))}
        onChange={setFormat}
      />
      <ChoiceGroup
        name="plan-language"
        legend={t('language')}
        value={language}
        disabled={busy}
        inline
        options={LANGUAGES.map((value) => ({ value, label: languageLabel(value) }))}
        onChange={setLanguage}
      />
      <ExportStatus status={status} />
      <button type="button" className="sl-export__switch" data-testid="export-image-instead" disabled={busy} onClick={() => controller.openImageDialog()}>
        {t('imageInstead')}
      </button>
    </ModalDialog>
  );
}
