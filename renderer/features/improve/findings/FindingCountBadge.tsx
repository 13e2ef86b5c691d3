import { useMemo } from 'react';
import { useAnalysisState, useEditorState } from '../../../base/hooks';
import { activeFindings } from './groupFindings';

/** The number of findings not set aside, for the findings tab. */
export function FindingCountBadge() {
  const { analysis } = useAnalysisState();
  const dismissed = useEditorState((editor) => editor.map.dismissedFindings);
  const count = useMemo(() => activeFindings(analysis?.findings ?? [], dismissed).length, [analysis, dismissed]);
  if (count === 0) return null;
  return (
    <span className="sl-aside-tabs__badge" data-testid="findings-count">
      {count}
    </span>
  );
}
