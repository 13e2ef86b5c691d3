import { Handle, Position } from '@xyflow/react';
import type { StepType } from '../../../../shared/model/vocabulary';
import { STEP_HEIGHT_PX } from '../../../../shared/layout/geometry';
import { HANDLE_IDS, shapeBottomPx, shapeTopPx } from '../handles';

/**
 * The DOM handles of a step, exactly where `stepHandles()` declares them (React Flow measures
 * them when a node mounts, and uses the declared ones for new node objects: both must agree,
 * see canvas.css). They are children of the unbordered node root. New flows are drawn from
 * the right handle to a left handle; the top and bottom handles only carry backward and
 * vertical flows and are not offered for connecting.
 */
export function StepHandles({ stepType }: { stepType: StepType }) {
  const top = { top: shapeTopPx(stepType) };
  const bottom = { top: 'auto', bottom: STEP_HEIGHT_PX - shapeBottomPx(stepType) };
  const routing = 'step-handle step-handle--routing';
  return (
    <>
      {stepType !== 'start' && (
        <>
          <Handle type="target" id={HANDLE_IDS.in} position={Position.Left} className="step-handle" />
          <Handle type="target" id={HANDLE_IDS.topIn} position={Position.Top} className={routing} style={top} isConnectable={false} />
          <Handle type="target" id={HANDLE_IDS.bottomIn} position={Position.Bottom} className={routing} style={bottom} isConnectable={false} />
        </>
      )}
      {stepType !== 'end' && (
        <>
          <Handle type="source" id={HANDLE_IDS.out} position={Position.Right} className="step-handle" />
          <Handle type="source" id={HANDLE_IDS.topOut} position={Position.Top} className={routing} style={top} isConnectable={false} />
          <Handle type="source" id={HANDLE_IDS.bottomOut} position={Position.Bottom} className={routing} style={bottom} isConnectable={false} />
        </>
      )}
    </>
  );
}
