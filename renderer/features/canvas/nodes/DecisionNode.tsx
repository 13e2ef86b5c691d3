import type { NodeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import type { StepNode } from '../flowTypes';
import { InventoryTriangle } from './InventoryTriangle';
import { SimpleStepBox } from './SimpleStepBox';
import { StepDiagnostics, hasErrorDiagnostic } from './StepDiagnostics';
import { StepHandles } from './StepHandles';
import { StepLabel } from './StepLabel';

/**
 * A decision: a diamond with its question; the branches carry their probabilities. A
 * parallel gateway (domain.md section 7: where work splits into branches that run at the
 * same time, or where they come together) is the same diamond with a plus, as in BPMN, and
 * its name under the diamond.
 */
function DecisionNodeView({ id, data, selected }: NodeProps<StepNode>) {
  if (data.lowDetail) return <SimpleStepBox id={id} data={data} selected={selected} />;
  const isParallel = data.stepType === 'parallel';
  const style = { '--lane-color': data.laneColor } as CSSProperties;
  const classes = ['step', 'step--decision', `value--${data.valueType}`];
  if (isParallel) classes.push('step--parallel');
  if (selected) classes.push('is-selected');
  if (hasErrorDiagnostic(data.diagnostics)) classes.push('has-error');
  return (
    <div className="step-node" style={style} data-emphasis={data.emphasis} data-heat={data.heatClass ?? undefined}>
      {data.waitTimeText !== null && <InventoryTriangle waitTimeText={data.waitTimeText} />}
      <div className={classes.join(' ')}>
        <svg className="decision__shape" viewBox="0 0 100 100" aria-hidden="true">
          <polygon points="50,1 99,50 50,99 1,50" />
          {isParallel && <path className="parallel__plus" d="M30 50H70M50 30V70" />}
        </svg>
        <div className={isParallel ? 'parallel__label' : 'decision__label'}>
          <StepLabel nodeId={id} label={data.label} editing={data.editing} className={isParallel ? 'step__label step__label--parallel' : 'step__label step__label--decision'} />
        </div>
      </div>
      <StepDiagnostics diagnostics={data.diagnostics} />
      <StepHandles stepType={data.stepType} />
    </div>
  );
}

export const DecisionNode = memo(DecisionNodeView);
