import { numberProblemMessage } from '../../../../shared/i18n/readNumber';
import type { TextMessage } from '../../../../shared/i18n/textMessage';
import type { Language } from '../../../../shared/model/vocabulary';
import { MAX_COEFFICIENT_OF_VARIATION } from '../../../../shared/model/schema';
import { parseNumberText } from './numberText';

/**
 * Rules for numbers typed in the panels (the ranges of shared/model/schema.ts), as pure
 * functions so they are tested without a DOM. Each returns the i18n key (namespace
 * `panels`) of the message to show, or null when the value is acceptable.
 */
export type NumberRule = (value: number) => ValidationMessageKey | null;

export type ValidationMessageKey =
  | 'validation.required'
  | 'validation.negative'
  | 'validation.mustBePositive'
  | 'validation.percentRange'
  | 'validation.hoursPerDayRange'
  | 'validation.variabilityRange'
  | 'validation.seedRange';

export const nonNegative: NumberRule = (value) => (value < 0 ? 'validation.negative' : null);
export const positive: NumberRule = (value) => (value <= 0 ? 'validation.mustBePositive' : null);
export const percentRange: NumberRule = (value) => (value < 0 || value > 100 ? 'validation.percentRange' : null);
/** A coefficient of variation, within the file format's bound. */
export const variabilityRange: NumberRule = (value) => (value < 0 || value > MAX_COEFFICIENT_OF_VARIATION ? 'validation.variabilityRange' : null);
/** The seed of a simulation: a whole number the random draws start from (a 32-bit integer). */
export const seedRange: NumberRule = (value) => (Number.isInteger(value) && value >= 0 && value <= 0xffffffff ? null : 'validation.seedRange');
export const hoursPerDayRange: NumberRule = (value) => (value <= 0 || value > 24 ? 'validation.hoursPerDayRange' : null);

/**
 * The outcome of reading a field: a value to dispatch (null = cleared, for optional fields)
 * or a message. `quietWhileTyping`: the text may still become a number ("1.80" on the way to
 * "1.800"), so the message waits until the field is left.
 */
export type FieldReading = { ok: true; value: number | null } | { ok: false; message: TextMessage; quietWhileTyping: boolean };

/**
 * Reads a typed number in the UI language against a rule. An empty field is "cleared"
 * (value null) when the field is optional, else a 'required' message: nothing is dispatched for it.
 */
export function readNumberField(text: string, rule: NumberRule, optional: boolean, language: Language): FieldReading {
  const parsed = parseNumberText(text, language);
  if (parsed.kind === 'empty') return optional ? { ok: true, value: null } : { ok: false, message: { key: 'panels:validation.required' }, quietWhileTyping: false };
  if (parsed.kind === 'invalid') return { ok: false, message: numberProblemMessage(parsed.problem), quietWhileTyping: parsed.incomplete };
  const messageKey = rule(parsed.value);
  return messageKey ? { ok: false, message: { key: `panels:${messageKey}` }, quietWhileTyping: false } : { ok: true, value: parsed.value };
}
