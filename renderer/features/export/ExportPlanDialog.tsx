import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/model/vocabulary';
import { ChoiceGroup } from './ChoiceGroup';
import { ExportDialog } from './ExportDialog';
import type { ExportController } from './exportController';
import { PLAN_FILE_FORMATS, type PlanFileFormat } from './planExport';

interface ExportPlanDialogProps {
  exports: ExportController;
  /** 'browser' prints the PDF through the browser's print window. */
  platform: 'electron' | 'browser';
  onClose: () => void;
  onImageInstead: () => void;
  /** The map itself as BPMN or a step list (renderer/features/mapFiles). */
  onMapInstead?: () => void;
}

/** File → Export plan: the format (Word, PDF, HTML, Markdown) and the plan's language, then the file. */
export function ExportPlanDialog({ exports, platform, onClose, onImageInstead, onMapInstead }: ExportPlanDialogProps) {
  const { t } = useTranslation('export');
  const mapLanguage = exports.mapLanguage();
  const [format, setFormat] = useState<PlanFileFormat>('docx');
  const [language, setLanguage] = useState<Language>(mapLanguage);
  const languageLabel = (value: Language) => (value === mapLanguage ? t('mapLanguage', { language: t(`languages.${value}`) }) : t(`languages.${value}`));

  return (
    <ExportDialog
      testId="export-plan-dialog"
      title={t('planTitle')}
      intro={t('planIntro')}
      onClose={onClose}
      onExport={() => exports.exportPlan({ format, language })}
      footer={(busy) => (
        <>
          <button type="button" className="sl-export__switch" data-testid="export-image-instead" disabled={busy} onClick={onImageInstead}>
            {t('imageInstead')}
          </button>
          {onMapInstead && (
            <button type="button" className="sl-export__switch" data-testid="export-map-instead" disabled={busy} onClick={onMapInstead}>
              {t('mapInstead')}
            </button>
          )}
        </>
      )}
    >
      {(busy) => (
        <>
          <ChoiceGroup
            name="plan-format"
            legend={t('format')}
            value={format}
            disabled={busy}
            options={PLAN_FILE_FORMATS.map((value) => ({
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
        </>
      )}
    </ExportDialog>
  );
}
