import { Panel } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { canvasController } from '../../base/canvasController';
import { Icon, type IconName } from './Icon';

/** Zoom buttons on the canvas itself, next to the map (the toolbar has them too, with arrange). */
function CanvasControlsView() {
  const { t } = useTranslation('canvas');
  const buttons: { icon: IconName; label: string; run: () => void }[] = [
    { icon: 'zoomIn', label: t('controls.zoomIn'), run: canvasController.zoomIn },
    { icon: 'zoomOut', label: t('controls.zoomOut'), run: canvasController.zoomOut },
    { icon: 'fit', label: t('controls.fitView'), run: canvasController.fitView },
  ];
  return (
    <Panel position="top-right" className="canvas-controls" aria-label={t('a11y.controls')}>
      {buttons.map((button) => (
        <button key={button.icon} type="button" className="canvas-controls__button" aria-label={button.label} title={button.label} onClick={button.run}>
          <Icon name={button.icon} />
        </button>
      ))}
    </Panel>
  );
}

export const CanvasControls = memo(CanvasControlsView);
