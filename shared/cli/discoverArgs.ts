import { parseArgs } from 'node:util';
import { clockMinutes } from '../discovery/calendar';
import type { Language } from '../model/vocabulary';
import { readLanguageValue } from './args';

/** Column options of `discover`; absent ones are guessed from the log's headers. */
export interface DiscoverColumns {
  case: string | null;
  activity: string[];
  timestamp: string | null;
  start: string | null;
  lifecycle: string | null;
  lane: string | null;
}

export type DiscoverRequest =
  | { kind: 'help'; language: Language | null }
  | {
      kind: 'discover';
      file: string;
      out: string;
      columns: DiscoverColumns;
      /** Fractions 0..1 (the options take percentages). */
      minActivityShare: number;
      variantCoverage: number;
      sheet: string | null;
      workdayStart: string | null;
      hoursPerDay: number | null;
      language: Language | null;
    }
  | { kind: 'usage-error'; messageKey: string; params: Record<string, string>; language: Language | null };

const OPTIONS = {
  case: { type: 'string' },
  activity: { type: 'string', multiple: true },
  timestamp: { type: 'string' },
  start: { type: 'string' },
  lifecycle: { type: 'string' },
  lane: { type: 'string' },
  'min-activity-share': { type: 'string' },
  'variant-coverage': { type: 'string' },
  sheet: { type: 'string' },
  'workday-start': { type: 'string' },
  'hours-per-day': { type: 'string' },
  out: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A percentage ("5", "5%", "2,5") as a fraction, or null when it is not one from 0 to 100. */
export function readPercentage(text: string): number | null {
  const cleaned = text.trim().replace(/%$/, '').trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return value >= 0 && value <= 100 ? value / 100 : null;
}

/**
 * Reads `LOG --out MAP [column options] [filters] [calendar] [--lang nl|en] [--help]`
 * (domain.md section 13) with node's parseArgs: `--option=value` works, `--` ends the
 * options. A usage error is a message key (`cli:` for the ones every command shares,
 * `discovery:cli.` for its own) so it is shown in the language asked for.
 */
export function parseDiscoverArgs(argv: readonly string[]): DiscoverRequest {
  // --lang first, so every other message can be in that language.
  let language: Language | null = null;
  const langIndex = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (langIndex >= 0) {
    const arg = argv[langIndex] ?? '';
    const read = readLanguageValue(arg.startsWith('--lang=') ? arg.slice('--lang='.length) : argv[langIndex + 1]);
    if (typeof read !== 'string') return { kind: 'usage-error', messageKey: `cli:${read.messageKey}`, params: read.params, language: null };
    language = read;
  }
  const usageError = (messageKey: string, params: Record<string, string> = {}): DiscoverRequest => ({ kind: 'usage-error', messageKey, params, language });

  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true; args: string[] }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const message = error instanceof Error ? error.message : String(error);
    const option = /'(-[^'\s]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return usageError('cli:unknownOption', { option });
    return usageError('discovery:cli.missingValue', { option });
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help', language };

  const [file, second] = positionals;
  if (file === undefined) return usageError('cli:noFile');
  if (second !== undefined) return usageError('cli:twoFiles', { first: file, second });
  for (const name of ['case', 'timestamp', 'start', 'lifecycle', 'lane', 'sheet', 'out'] as const) {
    if (values[name] === '') return usageError('discovery:cli.missingValue', { option: `--${name}` });
  }
  const activity = values.activity ?? [];
  if (activity.length > 2) return usageError('discovery:cli.tooManyActivities');
  if (activity.includes('')) return usageError('discovery:cli.missingValue', { option: '--activity' });

  const share = (option: 'min-activity-share' | 'variant-coverage', fallback: number): number | DiscoverRequest => {
    const text = values[option];
    if (text === undefined) return fallback;
    const fraction = readPercentage(text);
    return fraction === null ? usageError('discovery:cli.badShare', { option: `--${option}`, value: text }) : fraction;
  };
  const minActivityShare = share('min-activity-share', 0);
  if (typeof minActivityShare !== 'number') return minActivityShare;
  const variantCoverage = share('variant-coverage', 1);
  if (typeof variantCoverage !== 'number') return variantCoverage;

  const workdayStart = values['workday-start'] ?? null;
  if (workdayStart !== null && !Number.isFinite(clockMinutes(workdayStart))) return usageError('discovery:cli.badClock', { value: workdayStart });
  const hoursText = values['hours-per-day'];
  let hoursPerDay: number | null = null;
  if (hoursText !== undefined) {
    hoursPerDay = Number(hoursText.replace(',', '.'));
    if (!Number.isFinite(hoursPerDay) || hoursPerDay <= 0 || hoursPerDay > 24) return usageError('discovery:cli.badHours', { value: hoursText });
  }
  if (values.out === undefined) return usageError('discovery:cli.missingOut');

  return {
    kind: 'discover',
    file,
    out: values.out,
    columns: {
      case: values.case ?? null,
      activity,
      timestamp: values.timestamp ?? null,
      start: values.start ?? null,
      lifecycle: values.lifecycle ?? null,
      lane: values.lane ?? null,
    },
    minActivityShare,
    variantCoverage,
    sheet: values.sheet ?? null,
    workdayStart: workdayStart === null ? null : workdayStart.padStart(5, '0'),
    hoursPerDay,
    language,
  };
}
