import type { TFunction } from 'i18next';
import { formatNumber } from '../i18n/format';
import { getTranslator } from '../i18n/translator';
import { migrateDocument } from '../migrations/registry';
import type { MapProblem, MapProblemCode, ProblemPath } from './problems';
import { capProblems, createProblem, describeValue, formatPath, isJsonObject, problemFromZodIssue } from './problems';
import { CURRENT_SCHEMA_VERSION, FORMAT_ID, processMapSchema } from './schema';
import type { ProcessMap } from './types';
import { scanJson } from './jsonScan';
import { validateMap } from './validateMap';
import type { Language } from './vocabulary';

export interface ParseOptions {
  /** Language of the problem messages; default 'en'. */
  language?: Language;
}

export type ParseResult =
  | { ok: true; map: ProcessMap; migratedFrom?: number }
  | { ok: false; problems: MapProblem[] };

/** Files above this many UTF-8 bytes are refused before parsing (domain.md 1.1). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Objects and arrays nested deeper than this are refused before parsing. */
export const MAX_NESTING_DEPTH = 64;
/** Keys that could reach an object's prototype when a map is copied or merged. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * UTF-8 size of `text` in bytes, counting no further than `limitBytes + 1` (shared/ has no
 * TextEncoder or Buffer). A lone surrogate counts 3 bytes, as its replacement character does.
 */
export function utf8ByteLength(text: string, limitBytes = Number.POSITIVE_INFINITY): number {
  let bytes = 0;
  for (let index = 0; index < text.length && bytes <= limitBytes; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        index += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Offset of the first `[` or `{` that opens level `maxDepth + 1`, or -1 (strings do not count). */
export function findExcessiveNesting(text: string, maxDepth: number): number {
  return scanJson(text, maxDepth).tooDeepAt;
}

/**
 * Offset where `text` stops being valid JSON (RFC 8259), or -1 when it is valid. Used only
 * after JSON.parse failed, because engines word (and place) their errors differently.
 */
export function locateJsonError(text: string): number {
  let index = 0;
  const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const skipSpace = (): void => {
    while (index < text.length && ' \t\n\r'.includes(text.charAt(index))) index += 1;
  };
  const readString = (): boolean => {
    index += 1;
    while (index < text.length) {
      const code = text.charCodeAt(index);
      if (code === 0x22) {
        index += 1;
        return true;
      }
      if (code < 0x20) return false;
      if (code === 0x5c) {
        const escaped = text.charAt(index + 1);
        if (escaped === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) index += 6;
        else if (escaped !== '' && '"\\/bfnrt'.includes(escaped)) index += 2;
        else return false;
      } else index += 1;
    }
    return false;
  };
  const readSequence = (close: string, readItem: () => boolean): boolean => {
    index += 1;
    skipSpace();
    if (text.charAt(index) === close) {
      index += 1;
      return true;
    }
    for (;;) {
      if (!readItem()) return false;
      skipSpace();
      const separator = text.charAt(index);
      if (separator === close) {
        index += 1;
        return true;
      }
      if (separator !== ',') return false;
      index += 1;
    }
  };
  const readValue = (): boolean => {
    skipSpace();
    const char = text.charAt(index);
    if (char === '{') {
      return readSequence('}', () => {
        skipSpace();
        if (text.charAt(index) !== '"' || !readString()) return false;
        skipSpace();
        if (text.charAt(index) !== ':') return false;
        index += 1;
        return readValue();
      });
    }
    if (char === '[') return readSequence(']', readValue);
    if (char === '"') return readString();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, index)) {
        index += literal.length;
        return true;
      }
    }
    numberPattern.lastIndex = index;
    if (!numberPattern.test(text)) return false;
    index = numberPattern.lastIndex;
    return true;
  };
  if (readValue()) {
    skipSpace();
    if (index >= text.length) return -1;
  }
  return Math.min(index, text.length);
}

/** 1-based line and column of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index += 1) {
    if (text.charCodeAt(index) === 0x0a) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Paths of every object key named `__proto__`, `constructor` or `prototype`. `path` is one
 * shared stack (pushed and popped) so a 50 MB file does not allocate a path per value.
 */
function findForbiddenKeys(value: unknown, path: Array<string | number>, found: Array<Array<string | number>>): void {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      path.push(index);
      findForbiddenKeys(value[index], path, found);
      path.pop();
    }
  } else if (isJsonObject(value)) {
    // Object.keys lists the own `__proto__` property that JSON.parse creates.
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        found.push([...path, key]);
        continue;
      }
      path.push(key);
      findForbiddenKeys(value[key], path, found);
      path.pop();
    }
  }
}

/** A refusal of the whole file with the message `problems:file.<key>`. */
export function refusal(code: MapProblemCode, key: string, values: Record<string, unknown>, t: TFunction, path: ProblemPath = []): MapProblem {
  return { code, path: [...path], pathText: formatPath(path), message: t(`problems:file.${key}`, values) };
}

/** True when a key named `__proto__`, `constructor` or `prototype` occurs anywhere in `value`. */
export function containsForbiddenKey(value: unknown): boolean {
  const found: Array<Array<string | number>> = [];
  findForbiddenKeys(value, [], found);
  return found.length > 0;
}

