import { cliNamesOf } from '../formats/registry';
import type { Language } from '../model/vocabulary';
import { readCommandLine, readLanguageValue, type UsageProblem } from './args';

/** The plan's file formats the command line writes (PDF needs a browser: the app makes it). */
export type CliPlanFileFormat = 'md' | 'html' | 'docx' | 'pptx';
/** From the format registry: the plan formats with a command-line name, and the deck for the meeting. */
export const CLI_PLAN_FILE_FORMATS = [...cliNamesOf('plan'), ...cliNamesOf('deck')] as readonly CliPlanFileFormat[];

/** What the user asked for on the command line of `plan`. */
export type PlanRequest =
  | { kind: 'help'; language: Language | null }
  | { kind: 'plan'; file: string; format: CliPlanFileFormat; out: string | null; language: Language | null }
  | { kind: 'usage-error'; messageKey: string; params: Record<string, string>; language: Language | null };

function isFormat(value: string): value is CliPlanFileFormat {
  return (CLI_PLAN_FILE_FORMATS as readonly string[]).includes(value);
}

/**
 * Reads `<map> --format md|html|docx|pptx [--out FILE] [--lang nl|en] [--help]` in any order,
 * with the same conventions as `analyze` (readCommandLine in args.ts); a usage error is a
 * message key (in the `cli` namespace for the messages both commands share, `plan:cli.` for
 * the plan's own) so it can be shown in the language asked for even when the error comes
 * before `--lang`. Word and PowerPoint files are binary, so `--format docx` and `pptx` need `--out`.
 */
export function parsePlanArgs(argv: readonly string[]): PlanRequest {
  let help = false;
  let language: Language | null = null;
  let format: string | null = null;
  let out: string | null = null;
  const files: string[] = [];
  const errors: UsageProblem[] = [];
  const fail = (messageKey: string, params: Record<string, string> = {}): void => {
    errors.push({ messageKey, params });
  };

  for (const token of readCommandLine(argv, { flags: [], values: ['lang', 'format', 'out'] })) {
    if (token.kind === 'file') files.push(token.path);
    else if (token.kind === 'unknown') fail('cli:unknownOption', { option: token.option });
    else if (token.kind === 'flag') help = true;
    else if (token.name === 'lang') {
      const read = readLanguageValue(token.value);
      if (typeof read === 'string') language = read;
      else fail(`cli:${read.messageKey}`, read.params);
    } else if (token.value === undefined || token.value === '') fail(token.name === 'format' ? 'plan:cli.missingFormatValue' : 'plan:cli.missingOutValue');
    else if (token.name === 'format') format = token.value;
    else out = token.value;
  }

  if (help) return { kind: 'help', language };
  const usageError = (messageKey: string, params: Record<string, string> = {}): PlanRequest => ({ kind: 'usage-error', messageKey, params, language });
  const [error] = errors;
  if (error) return usageError(error.messageKey, error.params);
  const [first, second] = files;
  if (first === undefined) return usageError('cli:noFile');
  if (second !== undefined) return usageError('cli:twoFiles', { first, second });
  if (format === null) return usageError('plan:cli.missingFormat');
  if (!isFormat(format)) return usageError('plan:cli.badFormat', { value: format });
  if (format === 'docx' && out === null) return usageError('plan:cli.docxNeedsOut');
  if (format === 'pptx' && out === null) return usageError('plan:cli.pptxNeedsOut');
  return { kind: 'plan', file: first, format, out, language };
}
