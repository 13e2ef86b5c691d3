import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { computeHeatMap, countHeatBands, heatBands, type HeatMode } from '../../../../shared/analysis/overlays';
import { formatDuration, formatNumber } from '../../../../shared/i18n/format';
import { useActiveFindings, useAnalysisState, useDocumentState, useShownState } from '../../../base/hooks';
import { uiLanguageOf } from '../../../base/i18n';

interface LegendRow {
  heatClass: number;
  text: string;
}

/** The colour key of the heat map: one swatch per class with the values it stands for. */
export function HeatLegend({ mode }: { mode: HeatMode }) {
  const { t, i18n } = useTranslation('improve');
  const language = uiLanguageOf(i18n);
  const state = useShownState();
  const settings = useDocumentState((editor) => editor.map.settings);
  const findings = useActiveFindings();
  const { analysis } = useAnalysisState();
  const maxValue = useMemo(
    () => (analysis ? computeHeatMap(state, settings, analysis, mode, findings).maxValue : 0),
    [state, settings, analysis, mode, findings],
  );

  const valueText = (value: number): string => {
    if (mode === 'wait') return formatDuration(value, settings.hoursPerDay, language);
    return t('overlays.hoursValue', { hours: formatNumber(value, language, value < 10 ? 1 : 0) });
  };
  const rows: LegendRow[] =
    mode === 'findings'
      ? countHeatBands(maxValue).map((band) => ({
          heatClass: band.heatClass,
          text: band.firstCount === band.lastCount ? String(band.firstCount) : `${band.firstCount}–${band.lastCount}`,
        }))
      : heatBands(maxValue).map((band) => ({
          heatClass: band.heatClass,
          text: band.fromValue > 0 ? `${valueText(band.fromValue)} – ${valueText(band.toValue)}` : t('overlays.upTo', { value: valueText(band.toValue) }),
        }));

  return (
    <div className="heat-legend" data-testid="heat-legend" data-mode={mode}>
      <p className="heat-legend__title">{t(`overlays.legendTitle.${mode}`)}</p>
      <ul className="heat-legend__rows">
        <li className="heat-legend__row">
          <span className="heat-swatch" data-heat="0" aria-hidden="true" />
          {t('overlays.legendNone')}
        </li>
        {rows.map((row) => (
          <li key={row.heatClass} className="heat-legend__row" data-testid="heat-legend-row">
            <span className="heat-swatch" data-heat={row.heatClass} aria-hidden="true" />
            {row.text}
          </li>
        ))}
      </ul>
      {rows.length === 0 && <p className="heat-legend__empty">{t('overlays.legendNoHeat')}</p>}
    </div>
  );
}
