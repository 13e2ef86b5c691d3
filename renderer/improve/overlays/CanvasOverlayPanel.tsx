import './overlays.css';
import { Panel } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useEditorState } from '../../app/hooks';
import { heatModeOf } from './canvasEmphasis';
import { HandoffTable } from './HandoffTable';
import { HeatLegend } from './HeatLegend';
import { OverlaySwitcher } from './OverlaySwitcher';

/**
 * On the canvas: the overlay switcher next to the zoom buttons, and the active overlay's
 * legend or table in the bottom-left corner, right of the lane names, where a wide
 * value-stream map usually leaves room below its lanes.
 */
export function CanvasOverlayPanel() {
  const { t } = useTranslation('improve');
  const overlay = useEditorState((editor) => editor.overlay);
  const heatMode = heatModeOf(overlay);
  return (
    <>
      <Panel position="top-right" className="canvas-overlay-panel" aria-label={t('overlays.label')}>
        <OverlaySwitcher />
      </Panel>
      {overlay !== 'none' && (
        <Panel position="bottom-left" className="canvas-overlay-legend" data-overlay={overlay}>
          {heatMode !== null && <HeatLegend mode={heatMode} />}
          {overlay === 'handoffs' && <HandoffTable />}
        </Panel>
      )}
    </>
  );
}
