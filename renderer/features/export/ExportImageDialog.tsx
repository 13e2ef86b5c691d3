import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/vocabulary';
import { ChoiceGroup } from './ChoiceGroup';
import { ExportDialog } from './ExportDialog';
import type { ExportController, ImageFormat, ImageState } from './exportController';

interface ExportImageDialogProps {
  exports: ExportController;
  uiLanguage: Language;
  onClose: () => void;
}

/** File → Export image: the current or the future state, as PNG or SVG. */
export function ExportImageDialog({ exports, uiLanguage, onClose }: ExportImageDialogProps) {
  const { t } = useTranslation('export');
  const [state, setState] = useState<ImageState>('current');
  const [format, setFormat] = useState<ImageFormat>('png');
  return (
    <ExportDialog
      testId="export-image-dialog"
      title={t('imageTitle')}
      intro={t('imageIntro')}
      onClose={onClose}
      onExport={() => exports.exportImage({ state, format, language: uiLanguage, title: t(`states.${state}`) })}
    >
      {(busy) => (
        <>
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
        </>
      )}
    </ExportDialog>
  );
}
