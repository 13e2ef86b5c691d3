import { localeOf } from '../../../../shared/i18n/format';
import type { Language } from '../../../../shared/model/vocabulary';

/**
 * Parsing and showing numbers in text inputs. Inputs are `type="text"` with
 * `inputMode="decimal"` because a Dutch user types "1,5": Chromium's number input
 * would silently reject the comma.
 */
export type ParsedNumber = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

const DECIMAL = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/**
 * Reads what a person typed: "12", "1,5", "1.5", " 2 ", "-3" (a number, validated later),
 * "" (empty). Thousands separators are not accepted: "1.000" would be ambiguous between
 * nl (1000) and en (1), so a dot or comma is always the decimal separator.
 */
export function parseNumberText(text: string): ParsedNumber {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (!DECIMAL.test(trimmed)) return { kind: 'invalid' };
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
}

/** A number for an input field in the UI language, without grouping: 1.5 → "1,5" (nl). */
export function formatNumberForInput(value: number, language: Language, maximumFractionDigits = 4): string {
  return new Intl.NumberFormat(localeOf(language), {
    maximumFractionDigits,
    useGrouping: false,
  }).format(value);
}
