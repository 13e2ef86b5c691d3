import type { StepNodeData } from '../flowTypes';
import { StepHandles } from './StepHandles';
import { StepLabel } from './StepLabel';

/**
 * The level-of-detail stand-in for a step when the map is zoomed far out: its shape in the
 * value-type colour with the name in large type, and a bare triangle where work waits.
 * Cheap enough for thousands of steps.
 */
export function SimpleStepBox({ id, data, selected }: { id: string; data: StepNodeData; selected: boolean }) {
  const shape = data.stepType === 'decision' || data.stepType === 'parallel' ? 'diamond' : data.stepType === 'activity' ? 'box' : 'pill';
  const classes = `step-simple step-simple--${shape} value--${data.valueType}${selected ? ' is-selected' : ''}`;
  return (
    <div className="step-node" data-emphasis={data.emphasis} data-heat={data.heatClass ?? undefined}>
      {data.waitTimeText !== null && (
        <svg className="step-simple__inventory" viewBox="0 0 30 26" aria-hidden="true">
          <polygon points="15,1.5 28.5,24.5 1.5,24.5" />
        </svg>
      )}
      <div className={classes}>
        {shape === 'diamond' && (
          <svg className="step-simple__diamond" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
            <polygon points="50,1 99,50 50,99 1,50" />
          </svg>
        )}
        <StepLabel nodeId={id} label={data.label} editing={data.editing} className="step-simple__label" />
      </div>
      <StepHandles stepType={data.stepType} />
    </div>
  );
}
