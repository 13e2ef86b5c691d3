import type { NodeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepNode } from '../flowTypes';
import { InventoryTriangle } from './InventoryTriangle';
import { SimpleStepBox } from './SimpleStepBox';
import { StepDiagnostics, hasErrorDiagnostic } from './StepDiagnostics';
import { StepHandles } from './StepHandles';
import { StepLabel } from './StepLabel';

/**
 * A value-stream process box: the name in a header tinted by the value type (with the lane's
 * colour as an accent), and the data box below it (process time, wait time, %C&A, system).
 */
function ActivityNodeView({ id, data, selected }: NodeProps<StepNode>) {
  const { t } = useTranslation('canvas');
  if (data.lowDetail) return <SimpleStepBox id={id} data={data} selected={selected} />;
  const style = { '--lane-color': data.laneColor } as CSSProperties;
  const classes = ['step', 'step--activity', `value--${data.valueType}`];
  if (selected) classes.push('is-selected');
  if (hasErrorDiagnostic(data.diagnostics)) classes.push('has-error');
  return (
    <div className="step-node" style={style} data-emphasis={data.emphasis} data-heat={data.heatClass ?? undefined}>
      {data.waitTimeText !== null && <InventoryTriangle waitTimeText={data.waitTimeText} />}
      <div className={classes.join(' ')}>
        <div className="step__header">
          <StepLabel nodeId={id} label={data.label} editing={data.editing} className="step__label" />
          {data.measuredInstances !== null && (
            <span className="step__measured" data-testid="step-measured" title={t('step.measuredTitle', { count: data.measuredInstances })}>
              {t('step.measured', { count: data.measuredInstances })}
            </span>
          )}
        </div>
        {/* dt/dd straight in the grid of the dl (no row wrappers): fewer elements per node on a 1,000-step map. */}
        <dl className="step__data">
          <dt title={t('step.processTimeTitle')}>{t('step.processTime')}</dt>
          <dd>{data.processTimeText}</dd>
          <dt title={t('step.waitTimeTitle')}>{t('step.waitTime')}</dt>
          <dd>{data.waitTimeText ?? '–'}</dd>
          <dt title={t('step.completeAccurateTitle')}>{t('step.completeAccurate')}</dt>
          <dd>{data.completeAccurateText}</dd>
          {data.system !== '' && (
            <>
              <dt className="step__system-label">{t('step.system')}</dt>
              <dd className="step__system" title={`${t('step.system')}: ${data.system}`}>
                <svg viewBox="0 0 16 14" aria-hidden="true">
                  <path d="M2.5 1h11A1.5 1.5 0 0 1 15 2.5v6a1.5 1.5 0 0 1-1.5 1.5h-11A1.5 1.5 0 0 1 1 8.5v-6A1.5 1.5 0 0 1 2.5 1zM5 13h6M8 10v3" />
                </svg>
                {data.system}
              </dd>
            </>
          )}
        </dl>
      </div>
      <StepDiagnostics diagnostics={data.diagnostics} />
      <StepHandles stepType="activity" />
    </div>
  );
}

export const ActivityNode = memo(ActivityNodeView);
