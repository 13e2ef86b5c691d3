import './overlays.css';
import { Panel } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useEditorState } from '../../app/hooks';
import { heatModeOf } from './canvasEmphasis';
import { HandoffTable } from './HandoffTable';
import { HeatLegend } from './HeatLegend';
import { OverlaySwitcher } from './OverlaySwitcher';

/** On the canvas, under its zoom buttons: the overlay switcher with the legend or table of the active overlay. */
export function CanvasOverlayPanel() {
  const { t } = useTranslation('improve');
  const overlay = useEditorState((editor) => editor.overlay);
  const heatMode = heatModeOf(overlay);
  return (
    <Panel position="top-right" className="canvas-overlay-panel" aria-label={t('overlays.label')} data-overlay={overlay}>
      <OverlaySwitcher />
      {heatMode !== null && <HeatLegend mode={heatMode} />}
      {overlay === 'handoffs' && <HandoffTable />}
    </Panel>
  );
}
