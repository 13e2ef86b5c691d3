import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentState, useSessionState } from '../../../base/hooks';
import { FuturePreview } from './FuturePreview';

// The comparison and PICK chart load when first opened, not with the editor. The future tab's
// notice is small and sits above the ordinary canvas, so it loads with the editor.
const ComparisonView = lazy(() => import('./ComparisonView').then((module) => ({ default: module.ComparisonView })));
const PickChart = lazy(() => import('./PickChart').then((module) => ({ default: module.PickChart })));

function Loading() {
  const { t } = useTranslation('actions');
  return (
    <p className="sl-improve__muted" role="status">
      {t('comparison.computing')}
    </p>
  );
}

/**
 * The centre of the window for the chosen state tab: the canvas (current state or future
 * state; while no future is stored, the one the accepted actions make, with a notice above it
 * that it follows the actions until edited), the comparison (with what the shell adds below
 * it: the follow-up) or the PICK chart.
 */
export function StateView({ canvas, comparisonExtra }: { canvas: ReactNode; comparisonExtra?: ReactNode }) {
  const view = useSessionState((state) => state.view);
  const hasStoredFuture = useDocumentState((state) => state.map.future !== null);
  const lazyView = view === 'comparison' ? <ComparisonView extra={comparisonExtra} /> : view === 'pick' ? <PickChart /> : null;
  if (lazyView) return <Suspense fallback={<Loading />}>{lazyView}</Suspense>;
  if (view === 'future' && !hasStoredFuture) {
    return (
      <div className="sl-future-derived">
        <FuturePreview />
        <div className="sl-future-derived__canvas">{canvas}</div>
      </div>
    );
  }
  return <>{canvas}</>;
}
