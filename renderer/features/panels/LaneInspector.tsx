import { useTranslation } from 'react-i18next';
import type { LaneFigures } from '../../../shared/analysis/types';
import { formatCurrency, formatNumber } from '../../../shared/i18n/format';
import type { Lane, MapSettings } from '../../../shared/model/types';
import { InfoTip } from './InfoTip';
import { NumberInput } from './fields/NumberInput';
import { formatNumberForInput } from './fields/numberText';
import { TextField } from './fields/TextField';
import { nonNegative } from './fields/validation';
import { usePanelEditing } from './usePanelEditing';
import { useUiLanguage } from '../../base/i18n/useUiLanguage';

interface LaneInspectorProps {
  lane: Lane;
  settings: MapSettings;
  /** The lane's annual figures from the analysis; undefined while there are none (no analysis, a loop without exit). */
  figures: LaneFigures | undefined;
}

/** One swimlane: name, its own hourly cost (empty = the map default), and what it spends per year. */
export function LaneInspector({ lane, settings, figures }: LaneInspectorProps) {
  const { t } = useTranslation('panels');
  const language = useUiLanguage();
  const editing = usePanelEditing();

  return (
    <section className="sl-inspector__section" aria-labelledby={`inspector-lane-${lane.id}`} data-testid="lane-inspector">
      <h2 className="sl-inspector__heading" id={`inspector-lane-${lane.id}`}>
        {t('inspector.laneHeading')}
      </h2>
      <TextField
        label={t('lane.name')}
        tip={t('lane.nameTip')}
        value={lane.name}
        onCommit={(name) => editing.commit({ type: 'lane/update', target: editing.target, laneId: lane.id, patch: { name } }, `${lane.id}:name`)}
        onEditEnd={editing.endEdit}
        testId="field-laneName"
      />
      <NumberInput
        label={t('lane.hourlyCost')}
        tip={t('lane.hourlyCostTip')}
        value={lane.hourlyCost ?? null}
        rule={nonNegative}
        optional
        maximumFractionDigits={2}
        suffix={`${settings.currency} ${t('units.perHour')}`}
        placeholder={formatNumberForInput(settings.defaultHourlyCost, language, 2)}
        hint={lane.hourlyCost === undefined ? t('lane.hourlyCostDefault', { value: formatCurrency(settings.defaultHourlyCost, settings.currency, language, 2) }) : undefined}
        onCommit={(hourlyCost) =>
          editing.commit({ type: 'lane/update', target: editing.target, laneId: lane.id, patch: { hourlyCost } }, `${lane.id}:hourlyCost`)
        }
        onEditEnd={editing.endEdit}
        testId="field-hourlyCost"
      />
      {figures ? (
        <dl className="sl-readonly">
          <div className="sl-readonly__row">
            <dt>
              {t('lane.annualHours')} <InfoTip text={t('lane.annualHoursTip')} />
            </dt>
            <dd data-testid="lane-annualHours">{t('metrics.annualHoursValue', { value: formatNumber(figures.annualEffortHours, language, 0) })}</dd>
          </div>
          <div className="sl-readonly__row">
            <dt>
              {t('lane.annualCost')} <InfoTip text={t('lane.annualCostTip')} />
            </dt>
            <dd data-testid="lane-annualCost">{formatCurrency(figures.annualCost, settings.currency, language)}</dd>
          </div>
        </dl>
      ) : null}
    </section>
  );
}
