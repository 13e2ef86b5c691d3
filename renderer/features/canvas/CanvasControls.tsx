import { Panel } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCanvas } from '../../base/hooks';
import { Icon, type IconName } from './Icon';

/** Zoom buttons on the canvas itself, next to the map (the toolbar has them too, with arrange). */
function CanvasControlsView() {
  const { t } = useTranslation('canvas');
  const canvas = useCanvas();
  const buttons: { icon: IconName; label: string; run: () => void }[] = [
    { icon: 'zoomIn', label: t('controls.zoomIn'), run: canvas.zoomIn },
    { icon: 'zoomOut', label: t('controls.zoomOut'), run: canvas.zoomOut },
    { icon: 'fit', label: t('controls.fitView'), run: canvas.fitView },
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
