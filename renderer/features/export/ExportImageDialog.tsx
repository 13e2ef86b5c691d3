import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/vocabulary';
import { ModalDialog } from '../../base/ui/ModalDialog';
import { ChoiceGroup } from './ChoiceGroup';
import type { ExportController, ImageFormat, ImageState } from './exportController';
import { ExportStatus, useExportRun } from './ExportStatus';

/** File → Export image: the current or the future state, as PNG or SVG. */
export function ExportImageDialog({ controller, uiLanguage }: { controller: ExportController; uiLanguage: Language }) {
  const { t } = useTranslation('export');
  const [state, setState] = useState<ImageState>('current');
  const [format, setFormat] = useState<ImageFormat>('png');
  const { status, run } = useExportRun();
  const busy = status.kind === 'running';
  return (
    <ModalDialog
      testId="export-image-dialog"
      title={t('imageTitle')}
      onCancel={() => controller.closeDialog()}
      actions={
        <>
          <button type="button" className="sl-button" onClick={() => controller.closeDialog()}>
            {status.kind === 'done' ? t('close') : t('cancel')}
          </button>
          <button
            type="button"
            className="sl-button sl-button--primary"
            data-testid="export-image-submit"
            disabled={busy}
            onClick={() => run(() => controller.exportImage({ state, format, language: uiLanguage, title: t(`states.${state}`) }))}
          >
            {t('export')}
          </button>
        </>
      }
    >
      <p>{t('imageIntro')}</p>
      <ChoiceGroup
        name="image-state"
        legend={t('state')}
        value={state}
        disabled={busy}
        inline
        options={(['current', 'future'] as const).map((value) => ({ value, label: t(`states.${value}`) }))}
        onChange={setState}
      />
      <ChoiceGroup
        name="image-format"
        legend={t('imageFormat')}
        value={format}
        disabled={busy}
        options={(['png', 'svg'] as const).map((value) => ({ value, label: t(`imageFormats.${value}`) }))}
        onChange={setFormat}
      />
      <ExportStatus status={status} />
    </ModalDialog>
  );
}
