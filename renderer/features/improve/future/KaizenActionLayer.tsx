import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentStateOf } from '../../../../shared/improve/futureState';
import { useDocumentState, useSession, useShownState } from '../../../base/hooks';
import { BURST_SIZE_PX, kaizenMarkers } from './kaizenMarkers';

const BURST_POINTS = (() => {
  const points: string[] = [];
  const spikes = 10;
  const radius = BURST_SIZE_PX / 2;
  for (let index = 0; index < spikes * 2; index += 1) {
    const angle = (Math.PI * index) / spikes - Math.PI / 2;
    const length = index % 2 === 0 ? radius - 1 : radius * 0.68;
    points.push(`${(radius + Math.cos(angle) * length).toFixed(1)},${(radius + Math.sin(angle) * length).toFixed(1)}`);
  }
  return points.join(' ');
})();

/**
 * Kaizen bursts of the accepted actions on the canvas, next to the steps they change (the
 * value-stream mapping convention). Drawn in flow coordinates inside React Flow's viewport, derived from the actions on
 * every render and never stored as annotations; a click opens the action in the actions panel.
 */
function KaizenActionLayerView() {
  const { t } = useTranslation('actions');
  const actions = useDocumentState((state) => state.map.actions);
  const map = useDocumentState((state) => state.map);
  const shown = useShownState();
  const session = useSession();
  const markers = useMemo(() => kaizenMarkers(actions, shown, currentStateOf(map)), [actions, shown, map]);
  if (markers.length === 0) return null;
  return (
    <ViewportPortal>
      {markers.map((marker) => (
        <button
          key={`${marker.actionId}:${marker.stepId}`}
          type="button"
          className="sl-kaizen-action nodrag nopan"
          data-testid="kaizen-action"
          data-action-id={marker.actionId}
          style={{ transform: `translate(${marker.x}px, ${marker.y}px)`, width: BURST_SIZE_PX, height: BURST_SIZE_PX }}
          title={marker.title}
          aria-label={t('actions.burstLabel', { number: marker.number, title: marker.title })}
          onClick={() => session.openAction({ kind: 'action', actionId: marker.actionId }, { reveal: true })}
        >
          <svg viewBox={`0 0 ${BURST_SIZE_PX} ${BURST_SIZE_PX}`} aria-hidden="true">
            <polygon points={BURST_POINTS} />
            <text x={BURST_SIZE_PX / 2} y={BURST_SIZE_PX / 2} dy="0.35em" textAnchor="middle">
              {marker.number}
            </text>
          </svg>
        </button>
      ))}
    </ViewportPortal>
  );
}

export const KaizenActionLayer = memo(KaizenActionLayerView);
