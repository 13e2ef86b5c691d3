import type { AriaLabelConfig } from '@xyflow/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** React Flow's built-in screen-reader texts, in the UI language. */
export function useCanvasAriaLabels(): Partial<AriaLabelConfig> {
  const { t } = useTranslation('canvas');
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('a11y.nodeDescription'),
      'node.a11yDescription.keyboardDisabled': t('a11y.nodeDescriptionKeyboard'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) =>
        t('a11y.nodeMoved', { direction: t(`a11y.${direction as 'up' | 'down' | 'left' | 'right'}`), x, y }),
      'edge.a11yDescription.default': t('a11y.edgeDescription'),
      'controls.ariaLabel': t('a11y.controls'),
      'controls.zoomIn.ariaLabel': t('controls.zoomIn'),
      'controls.zoomOut.ariaLabel': t('controls.zoomOut'),
      'controls.fitView.ariaLabel': t('controls.fitView'),
      'minimap.ariaLabel': t('a11y.minimap'),
      'handle.ariaLabel': t('a11y.handle'),
    }),
    [t],
  );
}
