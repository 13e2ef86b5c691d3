import { localeOf } from '../../../../shared/i18n/format';
import { readNumber, type NumberProblem } from '../../../../shared/i18n/readNumber';
import type { Language } from '../../../../shared/model/vocabulary';

/**
 * Parsing and showing numbers in text inputs. Inputs are `type="text"` with
 * `inputMode="decimal"` because a Dutch user types "1,5": Chromium's number input
 * would silently reject the comma.
 */
export type ParsedNumber =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'invalid'; problem: NumberProblem; incomplete: boolean };

/**
 * Reads what a person typed, the way the UI language writes numbers (shared/i18n/readNumber):
 * "1.800" is 1800 and "1,5" is 1.5 in Dutch, "1,800" and "1.5" in English; "" is empty;
 * what cannot be read unambiguously ("1.80" in Dutch) is invalid with the reason.
 */
export function parseNumberText(text: string, language: Language): ParsedNumber {
  return readNumber(text, language);
}

/**
 * A number for an input field in the UI language: 1.5 → "1,5" (nl), 1800 → "1.800" (nl) or
 * "1,800" (en), grouped the way the field reads it back, so after leaving a field a person
 * sees which number was understood.
 */
export function formatNumberForInput(value: number, language: Language, maximumFractionDigits = 4): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits }).format(value);
}
