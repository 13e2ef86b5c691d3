import { useMemo } from 'react';
import { analyseMap } from '../../../shared/analysis/analyseMap';
import type { Analysis } from '../../../shared/analysis/types';
import { compareStates, type Comparison } from '../../../shared/improve/comparison';
import { useAnalysisState, useDocumentState, useSessionState } from '../../base/hooks';

/**
 * Above this many steps the comparison (two full analyses plus one per action) is only computed
 * while a view that shows it is open, so editing a large map stays fluid.
 */
export const EAGER_COMPARISON_MAX_STEPS = 400;

/**
 * Current and future state compared (shared/improve compareStates), recomputed when the
 * document changes. `needed`: the caller shows the figures now; for a large map nothing is
 * computed otherwise and the result is null.
 */
export function useComparison(needed: boolean): Comparison | null {
  const map = useDocumentState((state) => state.map);
  const compute = needed || map.steps.length <= EAGER_COMPARISON_MAX_STEPS;
  return useMemo(() => (compute ? compareStates(map) : null), [compute, map]);
}

/**
 * The analysis of the current state (what the findings and suggestions are about), whatever the
 * canvas shows: the analysis service's while the canvas shows the current state, computed here
 * while it shows the future.
 */
export function useCurrentAnalysis(): Analysis | null {
  const { analysis } = useAnalysisState();
  const target = useSessionState((state) => state.target);
  const map = useDocumentState((state) => state.map);
  const ownAnalysis = useMemo(() => (target === 'future' ? analyseMap(map) : null), [target, map]);
  return target === 'future' ? ownAnalysis : analysis;
}
