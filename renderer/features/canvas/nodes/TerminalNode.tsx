import type { NodeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepNode } from '../flowTypes';
import { SimpleStepBox } from './SimpleStepBox';
import { StepDiagnostics, hasErrorDiagnostic } from './StepDiagnostics';
import { StepHandles } from './StepHandles';
import { StepLabel } from './StepLabel';

/** Start and end: a rounded pill with the trigger or the result, marked "Start"/"End". */
function TerminalNodeView({ id, data, selected }: NodeProps<StepNode>) {
  const { t } = useTranslation('canvas');
  if (data.lowDetail) return <SimpleStepBox id={id} data={data} selected={selected} />;
  const style = { '--lane-color': data.laneColor } as CSSProperties;
  const classes = ['step', 'step--terminal', `step--${data.stepType}`];
  if (selected) classes.push('is-selected');
  if (hasErrorDiagnostic(data.diagnostics)) classes.push('has-error');
  return (
    <div className="step-node step-node--terminal" style={style} data-emphasis={data.emphasis} data-heat={data.heatClass ?? undefined}>
      <div className={classes.join(' ')}>
        <div className="terminal__pill">
          <span className="terminal__kind">{data.stepType === 'start' ? t('step.typeStart') : t('step.typeEnd')}</span>
          <StepLabel nodeId={id} label={data.label} editing={data.editing} className="step__label step__label--terminal" />
        </div>
      </div>
      <StepDiagnostics diagnostics={data.diagnostics} />
      <StepHandles stepType={data.stepType} />
    </div>
  );
}

export const TerminalNode = memo(TerminalNodeView);
