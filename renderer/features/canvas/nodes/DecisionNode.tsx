import type { NodeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import type { StepNode } from '../flowTypes';
import { InventoryTriangle } from './InventoryTriangle';
import { SimpleStepBox } from './SimpleStepBox';
import { StepDiagnostics, hasErrorDiagnostic } from './StepDiagnostics';
import { StepHandles } from './StepHandles';
import { StepLabel } from './StepLabel';

/** A decision: a diamond with its question; the branches carry their probabilities. */
function DecisionNodeView({ id, data, selected }: NodeProps<StepNode>) {
  if (data.lowDetail) return <SimpleStepBox id={id} data={data} selected={selected} />;
  const style = { '--lane-color': data.laneColor } as CSSProperties;
  const classes = ['step', 'step--decision', `value--${data.valueType}`];
  if (selected) classes.push('is-selected');
  if (hasErrorDiagnostic(data.diagnostics)) classes.push('has-error');
  return (
    <div className="step-node" style={style} data-emphasis={data.emphasis} data-heat={data.heatClass ?? undefined}>
      {data.waitTimeText !== null && <InventoryTriangle waitTimeText={data.waitTimeText} />}
      <div className={classes.join(' ')}>
        <svg className="decision__shape" viewBox="0 0 100 100" aria-hidden="true">
          <polygon points="50,1 99,50 50,99 1,50" />
        </svg>
        <div className="decision__label">
          <StepLabel nodeId={id} label={data.label} editing={data.editing} className="step__label step__label--decision" />
        </div>
      </div>
      <StepDiagnostics diagnostics={data.diagnostics} />
      <StepHandles stepType="decision" />
    </div>
  );
}

export const DecisionNode = memo(DecisionNodeView);
