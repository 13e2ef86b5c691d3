import { basename } from 'node:path';
import { getTranslator } from '../i18n/translator';
import { MAX_MAP_FILE_BYTES } from '../ipc/channels';
import { serializeMap } from '../model/serialize';
import type { Language } from '../model/vocabulary';
import { MAP_EXPORTERS, MAP_IMPORTERS } from '../formats/mapConverters';
import { cliNamesOf, FILE_FORMATS, formatByCliName, formatForFileName } from '../formats/registry';
import { importReportLines } from '../formats/reportText';
import { parseConvertArgs } from './convertArgs';
import { readMapFile } from './readMapFile';
import { describeProblems, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from './runAnalyze';

export interface ConvertCliEnvironment {
  stdout(text: string): void;
  stderr(text: string): void;
  fileSize(path: string): number;
  readFile(path: string): Uint8Array;
  writeFile(path: string, data: string | Uint8Array): void;
  now(): string;
}

const DEFAULT_MESSAGE_LANGUAGE: Language = 'en';

function errorReason(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : String(error);
}

/** The command-line names of the map formats that have a writer. */
function exportNames(): string[] {
  return cliNamesOf('map').filter((name) => {
    const format = formatByCliName('map', name);
    return format !== null && MAP_EXPORTERS[format.id as keyof typeof MAP_EXPORTERS] !== undefined;
  });
}

function helpText(command: 'import' | 'export', language: Language): string {
  const t = getTranslator(language);
  const keys = command === 'import' ? ['importUsage', 'importHelp'] : ['exportUsage', 'exportHelp'];
  return `${keys.map((key) => t(`formats:cli.${key}`, { formats: exportNames().join('|') })).join('\n')}\n${t('cli:helpExit')}\n`;
}

/**
 * `import FILE [--process ID] [--sheet NAME] --out MAP [--lang nl|en]` (domain.md section
 * 13): reads a BPMN file or step list into a map file, the import report on stderr. Exit
 * status 0 done, 1 a file that cannot be read or imported (one line naming it), 2 wrong usage.
 */
export async function runImport(argv: readonly string[], environment: ConvertCliEnvironment): Promise<number> {
  const request = parseConvertArgs(argv, 'import');
  const messageLanguage = request.language ?? DEFAULT_MESSAGE_LANGUAGE;
  const t = getTranslator(messageLanguage);
  if (request.kind === 'help') {
    environment.stdout(helpText('import', messageLanguage));
    return EXIT_OK;
  }
  if (request.kind === 'usage-error') {
    environment.stderr(`import: ${t(request.messageKey, request.params)}\n${t('formats:cli.importUsage')}\n`);
    return EXIT_USAGE;
  }
  const { file, out } = request;
  const format = formatForFileName(file, 'map');
  const load = format ? MAP_IMPORTERS[format.id as keyof typeof MAP_IMPORTERS] : undefined;
  if (!format || !load) {
    const readable = FILE_FORMATS.filter((entry) => MAP_IMPORTERS[entry.id] !== undefined).flatMap((entry) => entry.extensions);
    environment.stderr(`${file}: ${t('formats:cli.notImportable', { extensions: readable.join(', ') })}\n`);
    return EXIT_INVALID;
  }
  let bytes: Uint8Array;
  try {
    const size = environment.fileSize(file);
    if (size > MAX_MAP_FILE_BYTES) {
      environment.stderr(`${file}: ${t('formats:error.tooLarge', { limitMegabytes: MAX_MAP_FILE_BYTES / 1024 / 1024 })}\n`);
      return EXIT_INVALID;
    }
    bytes = environment.readFile(file);
  } catch (error) {
    const reason = errorReason(error);
    environment.stderr(`${file}: ${reason === 'ENOENT' ? t('cli:fileNotFound') : t('cli:fileUnreadable', { reason })}\n`);
    return EXIT_INVALID;
  }
  try {
    const importer = await load();
    const result = await importer(bytes, {
      language: request.language ?? 'nl',
      fileName: basename(file),
      now: environment.now(),
      ...(request.processId !== null ? { processId: request.processId } : {}),
      ...(request.sheet !== null ? { sheet: request.sheet } : {}),
    });
    if (!result.ok) {
      environment.stderr(`${file}: ${t(`formats:error.${result.failure.code}`, result.failure.params)}\n`);
      return EXIT_INVALID;
    }
    environment.stderr(importReportLines(result.report, t).map((line) => `${line}\n`).join(''));
    environment.writeFile(out, serializeMap(result.map));
  } catch (error) {
    environment.stderr(`${file}: ${t('formats:cli.failed', { reason: error instanceof Error ? error.message : String(error) })}\n`);
    return EXIT_INVALID;
  }
  return EXIT_OK;
}

/**
 * `export MAP --format bpmn|csv|xlsx --out FILE [--lang nl|en]` (domain.md section 13):
 * writes a map in another format. Exit status as `import`.
 */
export async function runExport(argv: readonly string[], environment: ConvertCliEnvironment): Promise<number> {
  const request = parseConvertArgs(argv, 'export');
  const messageLanguage = request.language ?? DEFAULT_MESSAGE_LANGUAGE;
  const t = getTranslator(messageLanguage);
  if (request.kind === 'help') {
    environment.stdout(helpText('export', messageLanguage));
    return EXIT_OK;
  }
  if (request.kind === 'usage-error') {
    environment.stderr(`export: ${t(request.messageKey, request.params)}\n${t('formats:cli.exportUsage', { formats: exportNames().join('|') })}\n`);
    return EXIT_USAGE;
  }
  const { file, out } = request;
  const format = request.format === null ? null : formatByCliName('map', request.format);
  const load = format ? MAP_EXPORTERS[format.id as keyof typeof MAP_EXPORTERS] : undefined;
  if (!format || !load) {
    environment.stderr(`export: ${t('formats:cli.badFormat', { value: request.format ?? '', formats: exportNames().join(', ') })}\n`);
    return EXIT_USAGE;
  }
  const read = readMapFile(file, messageLanguage);
  if (!read.ok) {
    environment.stderr(`${file}: ${read.message}\n`);
    return EXIT_INVALID;
  }
  if (!read.parsed.ok) {
    environment.stderr(describeProblems(file, read.parsed.problems, messageLanguage));
    return EXIT_INVALID;
  }
  try {
    const exporter = await load();
    const output = await exporter(read.parsed.map, { language: request.language ?? read.parsed.map.meta.language });
    environment.writeFile(out, output);
  } catch (error) {
    environment.stderr(`export: ${t('formats:cli.writeFailed', { file: out, reason: errorReason(error) })}\n`);
    return EXIT_INVALID;
  }
  return EXIT_OK;
}
