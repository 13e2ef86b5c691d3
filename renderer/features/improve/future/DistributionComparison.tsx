import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_SIMULATION_SEED } from '../../../../shared/analysis/simulate';
import type { MapSettings, MapState } from '../../../../shared/model/types';
import { useLeadTimeSimulation } from '../../../base/analysis/useLeadTimeSimulation';
import { useUiLanguage } from '../../../base/i18n/useUiLanguage';
import { LeadTimeDistribution } from '../../../base/ui/LeadTimeDistribution';

const TONES = ['current', 'future'] as const;
/** Drawn for the width of the comparison view, the two panels side by side (each about 470 px). */
const SIDE_BY_SIDE_WIDTH_PX = 960;

/**
 * "Hoe lang duurt het echt?" now and after the improvements: both states simulated with the
 * same cases and seed (in a worker, with progress), the two histograms side by side on one scale, and the
 * figures in a column per state, as in the plan.
 */
export function DistributionComparison({ current, future, settings }: { current: MapState; future: MapState; settings: MapSettings }) {
  const { t } = useTranslation('panels');
  const language = useUiLanguage();
  const states = useMemo(() => [current, future], [current, future]);
  const status = useLeadTimeSimulation({ states, settings, language, seed: DEFAULT_SIMULATION_SEED });
  return (
    <section className="sl-comparison__distribution" data-testid="comparison-distribution">
      <h3 className="sl-comparison__subheading">{t('distribution.heading')}</h3>
      <LeadTimeDistribution
        status={status}
        tones={TONES}
        settings={settings}
        language={language}
        seed={DEFAULT_SIMULATION_SEED}
        pictureWidthPx={SIDE_BY_SIDE_WIDTH_PX}
        layout="side-by-side"
      />
    </section>
  );
}
