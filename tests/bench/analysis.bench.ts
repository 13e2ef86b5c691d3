import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { analyseMap } from '../../shared/analysis/analyseMap';
import { buildAnalysisContext } from '../../shared/analysis/buildContext';
import { simulateLeadTimes } from '../../shared/analysis/simulate';
import { simulateInThreads } from '../../shared/analysis/simulateInThreads';
import { createNodeSimulationThreads } from '../../shared/cli/simulationThreads';
import { MAX_FILE_BYTES, parseMap } from '../../shared/model/parse';
import { serializeMap } from '../../shared/model/serialize';
import type { ProcessMap } from '../../shared/model/types';
import { generateLoopMap, generateMap } from './generateMap';
import { generateParallelMap } from './generateParallelMap';

/**
 * `npm run bench`: how parse, analyse and serialize scale with the size of a map.
 * Prints figures only (never part of `npm test`). Run with --expose-gc (the npm script
 * does) so the heap is measured from a collected baseline.
 */
const SIZES = [
  { stepCount: 1_000, runs: 7 },
  { stepCount: 10_000, runs: 7 },
  { stepCount: 100_000, runs: 5 },
] as const;
/** A phase stops taking runs once they add up to this, so a slow build still finishes. */
const PHASE_BUDGET_MS = 60_000;
const BYTES_PER_MEGABYTE = 1024 * 1024;
const TARGET_ANALYSE_10K_MS = 50;
const TARGET_ANALYSE_100K_MS = 1000;
const TARGET_GROWTH_100K_OVER_10K = 15;
/** Sizes of the maps with parallel blocks (issue 14): the same targets. */
const PARALLEL_SIZES = [
  { stepCount: 1_000, runs: 7 },
  { stepCount: 10_000, runs: 7 },
  { stepCount: 100_000, runs: 5 },
] as const;
/** Maps whose steps all lie on one large loop (the sparse solver), beside the figures above. */
const LOOP_SIZES = [
  { stepCount: 1_000, runs: 7 },
  { stepCount: 10_000, runs: 7 },
] as const;
const SIMULATION_STEP_COUNT = 1_000;
const SIMULATION_CASES = 10_000;
const SIMULATION_RUNS = 5;
const TARGET_SIMULATION_MS = 1000;

/**
 * 'core' is the visits and metrics part of 'analyse' (buildAnalysisContext), without findings.
 * 'texts' builds every finding's title and explanation (JSON of the findings of a fresh
 * analysis): analyse leaves them until first read, so this is on top of 'analyse'.
 */
type Phase = 'parse' | 'analyse' | 'core' | 'texts' | 'serialize';

interface PhaseResult {
  medianMs: number;
  /** The 95th percentile and the mean of the runs: slow runs show here, not in the median. */
  p95Ms: number;
  meanMs: number;
  /** CPU time of this process (all its threads, so GC helpers count too): barely moved by other load. */
  cpuMedianMs: number;
  runCount: number;
  peakHeapBytes: number;
}

interface SizeResult {
  stepCount: number;
  flowCount: number;
  textMegabytes: number;
  compactText: boolean;
  phases: Record<Phase, PhaseResult>;
  peakHeapMegabytes: number;
  findingCount: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function percentile95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)] ?? 0;
}

function collectGarbage(): void {
  globalThis.gc?.();
}

/**
 * Times `work` up to `runs` times (the caller has already run it once to warm up) and
 * returns the median. Each run starts from a full GC; heapUsed is sampled right after it,
 * before any forced collection, so the sample still holds what the run allocated and did
 * not yet lose to a minor GC: an approximation of the peak, not a hard maximum.
 */
function measurePhase<Prepared>(label: string, runs: number, work: (prepared: Prepared) => unknown, prepare?: () => Prepared): PhaseResult {
  const durations: number[] = [];
  const cpuDurations: number[] = [];
  let peakHeapBytes = 0;
  let spentMs = 0;
  while (durations.length < runs && (durations.length === 0 || spentMs < PHASE_BUDGET_MS)) {
    // Untimed, before the collection: what the run starts from.
    const prepared = prepare?.() as Prepared;
    collectGarbage();
    const cpuAtStart = process.cpuUsage();
    const startedAt = performance.now();
    const result = work(prepared);
    const durationMs = performance.now() - startedAt;
    const cpu = process.cpuUsage(cpuAtStart);
    cpuDurations.push((cpu.user + cpu.system) / 1000);
    peakHeapBytes = Math.max(peakHeapBytes, process.memoryUsage().heapUsed);
    void result;
    durations.push(durationMs);
    spentMs += durationMs;
  }
  return summariseRuns(label, durations, cpuDurations, peakHeapBytes);
}

