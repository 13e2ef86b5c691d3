import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

/**
 * `npm run bench` (plan part): plan export time and peak memory for maps of 50, 200 and
 * 1,000 steps in every plan format. Each case runs in a child process of its own
 * (tests/bench/planCase.ts) that reports its own process.resourceUsage().maxRSS, so the
 * memory figure is the real peak of that export (JavaScript heap, buffers and the native
 * SVG renderer alike), not an estimate. A watchdog kills a case that passes
 * RSS_CAP_MEGABYTES (read from /proc on Linux) or CASE_TIMEOUT_MS, so a runaway export
 * cannot take the shared machine down; such a case is reported as killed.
 * "load" is the time to load the command's modules beforehand (planCase.ts), not part of
 * "time" but waited for by a user of the command line.
 * Targets: 200 steps in every format under 2 s and 300 MB (the deck for the meeting, pptx,
 * under 3 s); 1,000 steps under 10 s.
 */
const STEP_COUNTS = [50, 200, 1_000];
const FORMATS = ['md', 'html', 'docx', 'pptx'] as const;
const CASE_TIMEOUT_MS = 180_000;
const RSS_CAP_MEGABYTES = 6_000;
const TARGETS: Record<number, { ms: number; megabytes?: number }> = { 200: { ms: 2_000, megabytes: 300 }, 1_000: { ms: 10_000 } };
/** The deck's own target (issue 17): a 200-step map in under 3 s. */
const FORMAT_TARGETS: Record<string, Record<number, { ms: number; megabytes?: number }>> = { pptx: { 200: { ms: 3_000, megabytes: 300 } } };

interface CaseResult {
  ms: number | null;
  loadMs?: number;
  cpuMs?: number;
  maxRssMegabytes: number | null;
  note: string;
}

/** Resident memory of a process in MB from /proc (Linux), or null elsewhere. */
function residentMegabytes(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

function runCase(stepCount: number, format: string): Promise<CaseResult> {
  const script = join(import.meta.dirname, 'planCase.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, String(stepCount), format], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let killedFor = '';
  let watchedPeak = 0;
  const startedAt = Date.now();
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const watchdog = setInterval(() => {
    const rss = child.pid === undefined ? null : residentMegabytes(child.pid);
    if (rss !== null) watchedPeak = Math.max(watchedPeak, rss);
    if (rss !== null && rss > RSS_CAP_MEGABYTES) killedFor = `killed above ${RSS_CAP_MEGABYTES} MB`;
    else if (Date.now() - startedAt > CASE_TIMEOUT_MS) killedFor = `killed after ${CASE_TIMEOUT_MS / 1000} s`;
    if (killedFor) child.kill('SIGKILL');
  }, 100);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearInterval(watchdog);
      const line = stdout.split('\n').find((candidate) => candidate.startsWith('{'));
      if (!line) {
        const reason = killedFor || (signal ? `died (${signal})` : `exit ${code}`);
        const lastError = stderr.trim().split('\n').find((text) => /panic|error|Error/.test(text)) ?? '';
        resolve({
          ms: killedFor ? Date.now() - startedAt : null,
          maxRssMegabytes: watchedPeak > 0 ? Math.round(watchedPeak) : null,
          note: `${reason}${lastError ? `: ${lastError.trim()}` : ''}`.slice(0, 160),
        });
        return;
      }
      const result = JSON.parse(line) as { ms: number; loadMs: number; cpuMs: number; maxRssMegabytes: number; exitCode: number; bytes: number; errors: string };
      const target = FORMAT_TARGETS[format]?.[stepCount] ?? TARGETS[stepCount];
      const misses = [
        target && result.ms > target.ms ? `over ${target.ms / 1000} s` : '',
        target?.megabytes && result.maxRssMegabytes > target.megabytes ? `over ${target.megabytes} MB` : '',
        result.exitCode !== 0 ? `exit ${result.exitCode} ${result.errors}` : '',
      ].filter(Boolean);
      resolve({ ms: result.ms, loadMs: result.loadMs, cpuMs: result.cpuMs, maxRssMegabytes: result.maxRssMegabytes, note: `${(result.bytes / 1024).toFixed(0)} KB written${misses.length ? `; ${misses.join('; ')}` : ''}` });
    });
  });
}

const only = process.argv.slice(2);
console.log('plan export: time and peak memory (maxRSS of one child process per case)');
console.log(`steps  format  time (s)  CPU (s)  peak (MB)  load (s)  note   [load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores]`);
for (const stepCount of STEP_COUNTS) {
  for (const format of FORMATS) {
    if (only.length > 0 && !only.includes(`${stepCount}:${format}`) && !only.includes(format)) continue;
    const result = await runCase(stepCount, format);
    const time = result.ms === null ? '—' : (result.ms / 1000).toFixed(2);
    const memory = result.maxRssMegabytes === null ? '—' : String(result.maxRssMegabytes);
    const cpu = result.cpuMs === undefined ? '—' : (result.cpuMs / 1000).toFixed(2);
    const load = result.loadMs === undefined ? '—' : (result.loadMs / 1000).toFixed(2);
    console.log(`${String(stepCount).padStart(5)}  ${format.padEnd(6)}  ${time.padStart(8)}  ${cpu.padStart(7)}  ${memory.padStart(9)}  ${load.padStart(8)}  ${result.note}`);
  }
}
