import '../improve.css';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentState, useSession, useSessionState } from '../../../base/hooks';
import type { StateView } from '../../../base/session/sessionStore';
import { RebuildFutureButton } from './RebuildFutureButton';

const VIEWS: readonly StateView[] = ['current', 'future', 'comparison', 'pick'];

/**
 * "Huidige situatie / Toekomstige situatie / Vergelijking / PICK" above the canvas. The canvas
 * edits the state of its tab (the session's target follows the tab); the future tab shows the future derived from the
 * actions until the user edits it by hand (see FuturePreview).
 */
export function StateTabs() {
  const { t } = useTranslation('actions');
  const session = useSession();
  const view = useSessionState((state) => state.view);
  const hasStoredFuture = useDocumentState((state) => state.map.future !== null);

  const choose = (next: StateView): void => session.setView(next);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const step = event.key === 'ArrowRight' ? 1 : VIEWS.length - 1;
    const next = VIEWS[(VIEWS.indexOf(view) + step) % VIEWS.length] ?? 'current';
    choose(next);
    event.currentTarget.querySelector<HTMLButtonElement>(`[data-view="${next}"]`)?.focus();
  };

  return (
    <div className="sl-state-tabs">
      <div role="tablist" aria-label={t('future.tabsLabel')} className="sl-state-tabs__list" onKeyDown={onKeyDown}>
        {VIEWS.map((candidate) => (
          <button
            key={candidate}
            type="button"
            role="tab"
            data-view={candidate}
            data-testid={`state-tab-${candidate}`}
            aria-selected={view === candidate}
            tabIndex={view === candidate ? 0 : -1}
            className="sl-state-tabs__tab"
            onClick={() => choose(candidate)}
          >
            {t(`future.${candidate}`)}
          </button>
        ))}
      </div>
      {view === 'future' && hasStoredFuture ? <RebuildFutureButton /> : null}
    </div>
  );
}
