import type { Language } from '../model/vocabulary';
import { readCommandLine, readLanguageValue, type UsageProblem } from './args';

/** What the user asked for on the command line of `import` or `export`. */
export type ConvertRequest =
  | { kind: 'help'; language: Language | null }
  | { kind: 'convert'; file: string; out: string; format: string | null; processId: string | null; sheet: string | null; language: Language | null }
  | { kind: 'usage-error'; messageKey: string; params: Record<string, string>; language: Language | null };

/**
 * Reads `import FILE [--process ID] [--sheet NAME] --out MAP [--lang nl|en]` and
 * `export MAP --format F --out FILE [--lang nl|en]` (domain.md section 13) with the
 * conventions of the other commands (readCommandLine); `--out` is required for both.
 */
export function parseConvertArgs(argv: readonly string[], command: 'import' | 'export'): ConvertRequest {
  const values = command === 'import' ? ['lang', 'out', 'process', 'sheet'] : ['lang', 'out', 'format'];
  let help = false;
  let language: Language | null = null;
  const given: Record<string, string> = {};
  const files: string[] = [];
  const errors: UsageProblem[] = [];
  for (const token of readCommandLine(argv, { flags: [], values })) {
    if (token.kind === 'file') files.push(token.path);
    else if (token.kind === 'unknown') errors.push({ messageKey: 'cli:unknownOption', params: { option: token.option } });
    else if (token.kind === 'flag') help = true;
    else if (token.name === 'lang') {
      const read = readLanguageValue(token.value);
      if (typeof read === 'string') language = read;
      else errors.push({ messageKey: `cli:${read.messageKey}`, params: read.params });
    } else if (token.value === undefined || token.value === '') errors.push({ messageKey: 'formats:cli.missingValue', params: { option: `--${token.name}` } });
    else given[token.name] = token.value;
  }
  if (help) return { kind: 'help', language };
  const usageError = (messageKey: string, params: Record<string, string> = {}): ConvertRequest => ({ kind: 'usage-error', messageKey, params, language });
  const [error] = errors;
  if (error) return usageError(error.messageKey, error.params);
  const [first, second] = files;
  if (first === undefined) return usageError('formats:cli.noFile');
  if (second !== undefined) return usageError('cli:twoFiles', { first, second });
  if (given.out === undefined) return usageError('formats:cli.missingOut');
  if (command === 'export' && given.format === undefined) return usageError('formats:cli.missingFormat');
  return { kind: 'convert', file: first, out: given.out, format: given.format ?? null, processId: given.process ?? null, sheet: given.sheet ?? null, language };
}
