import type { TFunction } from 'i18next';
import type { Flow } from '../../model/types';
import type { Language } from '../../model/vocabulary';
import { formatCurrency, formatDuration, formatNumber, formatPercent, localeOf } from '../../i18n/format';
import { getTranslator } from '../../i18n/translator';
import type { AnalysisContext } from '../context';

/** Interpolation values of a finding text; numbers are formatted before they get here. */
export type TextParams = Record<string, string | number>;

/**
 * Formats the evidence of a finding in the map's language (context.input.language):
 * durations in working minutes/hours/days, percentages, money in the map's currency,
 * quoted step labels and lane names.
 */
export interface Wording {
  language: Language;
  /** A text of the `findings` namespace, e.g. text('waiting.longWait.title', {...}). */
  text(key: string, params?: TextParams): string;
  duration(minutes: number): string;
  percent(fraction: number): string;
  money(amount: number): string;
  number(value: number, maximumFractionDigits?: number): string;
  /** "1,3 keer" / "1.3 times"; "once" for exactly 1 in English. */
  times(count: number): string;
  /** "1.234 uur" / "1,234 hours": whole hours from 10 up, one decimal below. */
  hours(hours: number): string;
  /** The step's label in quotes, or its id when the label is empty. */
  step(stepId: string): string;
  /** The lane's name, or its id when the name is empty. */
  lane(laneId: string): string;
  /** "‘A’ → ‘B’" */
  flow(flow: Flow): string;
  /** "a, b en c" / "a, b and c" */
  list(items: readonly string[]): string;
}

/** Creates the wording for one analysis; cheap, so one per `detectFindings` call. */
export function createWording(context: AnalysisContext): Wording {
  const { language, settings } = context.input;
  const t: TFunction = getTranslator(language);
  const translate = (key: string, params: TextParams = {}): string => t(key, params);
  const listFormat = new Intl.ListFormat(localeOf(language), { type: 'conjunction', style: 'long' });
  const rounded = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;

  const wording: Wording = {
    language,
    text: (key, params) => translate(`findings:${key}`, params),
    duration: (minutes) => formatDuration(minutes, settings.hoursPerDay, language),
    percent: (fraction) => formatPercent(fraction, language),
    money: (amount) => formatCurrency(amount, settings.currency, language),
    number: (value, digits = 1) => formatNumber(value, language, digits),
    times: (count) => {
      const value = rounded(count, 1);
      return translate('findings:common.times', { count: value, value: formatNumber(value, language) });
    },
    hours: (hours) => {
      const value = rounded(hours, hours >= 10 ? 0 : 1);
      return translate('common:hour', { count: value, value: formatNumber(value, language) });
    },
    step: (stepId) => {
      const label = context.stepsById.get(stepId)?.label.trim() ?? '';
      return translate('findings:common.quoted', { name: label === '' ? stepId : label });
    },
    lane: (laneId) => {
      const name = context.lanesById.get(laneId)?.name.trim() ?? '';
      return name === '' ? laneId : name;
    },
    flow: (flow) => `${wording.step(flow.from)} → ${wording.step(flow.to)}`,
    list: (items) => listFormat.format(items),
  };
  return wording;
}