function refuse(code: MapProblemCode, key: string, values: Record<string, unknown>, t: TFunction, path: ProblemPath = []): ParseResult {
  return { ok: false, problems: [refusal(code, key, values, t, path)] };
}

/** Size and limit in MB for the "larger than 50 MB" message; the size rounded up to 0.1 MB, so a file just over the limit never reads as 50 MB. */
export function tooLargeValues(sizeBytes: number, language: Language): { sizeMb: string; limitMb: string } {
  const toMb = (count: number): string => formatNumber(Math.ceil((count / (1024 * 1024)) * 10) / 10, language, 1);
  return { sizeMb: toMb(sizeBytes), limitMb: toMb(MAX_FILE_BYTES) };
}

function parseText(text: string, language: Language): { ok: true; document: unknown } | { ok: false; result: ParseResult } {
  const t = getTranslator(language);
  // Counting stops early: a string longer than the limit already has too many bytes.
  const bytes = text.length > MAX_FILE_BYTES ? text.length : utf8ByteLength(text, MAX_FILE_BYTES);
  if (bytes > MAX_FILE_BYTES) return { ok: false, result: refuse('file-too-large', 'tooLarge', tooLargeValues(bytes, language), t) };
  // Windows editors often save UTF-8 with a byte order mark, which JSON.parse rejects.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, result: refuse('empty-file', 'empty', {}, t) };
  const scan = scanJson(body, MAX_NESTING_DEPTH);
  if (scan.tooDeepAt >= 0) return { ok: false, result: refuse('nesting-too-deep', 'tooDeep', { limit: MAX_NESTING_DEPTH, ...lineAndColumn(body, scan.tooDeepAt) }, t) };
  let document: unknown;
  try {
    document = JSON.parse(body) as unknown;
  } catch {
    const offset = locateJsonError(body);
    return { ok: false, result: refuse('not-json', 'notJson', lineAndColumn(body, offset < 0 ? body.length : offset), t) };
  }
  if (scan.duplicateKeyPath !== null) {
    // JSON.parse kept only the last value: the file says two things and neither is chosen for the user.
    const path = scan.duplicateKeyPath;
    const where = formatPath(path);
    return { ok: false, result: refuse('duplicate-key', 'duplicateKey', { key: path[path.length - 1], where }, t, path) };
  }
  return { ok: true, document };
}

function runPipeline(text: string, language: Language): ParseResult {
  const t = getTranslator(language);
  const parsed = parseText(text, language);
  if (!parsed.ok) return parsed.result;
  const document = parsed.document;

  const forbidden: Array<Array<string | number>> = [];
  findForbiddenKeys(document, [], forbidden);
  if (forbidden.length > 0) {
    const problems = forbidden.map((path) =>
      createProblem('forbidden-key', path, t('problems:file.forbiddenKey', { key: path[path.length - 1], where: formatPath(path) }), document, t),
    );
    return { ok: false, problems: capProblems(problems, problems.length, t) };
  }

  if (!isJsonObject(document)) return refuse('not-a-map', 'notAnObject', { value: describeValue(document, t) }, t);
  if (document.format !== FORMAT_ID) {
    return refuse('wrong-format', 'wrongFormat', { value: describeValue(document.format, t) }, t, ['format']);
  }
  const version = document.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('invalid-schema-version', 'badSchemaVersion', { value: describeValue(version, t) }, t, ['schemaVersion']);
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return refuse('newer-version', 'newerVersion', { version, current: CURRENT_SCHEMA_VERSION }, t, ['schemaVersion']);
  }

  const migrated = migrateDocument(document, version);
  if (!migrated.ok) {
    return refuse('migration-failed', 'migrationFailed', { version: migrated.failedFromVersion, reason: migrated.reason }, t, ['schemaVersion']);
  }

  const checked = processMapSchema.safeParse(migrated.document);
  if (!checked.success) {
    const issues = checked.error.issues;
    const problems = issues.slice(0, 60).map((issue) => problemFromZodIssue(issue, migrated.document, t));
    return { ok: false, problems: capProblems(problems, issues.length, t) };
  }

  const semantic = validateMap(checked.data, { language });
  if (semantic.length > 0) return { ok: false, problems: semantic };
  return version < CURRENT_SCHEMA_VERSION ? { ok: true, map: checked.data, migratedFrom: version } : { ok: true, map: checked.data };
}

/**
 * Reads a `.stroomlijn` file's text into a valid map, or says in plain words why not.
 * Pipeline (style.md principle 4): size guard (> 50 MB) → nesting guard (> 64 levels) →
 * JSON.parse → duplicate keys → forbidden keys → envelope (format, schemaVersion) → migrations → zod schema
 * → cross-references and graph rules (validateMap). Never throws.
 */
export function parseMap(text: string, options: ParseOptions = {}): ParseResult {
  const language = options.language ?? 'en';
  try {
    return runPipeline(text, language);
  } catch (error) {
    // Last safety net: a bug must reach the user as a message, not crash the window.
    const reason = error instanceof Error ? error.message : String(error);
    return refuse('internal-error', 'internalError', { reason }, getTranslator(language));
  }
}
