import { useTranslation } from 'react-i18next';
import { useDocumentState } from '../../base/hooks';

/** The document's name (file name, else map title) and whether it has unsaved changes. */
export function DocumentName() {
  const { t } = useTranslation('app');
  const fileName = useDocumentState((state) => state.fileName);
  const title = useDocumentState((state) => state.map.meta.title);
  const dirty = useDocumentState((state) => state.dirty);
  const name = fileName?.replace(/\.(stroomlijn|json)$/i, '') ?? title;
  return (
    <div className="sl-document-name">
      <span className="sl-document-name__title" data-testid="document-name" title={name}>
        {name}
      </span>
      {dirty && (
        <span className="sl-document-name__dirty" data-testid="unsaved-marker" title={t('document.unsavedMarker')}>
          <span aria-hidden="true">●</span>
          <span className="sl-visually-hidden">{t('document.unsavedMarker')}</span>
        </span>
      )}
    </div>
  );
}
