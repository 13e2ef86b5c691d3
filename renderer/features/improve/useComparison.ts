import type { Analysis } from '../../../shared/analysis/types';
import type { Comparison } from '../../../shared/improve/comparison';
import { useAnalysisState, useInsights, useSessionState } from '../../base/hooks';

/**
 * Current and future state compared (shared/improve compareStates), from the insight service:
 * computed once per document change for every view that shows it. `needed`: the caller shows
 * the figures now; for a large map nothing is computed otherwise and the result is null.
 * While a newer comparison is computed (a large map, in the worker) the older one is returned.
 */
export function useComparison(needed: boolean): Comparison | null {
  return useInsights(needed).insights?.comparison ?? null;
}

/** Whether a newer comparison or set of suggestions is being computed (the views say so). */
export function useInsightsPending(): boolean {
  return useInsights(false).pending;
}

/**
 * The analysis of the current state (what the findings and suggestions are about), whatever the
 * canvas shows: the analysis service's while the canvas shows the current state, the
 * comparison's (computed once for all views) while it shows the future.
 */
export function useCurrentAnalysis(): Analysis | null {
  const { analysis } = useAnalysisState();
  const target = useSessionState((state) => state.target);
  const comparison = useComparison(target === 'future');
  return target === 'future' ? (comparison?.current ?? null) : analysis;
}
