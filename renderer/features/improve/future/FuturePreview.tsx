import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { describeSkippedEffect } from '../../../../shared/improve/describe';
import { deriveFutureState, isApplied } from '../../../../shared/improve/futureState';
import { useDocuments, useDocumentState, useSession } from '../../../base/hooks';

/**
 * The notice above the future tab's canvas while no future is stored: the canvas shows the
 * current state with the accepted actions' effects (shownStateOf), which keeps following the
 * actions and the current state. "Edit by hand" (or any edit on the canvas) stores it
 * (`future/rebuild`, futureState.ts rule 2).
 */
export function FuturePreview() {
  const { t } = useTranslation('actions');
  const documents = useDocuments();
  const session = useSession();
  const map = useDocumentState((state) => state.map);
  const derived = useMemo(() => deriveFutureState(map), [map]);
  const appliedCount = map.actions.filter(isApplied).length;

  const editByHand = (): void => {
    documents.dispatch({ type: 'future/rebuild' });
    session.setTarget('future');
  };

  return (
    <div className="sl-future-preview" data-testid="future-preview">
      <div className="sl-future-preview__bar">
        <div>
          <p>{appliedCount === 0 ? t('future.noAppliedActions') : t('future.derivedNotice', { count: appliedCount })}</p>
        </div>
        <button type="button" className="sl-improve__button sl-improve__button--primary" data-testid="future-edit-by-hand" onClick={editByHand}>
          {t('future.editByHand')}
        </button>
      </div>
      {derived.skipped.length > 0 ? (
        <div className="sl-improve__warning" role="status">
          <strong>{t('future.skippedHeading')}</strong>
          <ul>
            {derived.skipped.map((skipped, index) => (
              <li key={index}>{describeSkippedEffect(skipped, map)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
