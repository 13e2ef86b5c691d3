import type { Language } from '../model/vocabulary';
import { renderTextMessage, type TextMessage } from './textMessage';
import { getTranslator } from './translator';

/**
 * One strict reader for numbers a person typed or wrote in a table, the way the language
 * writes them: in Dutch `1.800` and `1 800` are eighteen hundred and `1,5` is one and a half;
 * in English `1,800` and `1.5`. Spaces (also the no-break spaces Word and Intl write) group
 * thousands in both. What cannot be read unambiguously is refused with a reason, never
 * guessed: `1.80` in Dutch (a dot groups thousands, and 80 is no group of three) or `1,5,3`.
 * Used by every number and duration field of the app and by the step-list importer.
 */

export type NumberProblemCode =
  /** Not digits with separators at all: "abc", "12 min", "1e3". */
  | 'not-a-number'
  /** Two decimal separators: "1,5,3" (nl), "1.5.3" (en). */
  | 'several-decimal-separators'
  /** A thousands separator not followed by exactly three digits, or grouping a leading 0: "1.80" (nl), "1,5" (en). */
  | 'group-not-three-digits'
  /** A thousands separator after the decimal separator: "1,234.5" (nl). */
  | 'group-after-decimal'
  /** Thousands grouped by both the punctuation and spaces: "1.234 567". */
  | 'mixed-group-separators';

export interface NumberProblem {
  code: NumberProblemCode;
  /** The text as typed (trimmed). */
  text: string;
  /** For a group of the wrong size: the same text with the decimal separator, what was probably meant ("1,80"). */
  suggestion?: string;
  /** For 'group-not-three-digits': whether the separator was a space rather than the punctuation mark. */
  spaceSeparator?: boolean;
}

export type NumberReading =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | {
      kind: 'invalid';
      problem: NumberProblem;
      /**
       * The text can still become a number by typing on ("1.", "1.80" on the way to "1.800"):
       * a field keeps quiet about it until it is left.
       */
      incomplete: boolean;
    };

const SEPARATORS: Record<Language, { decimal: string; group: string }> = {
  nl: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};

const SPACES = /[ \u00a0\u202f]/;
const ALLOWED = /^[0-9., \u00a0\u202f]*$/;
const DIGITS = /^[0-9]+$/;

/**
 * Reads `text` as a number written in `language` (see the module comment). A leading + or −
 * (also U+2212) is allowed; exponents, units and currency signs are not.
 */
export function readNumber(text: string, language: Language): NumberReading {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const invalid = (problem: Omit<NumberProblem, 'text'>, incomplete = false): NumberReading => ({
    kind: 'invalid',
    problem: { text: trimmed, ...problem },
    incomplete,
  });
  const { decimal, group } = SEPARATORS[language];
  const signMatch = /^[+\-\u2212]/.exec(trimmed);
  const negative = signMatch !== null && signMatch[0] !== '+';
  const body = signMatch ? trimmed.slice(1) : trimmed;
  if (body === '') return invalid({ code: 'not-a-number' }, true);
  if (!ALLOWED.test(body)) return invalid({ code: 'not-a-number' });

  const parts = body.split(decimal);
  if (parts.length > 2) return invalid({ code: 'several-decimal-separators' });
  const integerText = parts[0] as string;
  const fractionText = parts[1];
  if (fractionText !== undefined && fractionText !== '' && !DIGITS.test(fractionText)) {
    return invalid({ code: fractionText.includes(group) ? 'group-after-decimal' : 'not-a-number' });
  }
  if (integerText === '' && (fractionText === undefined || fractionText === '')) return invalid({ code: 'not-a-number' });

  const integerDigits = readGroupedInteger(integerText, group, fractionText !== undefined);
  if (typeof integerDigits !== 'string') {
    const onlyPunctuation =
      integerDigits.separators === 'punctuation' && integerDigits.count === 1 && fractionText === undefined && !trimmed.endsWith(group);
    return invalid(
      {
        code: integerDigits.code,
        ...(integerDigits.code === 'group-not-three-digits' && onlyPunctuation ? { suggestion: trimmed.replace(group, decimal) } : {}),
        ...(integerDigits.code === 'group-not-three-digits' ? { spaceSeparator: integerDigits.separators === 'space' } : {}),
      },
      integerDigits.incomplete,
    );
  }
  const value = Number(`${integerDigits === '' ? '0' : integerDigits}.${fractionText === undefined || fractionText === '' ? '0' : fractionText}`);
  if (!Number.isFinite(value)) return invalid({ code: 'not-a-number' });
  return { kind: 'number', value: negative && value !== 0 ? -value : value };
}

