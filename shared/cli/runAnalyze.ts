import { analyseMap } from '../analysis/analyseMap';
import { simulateLeadTimes, type SimulationResult } from '../analysis/simulate';
import { simulateInThreads } from '../analysis/simulateInThreads';
import { formatPercent } from '../i18n/format';
import type { Analysis } from '../analysis/types';
import { getTranslator } from '../i18n/translator';
import type { ParseResult } from '../model/parse';
import type { ProcessMap } from '../model/types';
import type { Language } from '../model/vocabulary';
import { parseAnalyzeArgs } from './args';
import { toJsonReport, writeJsonReport } from './jsonReport';
import { readMapFile } from './readMapFile';
import type { SimulationThreads } from './simulationThreads';
import { renderTextReport } from './textReport';

/** Where the command writes; the entry point passes process.stdout/stderr, tests a buffer. */
export interface CliOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

/** Messages to the person at the terminal are English unless they ask otherwise. */
const DEFAULT_MESSAGE_LANGUAGE: Language = 'en';

type MapProblemLike = Extract<ParseResult, { ok: false }>['problems'][number];

function helpText(language: Language): string {
  const t = getTranslator(language);
  const keys = ['usage', 'helpIntro', '', 'helpJson', 'helpSimulate', 'helpCases', 'helpSeed', 'helpLang', 'helpHelp', '', 'helpExit'];
  return `${keys.map((key) => (key === '' ? '' : t(`cli:${key}`))).join('\n')}\n`;
}

/** One stderr line for a refused file: the first problem and how many more there are. */
export function describeProblems(file: string, problems: readonly MapProblemLike[], language: Language): string {
  const t = getTranslator(language);
  const [first] = problems;
  // parseMap lists at most 50 problems and then one 'more-problems' entry.
  const capped = problems.some((problem) => problem.code === 'more-problems');
  const moreCount = problems.filter((problem) => problem.code !== 'more-problems').length - 1;
  const moreKey = capped ? 'cli:moreThanProblems' : 'cli:moreProblems';
  const more = moreCount > 0 ? ` ${t(moreKey, { count: moreCount })}` : '';
  return `${file}: ${first?.message ?? ''}${more}\n`;
}

/** The analysis with its texts (findings, diagnostics) in `language` rather than the map's. */
function analyseIn(map: ProcessMap, language: Language): Analysis {
  return analyseMap(language === map.meta.language ? map : { ...map, meta: { ...map.meta, language } });
}

/** Work that takes longer than this shows a progress line on stderr (domain.md section 13). */
const PROGRESS_AFTER_MS = 1000;

/**
 * Simulations of at least this many visits (cases × expected visits per case) run on worker
 * threads as well: about half a second of work on one thread. A worker costs about 0.1 s to
 * start (simulationThreads.ts) and runs its first blocks slowly, before V8 has compiled the
 * walk; a smaller simulation would spend that for little or nothing.
 */
export const THREADS_FROM_VISITS = 5_000_000;

/**
 * The simulation of `--simulate`, with a progress line on stderr once it takes over a second:
 * on this thread and worker threads (simulateInThreads.ts) when it may start them and the
 * simulation is large enough, else on this thread alone. The figures are the same either way.
 */
async function simulateWithProgress(
  map: ProcessMap,
  request: { cases: number; seed: number },
  expectedVisitsPerCase: number,
  output: CliOutput,
  language: Language,
  { startSimulationThreads, threadsFromVisits = THREADS_FROM_VISITS }: AnalyzeOptions,
): Promise<SimulationResult> {
  const t = getTranslator(language);
  const startedAt = Date.now();
  let shown = false;
  const onProgress = (done: number, total: number): void => {
    if (Date.now() - startedAt < PROGRESS_AFTER_MS) return;
    output.stderr(`\r${t('cli:simulationProgress', { percent: formatPercent(done / total, language) })}`);
    shown = true;
  };
  const input = { state: map, settings: map.settings, language };
  const options = { cases: request.cases, seed: request.seed, onProgress };
  let result: SimulationResult;
  if (startSimulationThreads && request.cases * expectedVisitsPerCase >= threadsFromVisits) {
    const threads = startSimulationThreads();
    try {
      const outcome = await simulateInThreads([input], options, threads.lanes);
      result = outcome.ok ? (outcome.results[0] as SimulationResult) : outcome;
    } finally {
      await threads.close();
    }
  } else result = simulateLeadTimes(input, options);
  if (shown) output.stderr('\n');
  return result;
}

