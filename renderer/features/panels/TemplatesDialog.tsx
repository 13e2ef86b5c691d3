import './panels.css';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { createEmptyMap } from '../../../shared/model/defaults';
import type { ProcessMap } from '../../../shared/model/types';
import { MapPreview } from '../../base/ui/MapPreview';
import { useUiLanguage } from '../../base/i18n/useUiLanguage';

export interface TemplateEntry {
  id: string;
  map: ProcessMap;
}

interface TemplatesDialogProps {
  open: boolean;
  /** The bundled example maps, already parsed. */
  templates: readonly TemplateEntry[];
  onChoose: (templateId: string) => void;
  onChooseEmpty: () => void;
  /** Escape, Cancel or a click outside: nothing is opened. */
  onClose: () => void;
}

/** Steps a person counts as steps: the work and the decisions, not the start and end events. */
function countWorkSteps(map: ProcessMap): number {
  return map.steps.filter((step) => step.type === 'activity' || step.type === 'decision').length;
}

/**
 * "New map": an empty map or one of the examples in the UI language, each with a picture of
 * the map, its title, description, language and size. A modal native <dialog>, so focus stays
 * inside and Escape closes it.
 */
export function TemplatesDialog({ open, templates, onChoose, onChooseEmpty, onClose }: TemplatesDialogProps) {
  const { t } = useTranslation('panels');
  const language = useUiLanguage();
  const dialogRef = useRef<HTMLDialogElement>(null);
  // The picture of the empty map; the timestamp is irrelevant for a picture.
  const emptyMap = useMemo(() => createEmptyMap({ title: '', language, now: '1970-01-01T00:00:00Z' }), [language]);
  // Every example exists in both languages: offer the ones in the language of the screen.
  const shown = templates.filter((entry) => entry.map.meta.language === language);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      className="sl-templates"
      aria-labelledby="templates-title"
      data-testid="templates-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="sl-templates__inner">
        <header className="sl-templates__header">
          <h2 id="templates-title" className="sl-templates__title">
            {t('templates.title')}
          </h2>
          <p className="sl-templates__intro">{t('templates.intro')}</p>
        </header>
        <ul className="sl-templates__grid">
          <li>
            <button type="button" className="sl-template-card" data-testid="template-empty" onClick={onChooseEmpty}>
              <MapPreview state={emptyMap} label={t('templates.previewLabel', { title: t('templates.emptyTitle') })} />
              <span className="sl-template-card__title">{t('templates.emptyTitle')}</span>
              <span className="sl-template-card__description">{t('templates.emptyDescription')}</span>
            </button>
          </li>
          {shown.map(({ id, map }) => (
            <li key={id}>
              <button type="button" className="sl-template-card" data-testid={`template-${id}`} onClick={() => onChoose(id)}>
                <MapPreview state={map} label={t('templates.previewLabel', { title: map.meta.title })} />
                <span className="sl-template-card__title">{map.meta.title}</span>
                {map.meta.description ? <span className="sl-template-card__description">{map.meta.description}</span> : null}
                <span className="sl-template-card__facts">
                  <span className="sl-chip">{t(`templates.languages.${map.meta.language}`)}</span>
                  <span className="sl-chip">{t('templates.steps', { count: countWorkSteps(map) })}</span>
                  <span className="sl-chip">{t('templates.lanes', { count: map.lanes.length })}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
        {shown.length === 0 ? <p className="sl-templates__intro">{t('templates.none')}</p> : null}
        <footer className="sl-templates__footer">
          <button type="button" className="sl-panel-button" onClick={onClose}>
            {t('templates.cancel')}
          </button>
        </footer>
      </div>
    </dialog>
  );
}
