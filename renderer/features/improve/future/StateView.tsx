import type { ReactNode } from 'react';
import { useDocumentState, useSessionState } from '../../../base/hooks';
import { ComparisonView } from './ComparisonView';
import { FuturePreview } from './FuturePreview';
import { PickChart } from './PickChart';

/**
 * The centre of the window for the chosen state tab: the canvas (current state, or the stored
 * future), the derived future read-only, the comparison (with what the shell adds below it: the follow-up) or the PICK chart.
 */
export function StateView({ canvas, comparisonExtra }: { canvas: ReactNode; comparisonExtra?: ReactNode }) {
  const view = useSessionState((state) => state.view);
  const hasStoredFuture = useDocumentState((state) => state.map.future !== null);
  if (view === 'comparison') return <ComparisonView extra={comparisonExtra} />;
  if (view === 'pick') return <PickChart />;
  if (view === 'future' && !hasStoredFuture) return <FuturePreview />;
  return <>{canvas}</>;
}
