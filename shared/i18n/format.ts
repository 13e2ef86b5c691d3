import type { Language } from '../model/vocabulary';
import { getTranslator } from './translator';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** The BCP 47 locale used to format numbers for a map language. */
export function localeOf(language: Language): string {
  return LOCALES[language];
}

// Creating an Intl.NumberFormat costs far more than formatting with one; large maps format
// tens of thousands of numbers per analysis, so formatters are kept per option set.
const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${options.style ?? ''}|${options.currency ?? ''}|${options.maximumFractionDigits ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALES[language], options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * What every formatter shows for a number that is not a number (NaN) or infinite: a dash,
 * never "NaN" or "∞". The file format bounds every input (schema.ts), so only a bug can
 * get here; a reader then sees "no figure" instead of nonsense.
 */
export const NOT_A_FIGURE = '–';

/** A number with at most `maximumFractionDigits` decimals: "3,5" (nl) or "3.5" (en). */
export function formatNumber(value: number, language: Language, maximumFractionDigits = 1): string {
  if (!Number.isFinite(value)) return NOT_A_FIGURE;
  return formatterFor(language, { maximumFractionDigits }).format(value);
}

/** A fraction 0..1 as a percentage: 0.6 → "60%" (en) or "60%" (nl). */
export function formatPercent(fraction: number, language: Language, maximumFractionDigits = 0): string {
  if (!Number.isFinite(fraction)) return NOT_A_FIGURE;
  return formatterFor(language, { style: 'percent', maximumFractionDigits }).format(fraction);
}

/** An amount of money: "€ 1.234" (nl) or "€1,234" (en). */
export function formatCurrency(amount: number, currency: string, language: Language, maximumFractionDigits = 0): string {
  if (!Number.isFinite(amount)) return NOT_A_FIGURE;
  return formatterFor(language, { style: 'currency', currency, maximumFractionDigits, minimumFractionDigits: 0 }).format(amount);
}

/**
 * A duration in working minutes, in the largest unit that reads naturally:
 * under an hour in minutes, under a working day in hours, otherwise in working days
 * (1 working day = 60 × hoursPerDay minutes). E.g. 1680 min at 8 h/day → "3,5 werkdagen".
 */
export function formatDuration(minutes: number, hoursPerDay: number, language: Language): string {
  if (!Number.isFinite(minutes) || !Number.isFinite(hoursPerDay) || hoursPerDay <= 0) return NOT_A_FIGURE;
  const t = getTranslator(language);
  const minutesPerDay = 60 * hoursPerDay;
  const [key, amount] =
    minutes >= minutesPerDay ? ['common:workingDay', minutes / minutesPerDay]
    : minutes >= 60 ? ['common:hour', minutes / 60]
    : ['common:minute', minutes];
  const rounded = Math.round(amount * 10) / 10;
  // The text depends only on language, unit and rounded amount, and a plan formats the same
  // few hundred durations thousands of times (a third of building a 200-step plan went to
  // i18next here): remembered, in a bounded cache.
  const cacheKey = `${language}|${key}|${rounded}`;
  const cached = durationTexts.get(cacheKey);
  if (cached !== undefined) return cached;
  const text = t(key, { count: rounded, value: formatNumber(rounded, language) });
  if (durationTexts.size >= DURATION_TEXTS_KEPT) durationTexts.clear();
  durationTexts.set(cacheKey, text);
  return text;
}

const DURATION_TEXTS_KEPT = 5_000;
const durationTexts = new Map<string, string>();
