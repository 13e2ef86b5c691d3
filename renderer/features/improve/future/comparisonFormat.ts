import type { Metrics } from '../../../../shared/analysis/types';
import { formatCurrency, formatNumber, formatPercent } from '../../../../shared/i18n/format';
import type { Language } from '../../../../shared/model/vocabulary';

type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface MetricRow {
  key: keyof Metrics;
  /** Text key under `comparison.metrics`. */
  labelKey: string;
  /** Whether a smaller value is the better one (lead time) or a larger (%C&A). */
  lowerIsBetter: boolean;
  format: (value: number) => string;
}

/** Every metric of domain.md section 3, in the order the comparison shows them, formatted in the UI language. */
export function metricRows(options: { language: Language; hoursPerDay: number; currency: string; t: Translate }): MetricRow[] {
  const { language, hoursPerDay, currency, t } = options;
  const workingDays = (minutes: number): string => t('comparison.workingDays', { value: formatNumber(minutes / (60 * hoursPerDay), language, 1) });
  const minutesText = (minutes: number): string => t('comparison.minutes', { value: formatNumber(minutes, language, 1) });
  const percent = (fraction: number): string => formatPercent(fraction, language, 1);
  return [
    { key: 'leadTimeMinutes', labelKey: 'leadTime', lowerIsBetter: true, format: workingDays },
    { key: 'processTimeMinutes', labelKey: 'processTime', lowerIsBetter: true, format: minutesText },
    { key: 'waitTimeMinutes', labelKey: 'waitTime', lowerIsBetter: true, format: workingDays },
    { key: 'activityRatio', labelKey: 'activityRatio', lowerIsBetter: false, format: percent },
    { key: 'processCycleEfficiency', labelKey: 'processCycleEfficiency', lowerIsBetter: false, format: percent },
    { key: 'valueAddingShare', labelKey: 'valueAddingShare', lowerIsBetter: false, format: percent },
    { key: 'handoffsPerCase', labelKey: 'handoffs', lowerIsBetter: true, format: (value) => formatNumber(value, language, 2) },
    { key: 'rolledCompleteAccurate', labelKey: 'rolledCompleteAccurate', lowerIsBetter: false, format: percent },
    { key: 'annualEffortHours', labelKey: 'annualHours', lowerIsBetter: true, format: (value) => t('comparison.hours', { value: formatNumber(value, language, 0) }) },
    { key: 'annualCost', labelKey: 'annualCost', lowerIsBetter: true, format: (value) => formatCurrency(value, currency, language) },
  ];
}

/** A difference with its sign, formatted from its size: "+1,2 werkdagen", "−€ 19.953"; zero unsigned. */
export function formatSigned(value: number, format: (value: number) => string): string {
  if (Math.abs(value) < 1e-9) return format(0);
  return `${value > 0 ? '+' : '−'}${format(Math.abs(value))}`;
}

/** 'better' / 'worse' / 'same' for colouring a difference. */
export function direction(delta: number, lowerIsBetter: boolean): 'better' | 'worse' | 'same' {
  if (Math.abs(delta) < 1e-9) return 'same';
  return delta < 0 === lowerIsBetter ? 'better' : 'worse';
}
