import { useTranslation } from 'react-i18next';
import type { StepPatch } from '../../../shared/commands/types';
import type { MapState, Step } from '../../../shared/model/types';
import { placeInOtherLane } from '../../../shared/layout/placeNextStep';
import { ACTIVITY_KINDS, STEP_TYPES, VALUE_TYPES, type StepType } from '../../../shared/model/vocabulary';
import { DurationInput } from './fields/DurationInput';
import { PercentInput } from './fields/PercentInput';
import { SelectField, type SelectOption } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { VariabilityField } from './fields/VariabilityField';
import { positive } from './fields/validation';
import { WasteToggles } from './fields/WasteToggles';
import { allowedStepTypes } from './stepTypeRules';
import { usePanelEditing } from './usePanelEditing';

interface StepInspectorProps {
  step: Step;
  /** The state the step belongs to: its lanes, and the other steps for suggestions and rules. */
  state: MapState;
  hoursPerDay: number;
}

/** Every field of one step. Each edit is a `step/update` command; typing coalesces per field. */
export function StepInspector({ step, state, hoursPerDay }: StepInspectorProps) {
  const { t } = useTranslation('panels');
  const editing = usePanelEditing();
  const update = (field: keyof StepPatch & string, patch: StepPatch, coalesce = true): void =>
    editing.commit({ type: 'step/update', target: editing.target, stepId: step.id, patch }, coalesce ? `${step.id}:${field}` : undefined);

  const typeRules = allowedStepTypes(step, state);
  const typeOptions: SelectOption<StepType>[] = STEP_TYPES.map((type) => ({
    value: type,
    label: t(`stepTypes.${type}`),
    disabled: !typeRules.allowed.has(type),
  }));
  const systems = [...new Set(state.steps.map((other) => other.system.trim()).filter((system) => system !== ''))].sort((a, b) =>
    a.localeCompare(b),
  );
  const isEvent = step.type === 'start' || step.type === 'end';

  return (
    <section className="sl-inspector__section" aria-labelledby={`inspector-step-${step.id}`} data-testid="step-inspector">
      <h2 className="sl-inspector__heading" id={`inspector-step-${step.id}`}>
        {t('inspector.stepHeading')}
      </h2>
      <TextField
        label={t('step.label')}
        tip={t('step.labelTip')}
        value={step.label}
        onCommit={(label) => update('label', { label })}
        onEditEnd={editing.endEdit}
        testId="field-label"
      />
      <SelectField
        label={t('step.type')}
        tip={t('step.typeTip')}
        value={step.type}
        options={typeOptions}
        disabled={typeRules.allowed.size <= 1}
        hint={typeRules.lockReason ? t(`step.${typeRules.lockReason}`) : undefined}
        onChange={(type) => update('type', { type }, false)}
        testId="field-type"
      />
      <SelectField
        label={t('step.lane')}
        tip={t('step.laneTip')}
        value={step.laneId}
        options={state.lanes.map((lane) => ({ value: lane.id, label: lane.name || lane.id }))}
        onChange={(laneId) => {
          // Into the new lane's band at a free spot, never on top of a step already there.
          const placement = placeInOtherLane(state, step.id, laneId);
          if (placement) editing.commit({ type: 'step/move', target: editing.target, moves: [{ stepId: step.id, laneId, position: placement.position }] });
          else update('laneId', { laneId }, false);
        }}
        testId="field-lane"
      />
      <DurationInput
          key={`process-${hoursPerDay}`}
          label={t('step.processTime')}
          tip={t('step.processTimeTip')}
          minutes={step.processTime}
          hoursPerDay={hoursPerDay}
          onCommit={(minutes) => minutes !== null && update('processTime', { processTime: minutes })}
          onEditEnd={editing.endEdit}
          testId="field-processTime"
        />
        <DurationInput
          key={`wait-${hoursPerDay}`}
          label={t('step.waitTime')}
          tip={t('step.waitTimeTip')}
          minutes={step.waitTime}
          hoursPerDay={hoursPerDay}
          onCommit={(minutes) => minutes !== null && update('waitTime', { waitTime: minutes })}
          onEditEnd={editing.endEdit}
          testId="field-waitTime"
        />
      <VariabilityField
        key={`wait-variability-${step.id}`}
        label={t('variability.waitLabel')}
        tip={t('variability.waitTip')}
        value={step.waitVariability}
        onCommit={(waitVariability, coalesce) => update('waitVariability', { waitVariability }, coalesce)}
        onEditEnd={editing.endEdit}
        testId="field-waitVariability"
      />
      <VariabilityField
        key={`process-variability-${step.id}`}
        label={t('variability.processLabel')}
        tip={t('variability.processTip')}
        value={step.processVariability}
        onCommit={(processVariability, coalesce) => update('processVariability', { processVariability }, coalesce)}
        onEditEnd={editing.endEdit}
        testId="field-processVariability"
      />
      <PercentInput
        label={t('step.completeAccurate')}
        tip={t('step.completeAccurateTip')}
        value={step.completeAccurate}
        onCommit={(fraction) => fraction !== null && update('completeAccurate', { completeAccurate: fraction })}
        onEditEnd={editing.endEdit}
        testId="field-completeAccurate"
      />
      {isEvent ? null : (
        <>
          <SelectField
            label={t('step.valueType')}
            tip={t('step.valueTypeTip')}
            value={step.valueType}
            options={VALUE_TYPES.map((valueType) => ({ value: valueType, label: t(`valueTypes.${valueType}`) }))}
            onChange={(valueType) => update('valueType', { valueType }, false)}
            testId="field-valueType"
          />
          <SelectField
            label={t('step.activity')}
            tip={t('step.activityTip')}
            value={step.activity}
            options={ACTIVITY_KINDS.map((activity) => ({ value: activity, label: t(`activityKinds.${activity}`) }))}
            onChange={(activity) => update('activity', { activity }, false)}
            testId="field-activity"
          />
        </>
      )}
      <TextField
        label={t('step.system')}
        tip={t('step.systemTip')}
        value={step.system}
        suggestions={systems}
        placeholder={t('step.systemPlaceholder')}
        onCommit={(system) => update('system', { system })}
        onEditEnd={editing.endEdit}
        testId="field-system"
      />
      <DurationInput
        key={`batch-${hoursPerDay}`}
        label={t('step.batchInterval')}
        tip={t('step.batchIntervalTip')}
        minutes={step.batchInterval ?? null}
        hoursPerDay={hoursPerDay}
        optional
        rule={positive}
        emptyUnit="workingDays"
        placeholder={t('step.batchIntervalPlaceholder')}
        onCommit={(minutes) => update('batchInterval', { batchInterval: minutes ?? undefined })}
        onEditEnd={editing.endEdit}
        testId="field-batchInterval"
      />
      <WasteToggles
        label={t('step.wastes')}
        tip={t('step.wastesTip')}
        selected={step.wastes ?? []}
        onChange={(wastes) => update('wastes', { wastes: wastes.length > 0 ? wastes : undefined }, false)}
      />
      <TextField
        label={t('step.note')}
        tip={t('step.noteTip')}
        value={step.note ?? ''}
        multiline
        onCommit={(note) => update('note', { note: note === '' ? undefined : note })}
        onEditEnd={editing.endEdit}
        testId="field-note"
      />
    </section>
  );
}