interface GroupingProblem {
  code: NumberProblemCode;
  separators: 'punctuation' | 'space';
  /** How many separators the integer part has. */
  count: number;
  incomplete: boolean;
}

/**
 * The digits of an integer part, with its thousands separators checked: plain digits, or a
 * first group of 1–3 digits (not starting with 0) and then groups of exactly three, all
 * separated by the language's punctuation mark or all by single spaces.
 */
function readGroupedInteger(text: string, group: string, hasDecimalPart: boolean): string | GroupingProblem {
  if (text === '' || DIGITS.test(text)) return text;
  const usesPunctuation = text.includes(group);
  const usesSpaces = SPACES.test(text);
  const separators = usesPunctuation ? 'punctuation' : 'space';
  const groups = text.split(/[., \u00a0\u202f]/);
  const count = groups.length - 1;
  if (usesPunctuation && usesSpaces) return { code: 'mixed-group-separators', separators, count, incomplete: false };
  const [first = '', ...rest] = groups;
  const last = rest[rest.length - 1] ?? '';
  const firstValid = /^[1-9][0-9]{0,2}$/.test(first);
  const middleValid = rest.slice(0, -1).every((part) => /^[0-9]{3}$/.test(part));
  if (groups.some((part, index) => part === '' && index < groups.length - 1) || first === '') {
    return { code: 'not-a-number', separators, count, incomplete: false };
  }
  if (firstValid && middleValid && /^[0-9]{3}$/.test(last)) return groups.join('');
  // "1.8" on the way to "1.800": only the last group is short and nothing follows it yet.
  const incomplete = firstValid && middleValid && /^[0-9]{0,2}$/.test(last) && !hasDecimalPart;
  if (last === '' && !incomplete) return { code: 'not-a-number', separators, count, incomplete: false };
  return { code: 'group-not-three-digits', separators, count, incomplete };
}

const PROBLEM_KEYS: Record<NumberProblemCode, string> = {
  'not-a-number': 'common:number.notANumber',
  'several-decimal-separators': 'common:number.severalDecimalSeparators',
  'group-not-three-digits': 'common:number.groupNotThreeDigits',
  'group-after-decimal': 'common:number.groupAfterDecimal',
  'mixed-group-separators': 'common:number.mixedGroupSeparators',
};

/** Why a text is not a number, as a message of the `common` namespace (with what was probably meant). */
export function numberProblemMessage(problem: NumberProblem): TextMessage {
  const key = problem.spaceSeparator ? 'common:number.spaceGroupNotThreeDigits' : PROBLEM_KEYS[problem.code];
  const message: TextMessage = { key, params: { text: problem.text } };
  if (problem.suggestion !== undefined) message.then = { key: 'common:number.didYouMean', params: { suggestion: problem.suggestion } };
  return message;
}

/** Why a text is not a number, in `language`, e.g. "‘1.80’ is geen getal: een punt scheidt duizendtallen (…). Bedoel je 1,80? …". */
export function describeNumberProblem(problem: NumberProblem, language: Language): string {
  return renderTextMessage(numberProblemMessage(problem), getTranslator(language));
}
