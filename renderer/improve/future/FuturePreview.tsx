import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { describeSkippedEffect } from '../../../shared/improve/describe';
import { deriveFutureState, isApplied } from '../../../shared/improve/futureState';
import { useEditorState, useEditorStore } from '../../app/hooks';
import { MapPreview } from '../../panels/MapPreview';

/**
 * The future tab while no future is stored: the current state with the accepted actions'
 * effects, drawn read-only, so it keeps following the actions and the current state. The
 * first hand edit ("Edit by hand") stores it (`future/rebuild`, futureState.ts rule 2) and
 * opens it on the canvas.
 */
export function FuturePreview() {
  const { t } = useTranslation('actions');
  const store = useEditorStore();
  const map = useEditorState((state) => state.map);
  const derived = useMemo(() => deriveFutureState(map), [map]);
  const appliedCount = map.actions.filter(isApplied).length;

  const editByHand = (): void => {
    store.dispatch({ type: 'future/rebuild' });
    store.setTarget('future');
  };

  return (
    <div className="sl-future-preview" data-testid="future-preview">
      <div className="sl-future-preview__bar">
        <p>{appliedCount === 0 ? t('future.noAppliedActions') : t('future.derivedNotice', { count: appliedCount })}</p>
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
      <div className="sl-future-preview__picture">
        <MapPreview state={derived.state} label={t('future.previewLabel', { title: map.meta.title })} />
      </div>
    </div>
  );
}
