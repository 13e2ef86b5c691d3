import { parseArgs } from 'node:util';
import { DEFAULT_SIMULATED_CASES, DEFAULT_SIMULATION_SEED, MAX_SIMULATED_CASES } from '../analysis/simulate';
import { LANGUAGES, type Language } from '../model/vocabulary';

/** `--simulate [--cases N] [--seed S]`: the lead-time simulation of domain.md section 8. */
export interface SimulateRequest {
  cases: number;
  seed: number;
}

/** What the user asked for on the command line of `analyze`. */
export type AnalyzeRequest =
  | { kind: 'help'; language: Language | null }
  | { kind: 'analyze'; file: string; json: boolean; language: Language | null; simulate: SimulateRequest | null }
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

/** One piece of a command line, in the order given. */
export type CommandLineToken =
  | { kind: 'flag'; name: string }
  /** `value` is undefined when the option ends the command line without one. */
  | { kind: 'value'; name: string; value: string | undefined }
  | { kind: 'unknown'; option: string }
  | { kind: 'file'; path: string };

/**
 * Splits a command line with Node's util.parseArgs: `--name value` and `--name=value` for
 * the value options, `--help` and `-h` always, and `--` ending the options (so a file named
 * `--json` can still be given). Unknown options (also a flag given a value, `--json=yes`)
 * come back as tokens too, so the command reports the first problem in the order typed.
 */
export function readCommandLine(argv: readonly string[], options: { flags: readonly string[]; values: readonly string[] }): CommandLineToken[] {
  const config: Record<string, { type: 'boolean' | 'string'; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const name of options.flags) config[name] = { type: 'boolean' };
  for (const name of options.values) config[name] = { type: 'string' };
  const { tokens } = parseArgs({ args: [...argv], options: config, allowPositionals: true, strict: false, tokens: true });
  return tokens.flatMap((token): CommandLineToken[] => {
    if (token.kind === 'positional') return [{ kind: 'file', path: token.value }];
    if (token.kind === 'option-terminator') return [];
    const known = Object.hasOwn(config, token.name) ? config[token.name] : undefined;
    if (known?.type === 'string') {
      // `--cases --json`: parseArgs (not strict) takes the next option as the value; the user
      // left the value out, so the option is missing its value and the next one still counts.
      const nextOption = !token.inlineValue && token.value !== undefined && token.value.startsWith('--') ? token.value : null;
      if (nextOption === null) return [{ kind: 'value', name: token.name, value: token.value }];
      return [{ kind: 'value', name: token.name, value: undefined }, ...readCommandLine([nextOption], options)];
    }
    if (known?.type === 'boolean' && !token.inlineValue) return [{ kind: 'flag', name: token.name }];
    return [{ kind: 'unknown', option: token.inlineValue ? `${token.rawName}=${token.value ?? ''}` : token.rawName }];
  });
}

/** A whole number written in digits only (no sign, no decimals, no exponent) within [minimum, maximum]. */
function readWholeNumber(value: string, minimum: number, maximum: number): number | null {
  if (!/^\d+$/.test(value)) return null;
  const number = Number(value);
  return number >= minimum && number <= maximum ? number : null;
}

/**
 * Reads `<map> [--json] [--simulate [--cases N] [--seed S]] [--lang nl|en] [--help]` in any
 * order (readCommandLine); `--cases` and `--seed` need `--simulate`.
 * A usage error carries a `cli` message key rather than a text, so it can be shown in the
 * language the user asked for even when the error comes before `--lang`.
 */
export function parseAnalyzeArgs(argv: readonly string[]): AnalyzeRequest {
  let json = false;
  let help = false;
  let simulate = false;
  let cases: number | null = null;
  let seed: number | null = null;
  const simulationOptions: string[] = [];
  let language: Language | null = null;
  const files: string[] = [];
  // Every problem is collected; the first one is reported.
  const errors: UsageProblem[] = [];

  for (const token of readCommandLine(argv, { flags: ['json', 'simulate'], values: ['lang', 'cases', 'seed'] })) {
    if (token.kind === 'file') files.push(token.path);
    else if (token.kind === 'unknown') errors.push({ messageKey: 'unknownOption', params: { option: token.option } });
    else if (token.kind === 'flag') {
      if (token.name === 'json') json = true;
      else if (token.name === 'simulate') simulate = true;
      else help = true;
    } else if (token.name === 'lang') {
      const read = readLanguageValue(token.value);
      if (typeof read === 'string') language = read;
      else errors.push(read);
    } else {
      const option = `--${token.name}`;
      simulationOptions.push(option);
      const value = token.value;
      if (value === undefined || value === '') errors.push({ messageKey: 'missingNumberValue', params: { option } });
      else if (token.name === 'cases') {
        cases = readWholeNumber(value, 1, MAX_SIMULATED_CASES);
        if (cases === null) errors.push({ messageKey: 'badCasesValue', params: { value, maximum: String(MAX_SIMULATED_CASES) } });
      } else {
        seed = readWholeNumber(value, 0, 4294967295);
        if (seed === null) errors.push({ messageKey: 'badSeedValue', params: { value } });
      }
    }
  }
  if (!simulate) for (const option of simulationOptions) errors.push({ messageKey: 'needsSimulate', params: { option } });

  if (help) return { kind: 'help', language };
  const [error] = errors;
  if (error) return { kind: 'usage-error', ...error, language };
  const [first, second] = files;
  if (first === undefined) return { kind: 'usage-error', messageKey: 'noFile', params: {}, language };
  if (second !== undefined) {
    return { kind: 'usage-error', messageKey: 'twoFiles', params: { first, second }, language };
  }
  const simulation = simulate ? { cases: cases ?? DEFAULT_SIMULATED_CASES, seed: seed ?? DEFAULT_SIMULATION_SEED } : null;
  return { kind: 'analyze', file: first, json, language, simulate: simulation };
}
