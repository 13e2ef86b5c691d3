import { useMemo } from 'react';
import type { CanvasEmphasis } from '../flowTypes';
import { useActiveFindings, useActiveState, useAnalysisState, useEditorState } from '../../../base/hooks';
import { computeCanvasEmphasis } from './canvasEmphasis';

/** The overlay emphasis of the shown state, recomputed only when its inputs change. */
export function useCanvasEmphasis(): CanvasEmphasis {
  const overlay = useEditorState((editor) => editor.overlay);
  const highlightedFindingId = useEditorState((editor) => editor.highlightedFindingId);
  const findings = useActiveFindings();
  const settings = useEditorState((editor) => editor.map.settings);
  const state = useActiveState();
  const { analysis } = useAnalysisState();
  return useMemo(
    () => computeCanvasEmphasis({ overlay, highlightedFindingId, state, settings, analysis, findings }),
    [overlay, highlightedFindingId, state, settings, analysis, findings],
  );
}
