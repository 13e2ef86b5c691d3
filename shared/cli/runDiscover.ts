import { basename, extname } from 'node:path';
import type { ColumnMapping } from '../discovery/columns';
import { DEFAULT_CALENDAR, type WorkingCalendar } from '../discovery/calendar';
import { discoverMap } from '../discovery/discover';
import { layOutDiscoveredMap } from '../discovery/layOutMap';
import type { ElkRunner } from '../layout/laneLayout';
import { describeMappingProblem, describeReadProblem } from '../discovery/messages';
import { logFormatForFileName, previewLog, readEventLog, type LogPreview } from '../discovery/readLog';
import { analyseMap } from '../analysis/analyseMap';
import { formatDuration } from '../i18n/format';
import { getTranslator } from '../i18n/translator';
import { serializeMap } from '../model/serialize';
import type { Language } from '../model/vocabulary';
import { parseDiscoverArgs, type DiscoverColumns } from './discoverArgs';
import { renderDiscoveryReport } from './discoverReport';
import { createProgressLine } from './progressLine';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliOutput } from './runAnalyze';

/** What `discover` needs from the machine; the entry point passes the real ones, tests fakes. */
export interface DiscoverCliEnvironment extends CliOutput {
  /** The file's size in bytes, or the error code (ENOENT…) when it cannot be read. */
  statFile(path: string): { ok: true; sizeBytes: number; isFile: boolean } | { ok: false; code: string };
  /** The file's bytes in chunks, as it is read. */
  readChunks(path: string): AsyncIterable<Uint8Array>;
  writeFile(path: string, text: string): void;
  /** ISO 8601: the map's createdAt. */
  now(): string;
  /** A monotonic clock in ms, for the progress line. */
  clockMs(): number;
  stderrIsTerminal: boolean;
  /** ELK, to lay the map out in lanes as the app does (shared/layout); without it the process-order placement stays. */
  runElk?: ElkRunner;
}

const DEFAULT_MESSAGE_LANGUAGE: Language = 'en';
/** Maps are Dutch unless asked otherwise (Stroomlijn's users are Dutch first). */
const DEFAULT_MAP_LANGUAGE: Language = 'nl';
const BYTES_PER_MEGABYTE = 1024 * 1024;

function helpText(language: Language): string {
  const t = getTranslator(language);
  const keys = ['usage', 'helpIntro', '', 'helpColumns', 'helpFilters', 'helpCalendar', 'helpOut', '', 'helpExit'];
  return `${keys.map((key) => (key === '' ? '' : t(`discovery:cli.${key}`))).join('\n')}\n`;
}

/** The guessed mapping with the columns the user named put in; the first column named that the table lacks, if any. */
function mappingFrom(preview: LogPreview, columns: DiscoverColumns): { mapping: ColumnMapping; unknown: string | null } {
  const { guess } = preview;
  const mapping: ColumnMapping = {
    case: columns.case ?? guess.case,
    activity: columns.activity.length > 0 ? columns.activity : guess.activity,
    timestamp: columns.timestamp ?? guess.timestamp,
    start: columns.start ?? (columns.lifecycle !== null ? null : guess.start),
    lifecycle: columns.lifecycle ?? guess.lifecycle,
    lane: columns.lane !== null ? [columns.lane] : guess.lane,
  };
  // XES keys can first appear late in the file: only a table's columns are all known up front.
  if (preview.format === 'xes') return { mapping, unknown: null };
  const named = [columns.case, ...columns.activity, columns.timestamp, columns.start, columns.lifecycle, columns.lane];
  const unknown = named.find((name) => name !== null && !preview.header.includes(name)) ?? null;
  return { mapping, unknown };
}

/**
 * `discover LOG --out MAP [options]` (domain.md sections 11 and 13): reads an event log
 * (CSV, .xlsx, XES, .xes.gz), makes the current state and writes it, and prints the log's
 * statistics. Exit 0 done; 1 a file that cannot be read, or rows or events that cannot be
 * (one line naming the first; the map is written from the rest); 2 wrong usage. Never throws.
 */
