import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlowEdge } from '../flowTypes';
import { backArcPath } from './backArcPath';
import { roundedPath, routeMiddle } from './canvasRoutes';
import { RoutesContext } from './RoutesContext';

/**
 * A flow between two steps along its route from the shared flow router (orthogonal, round
 * the other steps, labels apart). While one of its steps is dragged: a curve with an arrow,
 * or for backward flows an arc over the top. Rework flows are dashed and orange. The label shows the branch name and the
 * probability when the step branches.
 */
function FlowEdgeComponent(props: EdgeProps<FlowEdge>) {
  const { id, source, target, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd, selected } = props;
  const { t } = useTranslation('canvas');
  const { routes, movingStepIds } = useContext(RoutesContext);
  const route = movingStepIds.has(source) || movingStepIds.has(target) ? undefined : routes.get(id);
  let path: string;
  let labelX: number;
  let labelY: number;
  if (route) {
    // The shared router's route round the steps (made once per layout change, see FlowCanvas).
    path = roundedPath(route.points);
    ({ x: labelX, y: labelY } = route.label ?? routeMiddle(route.points));
  } else if (data?.route === 'backward') {
    ({ path, labelX, labelY } = backArcPath(sourceX, sourceY, targetX, targetY));
  } else {
    [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  }
  const rework = data?.rework ?? false;
  const emphasis = data?.emphasis ?? 'none';
  const label = data?.label.trim() ?? '';
  const probabilityText = data?.probabilityText ?? null;
  const showLabel = !data?.lowDetail && (label !== '' || probabilityText !== null || rework);
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={`flow-edge${rework ? ' flow-edge--rework' : ''}${selected ? ' is-selected' : ''}${emphasis === 'none' ? '' : ` flow-edge--${emphasis}`}`}
        interactionWidth={18}
      />
      {showLabel && (
        <EdgeLabelRenderer>
          <div
            className={`flow-label${rework ? ' flow-label--rework' : ''}${selected ? ' is-selected' : ''}${emphasis === 'none' ? '' : ` flow-label--${emphasis}`}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            title={rework ? t('flow.reworkTitle') : undefined}
          >
            {rework && <span className="flow-label__kind">{t('flow.rework')}</span>}
            {label !== '' && <span className="flow-label__text">{label}</span>}
            {probabilityText !== null && <span className="flow-label__probability">{probabilityText}</span>}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const FlowEdgeView = memo(FlowEdgeComponent);
