import { Panel } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { canvasController } from './canvasController';
import { Icon, type IconName } from './Icon';
import { useLayoutStatus } from './layout/layoutStatus';

/** Zoom, show-all and arrange buttons on the canvas itself (also reachable from the toolbar). */
function CanvasControlsView() {
  const { t } = useTranslation('canvas');
  const layoutRunning = useLayoutStatus().phase === 'running';
  const buttons: { icon: IconName; label: string; run: () => void; disabled?: boolean }[] = [
    { icon: 'zoomIn', label: t('controls.zoomIn'), run: canvasController.zoomIn },
    { icon: 'zoomOut', label: t('controls.zoomOut'), run: canvasController.zoomOut },
    { icon: 'fit', label: t('controls.fitView'), run: canvasController.fitView },
    { icon: 'layout', label: t('controls.autoLayout'), run: () => void canvasController.autoLayout(), disabled: layoutRunning },
  ];
  return (
    <Panel position="top-right" className="canvas-controls" aria-label={t('a11y.controls')}>
      {buttons.map((button) => (
        <button key={button.icon} type="button" className="canvas-controls__button" aria-label={button.label} title={button.label} disabled={button.disabled} onClick={button.run}>
          <Icon name={button.icon} />
        </button>
      ))}
    </Panel>
  );
}

export const CanvasControls = memo(CanvasControlsView);
