import type { TFunction } from 'i18next';
import type { Finding } from '../../../../shared/analysis/types';
import { formatCurrency, formatDuration, formatNumber } from '../../../../shared/i18n/format';
import type { Language } from '../../../../shared/model/vocabulary';

export interface ImpactFormat {
  language: Language;
  currency: string;
  hoursPerDay: number;
}

/** Hours rounded as people say them: whole hours, one decimal below ten. */
export function hoursText(hours: number, language: Language): string {
  return formatNumber(hours, language, hours < 10 ? 1 : 0);
}

/**
 * The impact line of a finding: "≈ 12 uur vertraging per jaar (zaak-uren)" for delay,
 * "≈ 40 werkuren per jaar · € 1.800" for paid work; the time per case when the map has no
 * cases per year; a plain "no measurable impact" otherwise.
 */
export function impactText(finding: Finding, t: TFunction<'improve'>, format: ImpactFormat): string {
  const { language } = format;
  if (finding.impactHoursPerYear > 0) {
    const hours = hoursText(finding.impactHoursPerYear, language);
    const time = finding.impactKind === 'case-hours' ? t('findings.impactCaseHours', { hours }) : t('findings.impactPersonHours', { hours });
    if (finding.impactCost > 0) return `${time} · ${formatCurrency(finding.impactCost, format.currency, language)}`;
    return time;
  }
  if (finding.impactMinutesPerCase > 0) {
    return t('findings.impactPerCase', { duration: formatDuration(finding.impactMinutesPerCase, format.hoursPerDay, language) });
  }
  return t('findings.impactNone');
}
