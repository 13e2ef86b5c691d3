import { ViewportPortal } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import type { Lane } from '../../../../shared/model/types';
import { LANE_HEIGHT_PX, laneColor } from '../../../../shared/layout/geometry';

interface LaneBandsProps {
  lanes: readonly Lane[];
  /** Horizontal extent of the bands in flow coordinates (a margin around every step). */
  left: number;
  right: number;
  /** The band a dragged step would land in. */
  highlightedLaneIndex: number | null;
}

/**
 * The swimlane bands, drawn in flow coordinates under the edges and nodes (the viewport
 * portal is put below them in canvas.css). They take no pointer events, so a click or a
 * double-click on a band reaches React Flow's pane.
 */
function LaneBandsView({ lanes, left, right, highlightedLaneIndex }: LaneBandsProps) {
  return (
    <ViewportPortal>
      <div className="lane-bands" aria-hidden="true">
        {lanes.map((lane, index) => (
          <div
            key={lane.id}
            className={`lane-band${index % 2 === 1 ? ' lane-band--alternate' : ''}${highlightedLaneIndex === index ? ' is-drop-target' : ''}`}
            style={{ top: index * LANE_HEIGHT_PX, height: LANE_HEIGHT_PX, left, width: right - left, '--lane-color': laneColor(index) } as CSSProperties}
          />
        ))}
      </div>
    </ViewportPortal>
  );
}

export const LaneBands = memo(LaneBandsView);
