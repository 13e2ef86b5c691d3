import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocuments } from '../../../base/hooks';

/**
 * "Rebuild from actions": stores the future derived from the current state and the accepted
 * actions again (`future/rebuild`), after a confirmation because hand edits are lost.
 */
export function RebuildFutureButton() {
  const { t } = useTranslation('actions');
  const documents = useDocuments();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="sl-improve__button" data-testid="future-rebuild" onClick={() => setAsking(true)}>
        {t('future.rebuild')}
      </button>
    );
  }
  return (
    <div className="sl-state-tabs__confirm" role="alertdialog" aria-label={t('future.rebuild')}>
      <span>{t('future.rebuildQuestion')}</span>
      <button
        type="button"
        className="sl-improve__button sl-improve__button--primary"
        data-testid="future-rebuild-confirm"
        autoFocus
        onClick={() => {
          documents.dispatch({ type: 'future/rebuild' });
          setAsking(false);
        }}
      >
        {t('future.rebuildConfirm')}
      </button>
      <button type="button" className="sl-improve__button" onClick={() => setAsking(false)}>
        {t('future.cancel')}
      </button>
    </div>
  );
}