/** Median, p95 and mean of the runs, printed on one line with the CPU median. */
function summariseRuns(label: string, durations: number[], cpuDurations: number[], peakHeapBytes: number): PhaseResult {
  const medianMs = median(durations);
  const p95Ms = percentile95(durations);
  const meanMs = durations.reduce((sum, duration) => sum + duration, 0) / durations.length;
  const cpuMedianMs = median(cpuDurations);
  console.log(
    `    ${label.padEnd(9)} median ${formatMs(medianMs).padStart(7)} ms, p95 ${formatMs(p95Ms)} ms, mean ${formatMs(meanMs)} ms (CPU median ${formatMs(cpuMedianMs)} ms) of ${durations.length} run(s)`,
  );
  return { medianMs, p95Ms, meanMs, cpuMedianMs, runCount: durations.length, peakHeapBytes };
}

/** measurePhase for work that resolves later (the simulation on threads); CPU time counts every thread of the process. */
async function measureAsyncPhase(label: string, runs: number, work: () => Promise<unknown>): Promise<PhaseResult> {
  const durations: number[] = [];
  const cpuDurations: number[] = [];
  let peakHeapBytes = 0;
  while (durations.length < runs) {
    collectGarbage();
    const cpuAtStart = process.cpuUsage();
    const startedAt = performance.now();
    await work();
    durations.push(performance.now() - startedAt);
    const cpu = process.cpuUsage(cpuAtStart);
    cpuDurations.push((cpu.user + cpu.system) / 1000);
    peakHeapBytes = Math.max(peakHeapBytes, process.memoryUsage().heapUsed);
  }
  return summariseRuns(label, durations, cpuDurations, peakHeapBytes);
}

/**
 * The serialized file if the limit lets it be opened; beyond 50 MB the same document as
 * compact JSON, so the parser is still measured at 100,000 steps.
 */
function textToParse(map: ProcessMap): { text: string; compact: boolean } {
  const text = serializeMap(map);
  if (Buffer.byteLength(text, 'utf8') <= MAX_FILE_BYTES) return { text, compact: false };
  return { text: JSON.stringify(map), compact: true };
}

function measureSize(stepCount: number, runs: number, generate: (options: { stepCount: number }) => ProcessMap = generateMap): SizeResult {
  const map = generate({ stepCount });
  const { text, compact } = textToParse(map);

  // The first parse and analysis check the generated map and warm up the JIT.
  const parsed = parseMap(text);
  if (!parsed.ok) throw new Error(`the generated map of ${stepCount} steps was refused: ${parsed.problems[0]?.message ?? ''}`);
  const analysis = analyseMap(parsed.map);
  const errors = analysis.diagnostics.filter((diagnostic) => diagnostic.level === 'error');
  if (errors.length > 0 || analysis.metrics === null) {
    throw new Error(`the generated map of ${stepCount} steps has analysis errors: ${errors[0]?.message ?? ''}`);
  }
  serializeMap(parsed.map);
  const coreInput = { state: parsed.map, settings: parsed.map.settings, language: parsed.map.meta.language };

  const phases: Record<Phase, PhaseResult> = {
    parse: measurePhase('parse', runs, () => parseMap(text)),
    analyse: measurePhase('analyse', runs, () => analyseMap(parsed.map)),
    core: measurePhase('core', runs, () => buildAnalysisContext(coreInput)),
    texts: measurePhase('texts', runs, (findings) => JSON.stringify(findings), () => analyseMap(parsed.map).findings),
    serialize: measurePhase('serialize', runs, () => serializeMap(parsed.map)),
  };
  return {
    stepCount,
    flowCount: map.flows.length,
    textMegabytes: Buffer.byteLength(text, 'utf8') / BYTES_PER_MEGABYTE,
    compactText: compact,
    phases,
    peakHeapMegabytes: Math.max(...Object.values(phases).map((phase) => phase.peakHeapBytes)) / BYTES_PER_MEGABYTE,
    findingCount: analysis.findings.length,
  };
}

function formatMs(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms.toFixed(1);
}

function verdict(pass: boolean): string {
  return pass ? 'PASS' : 'MISS';
}