export async function runDiscover(argv: readonly string[], environment: DiscoverCliEnvironment): Promise<number> {
  const request = parseDiscoverArgs(argv);
  const messageLanguage = request.language ?? DEFAULT_MESSAGE_LANGUAGE;
  const t = getTranslator(messageLanguage);
  if (request.kind === 'help') {
    environment.stdout(helpText(messageLanguage));
    return EXIT_OK;
  }
  if (request.kind === 'usage-error') {
    environment.stderr(`discover: ${t(request.messageKey, request.params)}\n${t('discovery:cli.usage')}\n`);
    return EXIT_USAGE;
  }
  const { file, out } = request;
  const fail = (message: string): number => {
    environment.stderr(`${file}: ${message}\n`);
    return EXIT_INVALID;
  };
  const format = logFormatForFileName(file);
  if (!format) return fail(t('discovery:cli.unknownFormat'));
  const stat = environment.statFile(file);
  if (!stat.ok) return fail(stat.code === 'ENOENT' || stat.code === 'ENOTDIR' ? t('cli:fileNotFound') : t('cli:fileUnreadable', { reason: stat.code }));
  if (!stat.isFile) return fail(t('cli:notAFile'));

  try {
    const readerOptions = request.sheet === null ? {} : { sheet: request.sheet };
    const previewed = await previewLog(environment.readChunks(file), format, readerOptions);
    if (!previewed.ok) return fail(previewed.kind === 'unreadable' ? describeReadProblem(previewed.problem, messageLanguage) : '');
    const { preview } = previewed;
    const { mapping, unknown } = mappingFrom(preview, request.columns);
    const columnList = preview.header.map((name) => `"${name}"`).join(', ');
    if (unknown !== null) {
      environment.stderr(`discover: ${t('discovery:cli.unknownColumn', { column: unknown, columns: columnList })}\n`);
      return EXIT_USAGE;
    }
    const missing = (['case', 'activity', 'timestamp'] as const).find((role) => (role === 'activity' ? mapping.activity.length === 0 : mapping[role] === null));
    if (missing) return fail(t('discovery:cli.mappingGuess', { role: t(`discovery:cli.role_${missing}`), option: missing, columns: columnList }));

    const progress = createProgressLine((text) => environment.stderr(text), environment.stderrIsTerminal, () => environment.clockMs());
    const name = basename(file);
    const read = await readEventLog(environment.readChunks(file), format, mapping, readerOptions, {
      totalBytes: stat.sizeBytes,
      onProgress: (state) =>
        progress.update(() =>
          t('discovery:progress.reading', {
            file: name,
            percent: `${Math.min(100, Math.round((100 * state.bytesRead) / Math.max(1, stat.sizeBytes)))} %`,
            megabytes: (state.bytesRead / BYTES_PER_MEGABYTE).toFixed(1),
            records: state.records,
          }),
        ),
    });
    progress.update(() => t('discovery:progress.discovering'));
    progress.done();
    if (!read.ok) {
      if (read.kind === 'unreadable') return fail(describeReadProblem(read.problem, messageLanguage));
      if (read.kind === 'mapping') return fail(read.problems.map((problem) => describeMappingProblem(problem, messageLanguage)).join('; '));
      return fail('');
    }
    const { caseLog } = read;
    const calendar: WorkingCalendar = {
      workdayStart: request.workdayStart ?? DEFAULT_CALENDAR.workdayStart,
      hoursPerDay: request.hoursPerDay ?? DEFAULT_CALENDAR.hoursPerDay,
    };
    const mapLanguage = request.language ?? DEFAULT_MAP_LANGUAGE;
    const discovered = discoverMap(caseLog, {
      filters: { minActivityShare: request.minActivityShare, variantCoverage: request.variantCoverage },
      calendar,
      title: basename(file, extname(file)).replace(/\.xes$/i, ''),
      language: mapLanguage,
      now: environment.now(),
      file: name,
    });
    const result = environment.runElk ? { ...discovered, map: await layOutDiscoveredMap(discovered.map, environment.runElk) } : discovered;
    if (result.statistics.cases === 0) {
      const first = caseLog.problems[0];
      return fail(first ? describeReadProblem(first, messageLanguage) : t('discovery:cli.noCases'));
    }
    try {
      environment.writeFile(out, serializeMap(result.map));
    } catch (error) {
      const reason = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : String(error);
      environment.stderr(`discover: ${t('discovery:cli.writeFailed', { file: out, reason })}\n`);
      return EXIT_INVALID;
    }
    const leadTimeMinutes = analyseMap(result.map).metrics?.leadTimeMinutes ?? 0;
    environment.stdout(
      renderDiscoveryReport(result, name, messageLanguage) +
        `${t('discovery:statistics.written', {
          file: out,
          steps: result.map.steps.length,
          flows: result.map.flows.length,
          lanes: t('discovery:statistics.laneCount', { count: result.map.lanes.length }),
          leadTime: formatDuration(leadTimeMinutes, calendar.hoursPerDay, messageLanguage),
        })}\n`,
    );
    const [first] = caseLog.problems;
    if (first) {
      const more = caseLog.problemCount - 1;
      const location = describeReadProblem(first, messageLanguage);
      return fail(more > 0 ? `${location} ${t('cli:moreProblems', { count: more })}` : location);
    }
    return EXIT_OK;
  } catch (error) {
    return fail(t('discovery:cli.failed', { reason: error instanceof Error ? error.message : String(error) }));
  }
}
