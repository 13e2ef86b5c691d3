import './overlays.css';
import { Panel } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useSessionState } from '../../../base/hooks';
import { heatModeOf } from './canvasEmphasis';
import { HandoffTable } from './HandoffTable';
import { HeatLegend } from './HeatLegend';
import { OverlaySwitcher } from './OverlaySwitcher';

/**
 * On the canvas, in the bottom-left corner right of the lane names: the overlay switcher with
 * the active overlay's legend or table above it. A fitted value-stream map sits at the top
 * (wide maps leave room below their lanes) and rework arrows arc over the top of the steps,
 * so the corner covers the least of the map.
 */
export function CanvasOverlayPanel() {
  const { t } = useTranslation('improve');
  const overlay = useSessionState((editor) => editor.overlay);
  const heatMode = heatModeOf(overlay);
  return (
    <Panel position="bottom-left" className="canvas-overlay-panel" data-overlay={overlay} aria-label={t('overlays.label')}>
      {heatMode !== null && <HeatLegend mode={heatMode} />}
      {overlay === 'handoffs' && <HandoffTable />}
      <OverlaySwitcher />
    </Panel>
  );
}
