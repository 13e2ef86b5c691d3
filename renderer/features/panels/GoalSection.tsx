import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Metrics } from '../../../shared/analysis/types';
import { formatCurrency, formatDuration, formatNumber, formatPercent } from '../../../shared/i18n/format';
import type { Goal, MapSettings } from '../../../shared/model/types';
import { METRIC_TERMS } from '../../../shared/plan/contentGoal';
import { GOAL_METRICS, type GoalMetric, type Language } from '../../../shared/model/vocabulary';
import { useAnalysisState } from '../../base/hooks';
import { useUiLanguage } from '../../base/i18n/useUiLanguage';
import { DateInput } from '../../base/ui/DateInput';
import { InfoTip } from './InfoTip';
import { NumberInput } from './fields/NumberInput';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { nonNegative, percentRange, type NumberRule } from './fields/validation';
import { usePanelEditing } from './usePanelEditing';

/** How a metric is typed: file value × scale is what the field shows (working days for the lead time, % for a share). */
function unitOf(metric: GoalMetric, settings: MapSettings): { scale: number; rule: NumberRule } {
  if (metric === 'leadTimeMinutes') return { scale: 1 / (settings.hoursPerDay * 60), rule: nonNegative };
  if (metric === 'rolledCompleteAccurate') return { scale: 100, rule: percentRange };
  return { scale: 1, rule: nonNegative };
}

/** Today's figure of a metric as the panels write it. */
function formatNow(metric: GoalMetric, metrics: Metrics, settings: MapSettings, language: Language): string {
  const value = metrics[metric];
  switch (metric) {
    case 'leadTimeMinutes':
    case 'processTimeMinutes':
      return formatDuration(value, settings.hoursPerDay, language);
    case 'rolledCompleteAccurate':
      return formatPercent(value, language);
    case 'annualCost':
      return formatCurrency(value, settings.currency, language);
    default:
      return formatNumber(value, language);
  }
}

interface GoalSectionProps {
  goal: Goal | undefined;
  settings: MapSettings;
}

/**
 * The goal of the improvement (issue 11 item 10, A3 "target condition"): the goal in words and
 * its targets ("lead time under 5 working days by 1 March"), typed in the units a person uses
 * and stored in the file's (`goal/*` commands). Today's figure stands beside each target.
 */
export function GoalSection({ goal, settings }: GoalSectionProps) {
  const { t } = useTranslation('panels');
  const language = useUiLanguage();
  const editing = usePanelEditing();
  const headingId = useId();
  const metrics = useAnalysisState().analysis?.metrics ?? null;
  const targets = goal?.targets ?? [];
  const unused = GOAL_METRICS.filter((metric) => !targets.some((target) => target.metric === metric));
  const [newMetric, setNewMetric] = useState<GoalMetric | null>(null);
  const [newValue, setNewValue] = useState<number | null>(null);
  const chosen = newMetric !== null && unused.includes(newMetric) ? newMetric : (unused[0] ?? null);

  const metricName = (metric: GoalMetric): string => t(`glossary:${METRIC_TERMS[metric]}.name`);
  const unitText = (metric: GoalMetric): string => (metric === 'annualCost' ? settings.currency : t(`goal.units.${metric}`));
  const nowText = (metric: GoalMetric): string | undefined => (metrics ? t('goal.now', { value: formatNow(metric, metrics, settings, language) }) : undefined);

  const add = (): void => {
    if (chosen === null || newValue === null) return;
    editing.commit({ type: 'goal/add-target', target: { metric: chosen, value: newValue, dueDate: '' } });
    setNewValue(null);
    setNewMetric(null);
  };

  return (
    <section className="sl-inspector__section sl-goal" aria-labelledby={headingId} data-testid="goal-section">
      <h2 className="sl-inspector__heading" id={headingId}>
        {t('goal.heading')}
      </h2>
      <p className="sl-inspector__note">{t('goal.intro')}</p>
      <TextField
        label={t('goal.text')}
        value={goal?.text ?? ''}
        multiline
        placeholder={t('goal.textPlaceholder')}
        onCommit={(text) => editing.commit({ type: 'goal/set-text', text }, 'map:goal:text')}
        onEditEnd={editing.endEdit}
        testId="field-goal-text"
      />
      {targets.length > 0 ? <h3 className="sl-goal__subheading">{t('goal.targets')}</h3> : null}
      <ul className="sl-goal__targets">
        {targets.map((target, index) => {
          const { scale, rule } = unitOf(target.metric, settings);
          return (
            <li key={`${target.metric}-${index}`} className="sl-goal__target" data-testid="goal-target" data-metric={target.metric}>
              <div className="sl-goal__target-head">
                <strong>{metricName(target.metric)}</strong>
                <InfoTip text={t(`glossary:${METRIC_TERMS[target.metric]}.explanation`)} />
                <button
                  type="button"
                  className="sl-goal__remove"
                  aria-label={t('goal.removeLabel', { metric: metricName(target.metric) })}
                  data-testid="goal-target-remove"
                  onClick={() => editing.commit({ type: 'goal/delete-target', index })}
                >
                  {t('goal.remove')}
                </button>
              </div>
              <div className="sl-field-pair">
                <NumberInput
                  label={t('goal.value')}
                  value={target.value}
                  rule={rule}
                  displayScale={scale}
                  maximumFractionDigits={1}
                  suffix={unitText(target.metric)}
                  hint={nowText(target.metric)}
                  onCommit={(value) => value !== null && editing.commit({ type: 'goal/update-target', index, patch: { value } }, `map:goal:target:${index}:value`)}
                  onEditEnd={editing.endEdit}
                  testId="goal-target-value"
                />
                <label className="sl-goal__date">
                  <span className="sl-goal__date-label">{t('goal.dueDate')}</span>
                  <DateInput
                    value={target.dueDate}
                    testId="goal-target-date"
                    onChange={(dueDate) => editing.commit({ type: 'goal/update-target', index, patch: { dueDate } }, `map:goal:target:${index}:date`)}
                    onBlur={editing.endEdit}
                  />
                </label>
              </div>
            </li>
          );
        })}
      </ul>
      {chosen === null ? (
        <p className="sl-inspector__note">{t('goal.allUsed')}</p>
      ) : (
        <div className="sl-goal__new" data-testid="goal-new-target">
          <SelectField
            label={t('goal.newMetric')}
            value={chosen}
            options={unused.map((metric) => ({ value: metric, label: metricName(metric) }))}
            onChange={(metric) => {
              setNewMetric(metric);
              setNewValue(null);
            }}
            testId="goal-new-metric"
          />
          <NumberInput
            key={chosen}
            label={t('goal.value')}
            value={newValue}
            optional
            rule={unitOf(chosen, settings).rule}
            displayScale={unitOf(chosen, settings).scale}
            maximumFractionDigits={1}
            suffix={unitText(chosen)}
            hint={nowText(chosen)}
            onCommit={setNewValue}
            onEditEnd={() => undefined}
            testId="goal-new-value"
          />
          <button type="button" className="sl-button" data-testid="goal-add-target" disabled={newValue === null} onClick={add}>
            {t('goal.add')}
          </button>
        </div>
      )}
    </section>
  );
}
