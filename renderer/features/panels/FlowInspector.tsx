import { useTranslation } from 'react-i18next';
import type { FlowPatch } from '../../../shared/commands/types';
import { formatPercent } from '../../../shared/i18n/format';
import type { Flow, MapState } from '../../../shared/model/types';
import { FLOW_MEDIA } from '../../../shared/model/vocabulary';
import { CheckboxField } from './fields/CheckboxField';
import { PercentInput } from './fields/PercentInput';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { usePanelEditing } from './usePanelEditing';
import { useUiLanguage } from '../../base/i18n/useUiLanguage';

interface FlowInspectorProps {
  flow: Flow;
  state: MapState;
  /** Effective probability of every flow (analysis.flowProbabilities); empty while no analysis is there. */
  flowProbabilities: Readonly<Record<string, number>>;
}

/** One arrow: its ends (read only), the chance it is taken, rework, medium and label. */
export function FlowInspector({ flow, state, flowProbabilities }: FlowInspectorProps) {
  const { t } = useTranslation('panels');
  const language = useUiLanguage();
  const editing = usePanelEditing();
  const update = (field: keyof FlowPatch & string, patch: FlowPatch, coalesce = true): void =>
    editing.commit({ type: 'flow/update', target: editing.target, flowId: flow.id, patch }, coalesce ? `${flow.id}:${field}` : undefined);

  const stepName = (stepId: string): string => {
    const step = state.steps.find((candidate) => candidate.id === stepId);
    return step ? step.label || t(`stepTypes.${step.type}`) : stepId;
  };
  const siblingCount = state.flows.filter((other) => other.from === flow.from).length;
  const effective = flowProbabilities[flow.id];
  const effectiveHint = effective === undefined ? undefined : t('flow.probabilityEffective', { value: formatPercent(effective, language, 1) });
  const isOnlyWay = siblingCount <= 1;
  // An arrow into an end finishes the case: it cannot send work back. A tick read from a file
  // stays clickable so it can be taken off (the analysis warns about it meanwhile).
  const endsTheCase = state.steps.some((step) => step.id === flow.to && step.type === 'end');

  return (
    <section className="sl-inspector__section" aria-labelledby={`inspector-flow-${flow.id}`} data-testid="flow-inspector" data-flow-id={flow.id}>
      <h2 className="sl-inspector__heading" id={`inspector-flow-${flow.id}`}>
        {t('inspector.flowHeading')}
      </h2>
      <dl className="sl-readonly">
        <div className="sl-readonly__row">
          <dt>{t('flow.from')}</dt>
          <dd data-testid="flow-from">{stepName(flow.from)}</dd>
        </div>
        <div className="sl-readonly__row">
          <dt>{t('flow.to')}</dt>
          <dd data-testid="flow-to">{stepName(flow.to)}</dd>
        </div>
      </dl>
      {isOnlyWay && flow.probability === undefined ? (
        <p className="sl-inspector__note" data-testid="flow-only-way">
          {t('flow.probabilityOnlyWay', { step: stepName(flow.from) })}
        </p>
      ) : (
        <PercentInput
          label={t('flow.probability')}
          tip={t('flow.probabilityTip')}
          value={flow.probability ?? null}
          optional
          placeholder={t('flow.probabilityAutomatic')}
          hint={effectiveHint}
          onCommit={(probability) => update('probability', { probability: probability ?? undefined })}
          onEditEnd={editing.endEdit}
          testId="field-probability"
        />
      )}
      <CheckboxField
        label={t('flow.rework')}
        explanation={endsTheCase ? t(flow.rework ? 'flow.reworkIntoEndTicked' : 'flow.reworkIntoEnd') : t('flow.reworkExplanation')}
        tip={t('flow.reworkTip')}
        checked={flow.rework}
        disabled={endsTheCase && !flow.rework}
        onChange={(rework) => update('rework', { rework }, false)}
        testId="field-rework"
      />
      <SelectField
        label={t('flow.medium')}
        tip={t('flow.mediumTip')}
        value={flow.medium}
        options={FLOW_MEDIA.map((medium) => ({ value: medium, label: t(`media.${medium}`) }))}
        onChange={(medium) => update('medium', { medium }, false)}
        testId="field-medium"
      />
      <TextField
        label={t('flow.label')}
        tip={t('flow.labelTip')}
        value={flow.label}
        onCommit={(label) => update('label', { label })}
        onEditEnd={editing.endEdit}
        testId="field-flowLabel"
      />
    </section>
  );
}
