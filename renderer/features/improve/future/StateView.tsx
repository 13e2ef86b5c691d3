import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentState, useSessionState } from '../../../base/hooks';

// The comparison, PICK chart and future preview load when first opened, not with the editor.
const ComparisonView = lazy(() => import('./ComparisonView').then((module) => ({ default: module.ComparisonView })));
const FuturePreview = lazy(() => import('./FuturePreview').then((module) => ({ default: module.FuturePreview })));
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
 * The centre of the window for the chosen state tab: the canvas (current state, or the stored
 * future), the derived future read-only, the comparison (with what the shell adds below it: the follow-up) or the PICK chart.
 */
export function StateView({ canvas, comparisonExtra }: { canvas: ReactNode; comparisonExtra?: ReactNode }) {
  const view = useSessionState((state) => state.view);
  const hasStoredFuture = useDocumentState((state) => state.map.future !== null);
  const lazyView = view === 'comparison' ? <ComparisonView extra={comparisonExtra} /> : view === 'pick' ? <PickChart /> : view === 'future' && !hasStoredFuture ? <FuturePreview /> : null;
  if (lazyView) return <Suspense fallback={<Loading />}>{lazyView}</Suspense>;
  return <>{canvas}</>;
}
