import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_SIMULATION_SEED } from '../../../shared/analysis/simulate';
import { useLeadTimeSimulation } from '../../base/analysis/useLeadTimeSimulation';
import { useDocumentState, useShownState } from '../../base/hooks';
import { useUiLanguage } from '../../base/i18n/useUiLanguage';
import { LeadTimeDistribution } from '../../base/ui/LeadTimeDistribution';
import { DurationInput } from './fields/DurationInput';
import { NumberInput } from './fields/NumberInput';
import { positive, seedRange } from './fields/validation';
import { usePanelEditing } from './usePanelEditing';

/** The side panel is about 300 px wide: a picture drawn for 400 px keeps its labels legible there. */
const PANEL_PICTURE_WIDTH_PX = 400;
const TONES = { current: ['current'], future: ['future'] } as const;

/**
 * "Hoe lang duurt het echt?" for the state the canvas shows: the simulated lead times of
 * domain.md section 8 (in a worker, with progress), the target lead time of the map
 * (settings.leadTimeTargetMinutes) and the seed, so a run can be repeated exactly.
 */
export function DistributionPanel() {
  const { t } = useTranslation('panels');
  const language = useUiLanguage();
  const state = useShownState();
  const settings = useDocumentState((editor) => editor.map.settings);
  const editing = usePanelEditing();
  const [seed, setSeed] = useState(DEFAULT_SIMULATION_SEED);
  const { lanes, steps, flows, annotations } = state;
  // The simulation starts again only when the graph changes, not on every other edit.
  const states = useMemo(() => [{ lanes, steps, flows, annotations }], [lanes, steps, flows, annotations]);
  const status = useLeadTimeSimulation({ states, settings, language, seed });

  return (
    <div className="sl-inspector">
    <section className="sl-inspector__section" aria-labelledby="distribution-heading" data-testid="distribution-panel">
      <h2 className="sl-inspector__heading" id="distribution-heading">
        {t('distribution.heading')}
      </h2>
      <p className="sl-distribution__note">{t(state.target === 'future' ? 'distribution.introFuture' : 'distribution.intro')}</p>
      <DurationInput
        key={`target-${settings.hoursPerDay}`}
        label={t('distribution.target')}
        tip={t('distribution.targetTip')}
        minutes={settings.leadTimeTargetMinutes ?? null}
        hoursPerDay={settings.hoursPerDay}
        optional
        rule={positive}
        emptyUnit="workingDays"
        placeholder={t('distribution.targetPlaceholder')}
        onCommit={(minutes) =>
          editing.commit({ type: 'map/set-settings', patch: { leadTimeTargetMinutes: minutes ?? undefined } }, 'map:settings:leadTimeTargetMinutes')
        }
        onEditEnd={editing.endEdit}
        testId="field-leadTimeTarget"
      />
      <LeadTimeDistribution status={status} tones={TONES[state.target]} settings={settings} language={language} seed={seed} pictureWidthPx={PANEL_PICTURE_WIDTH_PX} />
      <NumberInput
        label={t('distribution.seed')}
        tip={t('distribution.seedTip')}
        value={seed}
        rule={seedRange}
        onCommit={(value) => value !== null && setSeed(value)}
        onEditEnd={() => undefined}
        testId="field-seed"
        maximumFractionDigits={0}
      />
    </section>
    </div>
  );
}
