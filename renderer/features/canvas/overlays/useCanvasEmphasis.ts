import { useMemo } from 'react';
import type { CanvasEmphasis } from '../flowTypes';
import { useActiveFindings, useAnalysisState, useDocumentState, useSessionState, useShownState } from '../../../base/hooks';
import { computeCanvasEmphasis } from './canvasEmphasis';

/** The overlay emphasis of the shown state, recomputed only when its inputs change. */
export function useCanvasEmphasis(): CanvasEmphasis {
  const overlay = useSessionState((editor) => editor.overlay);
  const highlightedFindingId = useSessionState((editor) => editor.highlightedFindingId);
  const criticalPathShown = useSessionState((editor) => editor.criticalPathShown);
  const findings = useActiveFindings();
  const settings = useDocumentState((editor) => editor.map.settings);
  const state = useShownState();
  const { analysis } = useAnalysisState();
  return useMemo(
    () => computeCanvasEmphasis({ overlay, highlightedFindingId, criticalPathShown, state, settings, analysis, findings }),
    [overlay, highlightedFindingId, criticalPathShown, state, settings, analysis, findings],
  );
}