/** What the analyze command may be given beside its arguments and output. */
export interface AnalyzeOptions {
  /** Starts the threads for a large `--simulate` (the entry point: this thread and worker threads); without it the simulation runs on this thread alone. */
  startSimulationThreads?: () => SimulationThreads;
  /** Visits from which the threads are started (default THREADS_FROM_VISITS). */
  threadsFromVisits?: number;
}

/**
 * `analyze <map> [--json] [--simulate [--cases N] [--seed S]] [--lang nl|en]`: reads,
 * validates and analyses one map file (and with --simulate simulates its lead-time
 * distribution, domain.md section 8) and prints the report. Returns the exit status of domain.md section 6: 0 done (warnings
 * allowed), 1 invalid file or analysis error (one line on stderr naming the file and the
 * field, step or flow), 2 wrong usage (the problem and the usage line on stderr).
 * Never throws: a crash of the parser or the analysis is reported as exit 1.
 */
export async function runAnalyze(argv: readonly string[], output: CliOutput, options: AnalyzeOptions = {}): Promise<number> {
  const request = parseAnalyzeArgs(argv);
  const messageLanguage = request.language ?? DEFAULT_MESSAGE_LANGUAGE;
  const t = getTranslator(messageLanguage);

  if (request.kind === 'help') {
    output.stdout(helpText(messageLanguage));
    return EXIT_OK;
  }
  if (request.kind === 'usage-error') {
    output.stderr(`analyze: ${t(`cli:${request.messageKey}`, request.params)}\n${t('cli:usage')}\n`);
    return EXIT_USAGE;
  }

  return analyzeFile(request, output, messageLanguage, options);
}

async function analyzeFile(
  request: Extract<ReturnType<typeof parseAnalyzeArgs>, { kind: 'analyze' }>,
  output: CliOutput,
  messageLanguage: Language,
  options: AnalyzeOptions,
): Promise<number> {
  const t = getTranslator(messageLanguage);
  const { file } = request;
  const read = readMapFile(file, messageLanguage);
  if (!read.ok) {
    output.stderr(`${file}: ${read.message}\n`);
    return EXIT_INVALID;
  }

  try {
    const { parsed } = read;
    if (!parsed.ok) {
      output.stderr(describeProblems(file, parsed.problems, messageLanguage));
      return EXIT_INVALID;
    }
    const { map } = parsed;
    const reportLanguage = request.language ?? map.meta.language;
    const analysis = analyseIn(map, reportLanguage);
    const visitsPerCase = analysis.steps.reduce((sum, step) => sum + step.expectedVisits, 0);
    const simulation = request.simulate ? await simulateWithProgress(map, request.simulate, visitsPerCase, output, messageLanguage, options) : undefined;
    if (request.json) writeJsonReport(toJsonReport(analysis, simulation), (text) => output.stdout(text));
    else output.stdout(renderTextReport(map, analysis, reportLanguage, simulation));

    if (!analysis.diagnostics.some((diagnostic) => diagnostic.level === 'error')) return EXIT_OK;
    // The report speaks the map's language; the stderr line speaks the terminal's.
    const errorAnalysis = reportLanguage === messageLanguage ? analysis : analyseIn(map, messageLanguage);
    const error = errorAnalysis.diagnostics.find((diagnostic) => diagnostic.level === 'error');
    output.stderr(`${file}: ${error?.message ?? ''}\n`);
    return EXIT_INVALID;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    output.stderr(`${file}: ${t('cli:analysisFailed', { reason })}\n`);
    return EXIT_INVALID;
  }
}
