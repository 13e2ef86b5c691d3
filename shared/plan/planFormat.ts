import type { TFunction } from 'i18next';
import type { Metrics } from '../analysis/types';
import { formatCurrency, formatDuration, formatNumber, formatPercent, localeOf } from '../i18n/format';
import { getTranslator } from '../i18n/translator';
import type { MapSettings } from '../model/types';
import type { Language } from '../model/vocabulary';

/** Every number, date and amount of the plan, formatted for its language. */
export interface PlanFormat {
  language: Language;
  t: TFunction;
  /** Working minutes in the unit that reads naturally (minutes, hours or working days). */
  duration(minutes: number): string;
  /** Working minutes always in working days with one decimal ("3,5 werkdagen"). */
  workingDays(minutes: number): string;
  /** 60 × hoursPerDay. */
  minutesPerWorkingDay: number;
  percent(fraction: number, maximumFractionDigits?: number): string;
  number(value: number, maximumFractionDigits?: number): string;
  money(amount: number): string;
  /** Hours per year, whole hours ("1.234 uur"). */
  hours(hours: number): string;
  /** An ISO date or date-time as "26 november 2026"; other text is returned as it is. */
  date(value: string): string;
  /** A date plus a number of days, formatted, or null for text that is not a date. */
  dateAfterDays(value: string, days: number): string | null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const MS_PER_DAY = 24 * 60 * 60 * 1000;
const dateFormatters = new Map<Language, Intl.DateTimeFormat>();

function parseIsoDate(value: string): Date | null {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // 2026-02-31 rolls over in Date.UTC: such a "date" is text, not a date.
  return date.getUTCDate() === Number(match[3]) ? date : null;
}

function dateFormatter(language: Language): Intl.DateTimeFormat {
  let formatter = dateFormatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormatters.set(language, formatter);
  }
  return formatter;
}

/** The plan's formats for a map's settings (hours per day, currency) in `language`. */
export function createPlanFormat(settings: Pick<MapSettings, 'hoursPerDay' | 'currency'>, language: Language): PlanFormat {
  const t = getTranslator(language);
  const { hoursPerDay, currency } = settings;
  return {
    language,
    t,
    duration: (minutes) => formatDuration(minutes, hoursPerDay, language),
    minutesPerWorkingDay: 60 * hoursPerDay,
    workingDays: (minutes) => {
      const days = Math.round((minutes / (60 * hoursPerDay)) * 10) / 10;
      return t('common:workingDay', { count: days, value: formatNumber(days, language, 1) });
    },
    percent: (fraction, digits = 0) => formatPercent(fraction, language, digits),
    number: (value, digits = 1) => formatNumber(value, language, digits),
    money: (amount) => formatCurrency(amount, currency, language),
    hours: (hours) => t('plan:figures.hours', { value: formatNumber(hours, language, 0) }),
    date: (value) => {
      const date = parseIsoDate(value);
      return date ? dateFormatter(language).format(date) : value;
    },
    dateAfterDays: (value, days) => {
      const date = parseIsoDate(value);
      return date ? dateFormatter(language).format(new Date(date.getTime() + days * MS_PER_DAY)) : null;
    },
  };
}

/** The sort key of a due date: ISO dates in time order, anything else after them. */
export function dueDateKey(value: string): number | null {
  return parseIsoDate(value)?.getTime() ?? null;
}

const MINUS = '\u2212';

/** The relative change from `before` to `after` as a signed percentage ("−35%"), or "no change". */
function relativeChange(before: number, after: number, format: PlanFormat): string {
  if (Math.abs(after - before) < 1e-9 * Math.max(1, Math.abs(before))) return format.t('plan:figures.noChange');
  if (before === 0) return '–';
  const change = (after - before) / Math.abs(before);
  if (Math.abs(change) < 0.0005) return format.t('plan:figures.noChange');
  return `${change < 0 ? MINUS : '+'}${format.percent(Math.abs(change))}`;
}

/** The change of a fraction in percentage points ("+12 pp"), for figures that are percentages already. */
function pointChange(before: number, after: number, format: PlanFormat): string {
  const points = (after - before) * 100;
  if (Math.abs(points) < 0.05) return format.t('plan:figures.noChange');
  return format.t('plan:figures.points', { sign: points < 0 ? MINUS : '+', value: format.number(Math.abs(points), 1) });
}

export interface KeyFigureRow {
  label: string;
  before: string;
  after: string;
  change: string;
}

/**
 * The before → after figures of the plan: lead time in working days, process time,
 * activity ratio, handoffs per case, rolled %C&A, hours and cost of work per year.
 */
export function keyFigureRows(before: Metrics, after: Metrics, format: PlanFormat): KeyFigureRow[] {
  const { t } = format;
  return [
    {
      label: t('plan:figures.leadTime'),
      before: format.workingDays(before.leadTimeMinutes),
      after: format.workingDays(after.leadTimeMinutes),
      change: relativeChange(before.leadTimeMinutes, after.leadTimeMinutes, format),
    },
    {
      label: t('plan:figures.processTime'),
      before: format.duration(before.processTimeMinutes),
      after: format.duration(after.processTimeMinutes),
      change: relativeChange(before.processTimeMinutes, after.processTimeMinutes, format),
    },
    {
      label: t('plan:figures.activityRatio'),
      before: format.percent(before.activityRatio, 1),
      after: format.percent(after.activityRatio, 1),
      change: pointChange(before.activityRatio, after.activityRatio, format),
    },
    {
      label: t('plan:figures.handoffs'),
      before: format.number(before.handoffsPerCase),
      after: format.number(after.handoffsPerCase),
      change: relativeChange(before.handoffsPerCase, after.handoffsPerCase, format),
    },
    {
      label: t('plan:figures.rolledCompleteAccurate'),
      before: format.percent(before.rolledCompleteAccurate),
      after: format.percent(after.rolledCompleteAccurate),
      change: pointChange(before.rolledCompleteAccurate, after.rolledCompleteAccurate, format),
    },
    {
      label: t('plan:figures.annualEffort'),
      before: format.hours(before.annualEffortHours),
      after: format.hours(after.annualEffortHours),
      change: relativeChange(before.annualEffortHours, after.annualEffortHours, format),
    },
    {
      label: t('plan:figures.annualCost'),
      before: format.money(before.annualCost),
      after: format.money(after.annualCost),
      change: relativeChange(before.annualCost, after.annualCost, format),
    },
  ];
}
