import { LANGUAGES, type Language } from '../model/vocabulary';

/** What the user asked for on the command line of `analyze`. */
export type AnalyzeRequest =
  | { kind: 'help'; language: Language | null }
  | { kind: 'analyze'; file: string; json: boolean; language: Language | null }
  | { kind: 'usage-error'; messageKey: string; params: Record<string, string>; language: Language | null };

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** A usage problem as a key of the `cli` namespace, so it can be shown in the language asked for. */
export type UsageProblem = { messageKey: string; params: Record<string, string> };

/**
 * Reads the value of `--lang` (shared by every command): the language, or the usage problem
 * (`missingLangValue`, `badLangValue` in the `cli` namespace) when it is absent or unknown.
 */
export function readLanguageValue(value: string | undefined): Language | UsageProblem {
  if (value === undefined || value === '') return { messageKey: 'missingLangValue', params: {} };
  if (isLanguage(value)) return value;
  return { messageKey: 'badLangValue', params: { value } };
}

/**
 * Reads `<map> [--json] [--lang nl|en] [--help]` in any order; `--lang=nl` works too and
 * `--` ends the options (so a file named `--json` can still be given).
 * A usage error carries a `cli` message key rather than a text, so it can be shown in the
 * language the user asked for even when the error comes before `--lang`.
 */
export function parseAnalyzeArgs(argv: readonly string[]): AnalyzeRequest {
  let json = false;
  let help = false;
  let language: Language | null = null;
  const files: string[] = [];
  // Every problem is collected; the first one is reported.
  const errors: { messageKey: string; params: Record<string, string> }[] = [];
  const fail = (messageKey: string, params: Record<string, string> = {}): void => {
    errors.push({ messageKey, params });
  };

  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--') {
      files.push(...argv.slice(index + 1));
      break;
    }
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const inline = arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
      const value = inline ?? argv[index + 1];
      if (inline === undefined) index += 1;
      const read = readLanguageValue(value);
      if (typeof read === 'string') language = read;
      else fail(read.messageKey, read.params);
    } else if (arg.startsWith('-') && arg !== '-') fail('unknownOption', { option: arg });
    else files.push(arg);
  }

  if (help) return { kind: 'help', language };
  const [error] = errors;
  if (error) return { kind: 'usage-error', ...error, language };
  const [first, second] = files;
  if (first === undefined) return { kind: 'usage-error', messageKey: 'noFile', params: {}, language };
  if (second !== undefined) {
    return { kind: 'usage-error', messageKey: 'twoFiles', params: { first, second }, language };
  }
  return { kind: 'analyze', file: first, json, language };
}