function printReport(results: SizeResult[], title: string): void {
  console.log(title);
  const header = ['steps', 'flows', 'text MB', 'parse ms', 'analyse ms', 'p95 / mean', 'of which core ms', '+ texts ms', 'serialize ms', 'peak heap MB', 'findings'];
  const rows = results.map((result) => [
    result.stepCount.toLocaleString('en-GB'),
    result.flowCount.toLocaleString('en-GB'),
    `${result.textMegabytes.toFixed(1)}${result.compactText ? '*' : ''}`,
    formatMs(result.phases.parse.medianMs),
    formatMs(result.phases.analyse.medianMs),
    `${formatMs(result.phases.analyse.p95Ms)} / ${formatMs(result.phases.analyse.meanMs)}`,
    formatMs(result.phases.core.medianMs),
    formatMs(result.phases.texts.medianMs),
    formatMs(result.phases.serialize.medianMs),
    result.peakHeapMegabytes.toFixed(0),
    result.findingCount.toLocaleString('en-GB'),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]): string => cells.map((cell, column) => cell.padStart(widths[column] ?? 0)).join('  ');
  console.log(line(header));
  rows.forEach((row) => console.log(line(row)));
  console.log('analyse = visits, metrics and finding detection (no finding texts); core = visits and metrics without the findings (buildAnalysisContext)');
  console.log('+ texts = building every finding title and explanation (JSON of the findings), which analyse leaves until first');
  console.log('  read: on top of analyse for whoever needs them all (CLI --json, the analysis worker\'s postMessage)');
  if (results.some((result) => result.compactText)) {
    console.log('* the pretty-printed file exceeds the 50 MB limit, so the parser was timed on compact JSON of the same map');
  }
  if (globalThis.gc === undefined) console.log('(run with node --expose-gc for a collected heap baseline)');

  const [small, medium, large] = results;
  if (!small || !medium || !large) return;
  const analyse = (result: SizeResult): number => result.phases.analyse.medianMs;
  console.log('');
  console.log('Ratios of the median time (10× more steps each; 10 = linear)');
  for (const phase of ['parse', 'analyse', 'core', 'texts', 'serialize'] as const) {
    const mediumOverSmall = medium.phases[phase].medianMs / small.phases[phase].medianMs;
    const largeOverMedium = large.phases[phase].medianMs / medium.phases[phase].medianMs;
    const target = phase === 'analyse' ? `   target t(100k)/t(10k) ≤ ${TARGET_GROWTH_100K_OVER_10K}: ${verdict(largeOverMedium <= TARGET_GROWTH_100K_OVER_10K)}` : '';
    console.log(`  ${phase.padEnd(9)} t(10k)/t(1k) = ${mediumOverSmall.toFixed(1).padStart(5)}   t(100k)/t(10k) = ${largeOverMedium.toFixed(1).padStart(5)}${target}`);
  }
  console.log('');
  console.log('Targets');
  console.log(`  analyse 10k steps  ${formatMs(analyse(medium)).padStart(7)} ms  < ${TARGET_ANALYSE_10K_MS} ms   ${verdict(analyse(medium) < TARGET_ANALYSE_10K_MS)}`);
  console.log(`  analyse 100k steps ${formatMs(analyse(large)).padStart(7)} ms  < ${TARGET_ANALYSE_100K_MS} ms ${verdict(analyse(large) < TARGET_ANALYSE_100K_MS)}`);
  const growth = analyse(large) / analyse(medium);
  console.log(`  t(100k)/t(10k)     ${growth.toFixed(1).padStart(7)}     ≤ ${TARGET_GROWTH_100K_OVER_10K}      ${verdict(growth <= TARGET_GROWTH_100K_OVER_10K)}`);
  console.log('');
  console.log(`CPU-time medians (ms; compare with the above when the load is high: now ${loadavg()[0]?.toFixed(1)})`);
  for (const result of results) {
    const cells = (['parse', 'analyse', 'core', 'texts', 'serialize'] as const).map((phase) => `${phase} ${formatMs(result.phases[phase].cpuMedianMs)}`);
    console.log(`  ${result.stepCount.toLocaleString('en-GB').padStart(7)} steps: ${cells.join('  ')}`);
  }
}

/**
 * The lead-time simulation of domain.md section 8: 10,000 cases on a 1,000-step map with
 * rework loops, parallel blocks and variability on every step, and on today's 1,000-step map
 * (no blocks, no variability) for comparison. The headline is what the app and the command
 * line do: the blocks shared by this thread and a worker thread per further core
 * (simulationThreads.ts), the workers already loaded (the app keeps its workers between runs);
 * beside it the same on this thread alone, and the start of the workers on their own, which
 * a single `analyze --simulate` pays once.
 */
