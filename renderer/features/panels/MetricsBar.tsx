import './panels.css';
import { useTranslation } from 'react-i18next';
import type { Metrics } from '../../../shared/analysis/types';
import { formatCurrency, formatDuration, formatNumber, formatPercent } from '../../../shared/i18n/format';
import type { MapSettings } from '../../../shared/model/types';
import type { Language } from '../../../shared/model/vocabulary';
import { useAnalysisState, useDocumentState } from '../../base/hooks';
import { InfoTip } from './InfoTip';
import { useUiLanguage } from '../../base/i18n/useUiLanguage';

interface MetricItem {
  /** Stable id for tests: `metric-${id}`. */
  id: string;
  label: string;
  tip: string;
  value: string;
  /** A second, smaller figure under the value (PCE under the activity ratio). */
  secondary?: { testId: string; text: string; tip: string };
}

/** The figures of the bar, formatted in the UI language; all numbers come from the analysis. */
function metricItems(metrics: Metrics, settings: MapSettings, language: Language, t: (key: string, options?: Record<string, unknown>) => string): MetricItem[] {
  const duration = (minutes: number): string => formatDuration(minutes, settings.hoursPerDay, language);
  return [
    { id: 'leadTime', label: t('metrics.leadTime'), tip: t('metrics.leadTimeTip'), value: duration(metrics.leadTimeMinutes) },
    { id: 'processTime', label: t('metrics.processTime'), tip: t('metrics.processTimeTip'), value: duration(metrics.processTimeMinutes) },
    {
      id: 'activityRatio',
      label: t('metrics.activityRatio'),
      tip: t('metrics.activityRatioTip'),
      value: formatPercent(metrics.activityRatio, language, 1),
      secondary: {
        testId: 'metric-pce',
        text: t('metrics.pce', { value: formatPercent(metrics.processCycleEfficiency, language, 1) }),
        tip: t('metrics.pceTip'),
      },
    },
    { id: 'handoffs', label: t('metrics.handoffs'), tip: t('metrics.handoffsTip'), value: formatNumber(metrics.handoffsPerCase, language, 1) },
    {
      id: 'rolledCompleteAccurate',
      label: t('metrics.rolledCompleteAccurate'),
      tip: t('metrics.rolledCompleteAccurateTip'),
      value: formatPercent(metrics.rolledCompleteAccurate, language, 0),
    },
    {
      id: 'annualHours',
      label: t('metrics.annualHours'),
      tip: t('metrics.annualHoursTip'),
      value: t('metrics.annualHoursValue', { value: formatNumber(metrics.annualEffortHours, language, 0) }),
    },
    { id: 'annualCost', label: t('metrics.annualCost'), tip: t('metrics.annualCostTip'), value: formatCurrency(metrics.annualCost, settings.currency, language) },
  ];
}

/**
 * The live key figures above the canvas. They are read from the analysis (never computed
 * here), so they change as soon as the analysis of an edit is in.
 */
export function MetricsBar() {
  const { t } = useTranslation('panels');
  const language = useUiLanguage();
  const settings = useDocumentState((state) => state.map.settings);
  const { analysis, pending } = useAnalysisState();

  const body = (() => {
    if (!analysis) return <p className="sl-metrics__message">{t('metrics.empty')}</p>;
    if (!analysis.metrics) {
      return (
        <p className="sl-metrics__message sl-metrics__message--error" role="status" data-testid="metrics-unavailable">
          {t('metrics.unavailable')}
        </p>
      );
    }
    const items = metricItems(analysis.metrics, settings, language, (key, options) => t(key, options));
    return (
      <dl className="sl-metrics__list">
        {items.map((item, index) => (
          <div key={item.id} className="sl-metric">
            <dt className="sl-metric__label">
              {item.label}
              <InfoTip text={item.tip} align={index >= items.length - 2 ? 'end' : 'start'} />
            </dt>
            <dd className="sl-metric__value" data-testid={`metric-${item.id}`}>
              {item.value}
            </dd>
            {item.secondary ? (
              <dd className="sl-metric__secondary" data-testid={item.secondary.testId} title={item.secondary.tip}>
                {item.secondary.text}
              </dd>
            ) : null}
          </div>
        ))}
      </dl>
    );
  })();

  return (
    <div className="sl-metrics" role="region" aria-label={t('metrics.regionLabel')} aria-busy={pending} data-testid="metrics-bar">
      {body}
      {pending ? (
        <span className="sl-metrics__pending" role="status">
          {t('metrics.pending')}
        </span>
      ) : null}
    </div>
  );
}
