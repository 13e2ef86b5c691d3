import type { Flow } from '../../model/types';
import type { Language } from '../../model/vocabulary';
import { localeOf } from '../../i18n/format';
import { sharedResources } from '../../i18n/locales';
import type { AnalysisContext } from '../context';

/** Interpolation values of a finding text; numbers are formatted before they get here. */
export type TextParams = Record<string, string | number>;

/** Lists longer than this show their first items and "and N more". */
export const MAX_LISTED_ITEMS = 8;

/**
 * Formats the evidence of a finding in the map's language (context.input.language):
 * durations in working minutes/hours/days, percentages, money in the map's currency,
 * quoted step labels and lane names.
 *
 * Why not `getTranslator` and `i18n/format` directly: a 10,000-step map yields tens of
 * thousands of findings, and those create an `Intl.NumberFormat` per number and run
 * i18next's full key resolution per text (together ~100 µs per finding). This reads the
 * same resource files and builds the same strings with formatters created once;
 * wording.test.ts checks that the output equals theirs.
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
  /**
   * "a, b en c" / "a, b and c"; past {@link MAX_LISTED_ITEMS}: "a, …, h en nog 5 andere".
   * `total` (default items.length) lets a caller pass only the first items of a long list.
   */
  list(items: readonly string[], total?: number): string;
}

type ResourceTree = { readonly [key: string]: string | ResourceTree };

/** The template at "namespace:dotted.path", or undefined. */
function lookUp(language: Language, key: string): string | undefined {
  const [namespace, path] = key.split(':') as [string, string | undefined];
  let node: string | ResourceTree | undefined = (sharedResources[language] as unknown as ResourceTree)[namespace];
  for (const part of (path ?? '').split('.')) {
    node = typeof node === 'object' ? node[part] : undefined;
  }
  return typeof node === 'string' ? node : undefined;
}

/** A template split at its placeholders: even indexes are text, odd indexes parameter names. */
type CompiledTemplate = readonly string[];

function compile(template: string): CompiledTemplate {
  return template.split(/\{\{\s*(\w+)\s*\}\}/);
}

/**
 * i18next semantics for what these texts use: `{{name}}` interpolation without escaping,
 * plural suffixes `_one`/`_other` chosen by `count` with the language's plural rules, and the
 * key itself when it is missing (so a gap is visible, never a crash). Templates are compiled
 * once per key.
 */
function createTranslate(language: Language): (key: string, params?: TextParams) => string {
  const plurals = new Intl.PluralRules(localeOf(language));
  const templates = new Map<string, CompiledTemplate>();
  return (key, params = {}) => {
    const count = params.count;
    const fullKey = typeof count === 'number' ? `${key}_${plurals.select(count)}` : key;
    let template = templates.get(fullKey);
    if (template === undefined) {
      template = compile(lookUp(language, fullKey) ?? lookUp(language, `${key}_other`) ?? lookUp(language, key) ?? key);
      templates.set(fullKey, template);
    }
    let text = template[0] ?? '';
    for (let part = 1; part < template.length; part += 2) {
      const name = template[part] ?? '';
      const value = params[name];
      text += (value === undefined ? `{{${name}}}` : String(value)) + (template[part + 1] ?? '');
    }
    return text;
  };
}

/**
 * Rounds away float noise before display (to 1e-9): the same map summed in another order
 * (steps reordered in the file) may give 1.3499999999999999 instead of 1.35, which would
 * print as "1.3" instead of "1.4". Texts must not change with the file's order. (Values
 * above 2^53 / 1e9 are left as they are by Math.round's precision, harmlessly.)
 */
function stable(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/**
 * `format` with a cache per value: texts repeat the same durations, shares and amounts
 * thousands of times on a large map, and formatting is what materialising texts costs.
 */
function memoized(format: (value: number) => string): (value: number) => string {
  const cache = new Map<number, string>();
  return (value) => {
    // Map keys do not tell -0 from 0, and -0 is formatted as "-0".
    if (value === 0 && 1 / value < 0) return format(value);
    let text = cache.get(value);
    if (text === undefined) {
      text = format(value);
      cache.set(value, text);
    }
    return text;
  };
}

/** Creates the wording for one analysis; one per `detectFindings` call. */
export function createWording(context: AnalysisContext): Wording {
  const { language, settings } = context.input;
  const { steps } = context.input.state;
  const locale = localeOf(language);
  const translate = createTranslate(language);
  const numberFormats = new Map<number, (value: number) => string>();
  const formatNumber = (value: number, digits = 1): string => {
    let format = numberFormats.get(digits);
    if (!format) {
      const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
      format = memoized((raw) => numberFormat.format(stable(raw)));
      numberFormats.set(digits, format);
    }
    return format(value);
  };
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const moneyFormat = new Intl.NumberFormat(locale, { style: 'currency', currency: settings.currency, maximumFractionDigits: 0, minimumFractionDigits: 0 });
  const listFormat = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' });
  const rounded = (value: number, digits: number): number => Math.round(stable(value * 10 ** digits)) / 10 ** digits;
  const counted = (key: string, value: number): string => translate(key, { count: value, value: formatNumber(value) });
  const minutesPerDay = 60 * settings.hoursPerDay;
  const stepNames = new Map<string, string>();

  const wording: Wording = {
    language,
    text: (key, params) => translate(`findings:${key}`, params),
    // Same units and rounding as i18n/format's formatDuration.
    duration: memoized((raw) => {
      const minutes = stable(raw);
      if (minutes >= minutesPerDay) return counted('common:workingDay', rounded(minutes / minutesPerDay, 1));
      if (minutes >= 60) return counted('common:hour', rounded(minutes / 60, 1));
      return counted('common:minute', rounded(minutes, 1));
    }),
    percent: memoized((fraction) => percentFormat.format(stable(fraction))),
    money: memoized((amount) => moneyFormat.format(stable(amount))),
    number: formatNumber,
    times: memoized((count) => counted('findings:common.times', rounded(count, 1))),
    hours: memoized((hours) => {
      const value = rounded(hours, stable(hours) >= 10 ? 0 : 1);
      return translate('common:hour', { count: value, value: formatNumber(value, 1) });
    }),
    step: (stepId) => {
      let name = stepNames.get(stepId);
      if (name === undefined) {
        const index = context.graph.stepIndexById.get(stepId);
        const label = index === undefined ? '' : (steps[index]?.label.trim() ?? '');
        name = translate('findings:common.quoted', { name: label === '' ? stepId : label });
        stepNames.set(stepId, name);
      }
      return name;
    },
    lane: (laneId) => {
      const name = context.lanesById.get(laneId)?.name.trim() ?? '';
      return name === '' ? laneId : name;
    },
    flow: (flow) => `${wording.step(flow.from)} → ${wording.step(flow.to)}`,
    list: (items, total = items.length) => {
      const shown = items.slice(0, MAX_LISTED_ITEMS);
      const more = total - shown.length;
      if (more <= 0) return listFormat.format(shown);
      return listFormat.format([...shown, translate('findings:common.more', { count: more, value: formatNumber(more, 0) })]);
    },
  };
  return wording;
}