async function measureSimulation(): Promise<void> {
  console.log('');
  const threads = createNodeSimulationThreads();
  const workerStartMs = await threads.ready;
  console.log(
    `Simulation: ${SIMULATION_CASES.toLocaleString('en-GB')} cases (seed 1), median of ${SIMULATION_RUNS} runs; ` +
      `${threads.lanes.length} thread(s) (this one + ${threads.workerCount} worker(s), loaded in ${formatMs(workerStartMs)} ms)`,
  );
  const maps: Array<[string, ProcessMap]> = [
    ['parallel blocks, rework, variability', generateParallelMap({ stepCount: SIMULATION_STEP_COUNT })],
    ['rework only (today\'s map, no variability)', generateMap({ stepCount: SIMULATION_STEP_COUNT })],
  ];
  try {
    for (const [label, map] of maps) {
      const input = { state: map, settings: map.settings };
      const first = simulateLeadTimes(input, { cases: SIMULATION_CASES });
      if (!first.ok) throw new Error(`the ${label} map cannot be simulated: ${first.reason}`);
      const threaded = await simulateInThreads([input], { cases: SIMULATION_CASES }, threads.lanes);
      if (!threaded.ok || threaded.results[0]?.ok !== true || threaded.results[0].meanMinutes !== first.meanMinutes) throw new Error(`the ${label} map: threads gave other figures than one thread`);
      console.log(`  ${map.steps.length.toLocaleString('en-GB')} steps, ${label}`);
      const onThreads = await measureAsyncPhase('threads', SIMULATION_RUNS, () => simulateInThreads([input], { cases: SIMULATION_CASES }, threads.lanes));
      const single = measurePhase('1 thread', SIMULATION_RUNS, () => simulateLeadTimes(input, { cases: SIMULATION_CASES }));
      const visitsPerCase = buildAnalysisContext({ ...input, language: 'en' }).steps.reduce((sum, step) => sum + step.expectedVisits, 0);
      const verdictText = label.startsWith('parallel') ? `   target < ${TARGET_SIMULATION_MS} ms: ${verdict(onThreads.medianMs < TARGET_SIMULATION_MS)}` : '';
      console.log(
        `    ${threads.lanes.length} threads ${formatMs(onThreads.medianMs)} ms (CPU ${formatMs(onThreads.cpuMedianMs)} ms), 1 thread ${formatMs(single.medianMs)} ms (CPU ${formatMs(single.cpuMedianMs)} ms), ` +
          `${visitsPerCase.toFixed(0)} visits per case, mean ${((first.meanMinutes ?? 0) / 480).toFixed(1)} working days (exact LT ${(first.exactLeadTimeMinutes / 480).toFixed(1)})${verdictText}`,
      );
    }
  } finally {
    await threads.close();
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--simulation')) {
    // `… analysis.bench.ts --simulation`: the simulation figures alone.
    console.log(`Stroomlijn simulation benchmark, Node ${process.version}, ${cpus().length} CPUs, load ${loadavg()[0]?.toFixed(1)}, ${new Date().toISOString()}`);
    await measureSimulation();
    return;
  }
  // Other work on the machine inflates every figure; the load average says how much to trust them.
  const [loadAverage] = loadavg();
  console.log(`Stroomlijn benchmark: median of runs per size, Node ${process.version}, ${cpus().length} CPUs, load ${loadAverage?.toFixed(1)}, ${new Date().toISOString()}`);
  const results: SizeResult[] = [];
  for (const { stepCount, runs } of SIZES) {
    console.log(`  ${stepCount.toLocaleString('en-GB')} steps (up to ${runs} runs per phase, ${PHASE_BUDGET_MS / 1000} s budget)`);
    results.push(measureSize(stepCount, runs));
  }
  const parallelResults: SizeResult[] = [];
  for (const { stepCount, runs } of PARALLEL_SIZES) {
    console.log(`  ${stepCount.toLocaleString('en-GB')} steps with parallel blocks (up to ${runs} runs per phase)`);
    parallelResults.push(measureSize(stepCount, runs, generateParallelMap));
  }
  console.log('');
  printReport(results, 'Maps without parallel work (as before)');
  console.log('');
  printReport(parallelResults, 'Maps with parallel blocks about every 25 steps (issue 14), beside the figures above');
  const loopResults: SizeResult[] = [];
  for (const { stepCount, runs } of LOOP_SIZES) {
    console.log(`  ${stepCount.toLocaleString('en-GB')} steps on one large loop (up to ${runs} runs per phase)`);
    loopResults.push(measureSize(stepCount, runs, generateLoopMap));
  }
  console.log('');
  printReport(loopResults, 'Maps with one large loop through every step (the sparse solver)');
  await measureSimulation();
}

await main();
