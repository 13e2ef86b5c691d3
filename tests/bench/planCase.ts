import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { serializeMap } from '../../shared/model/serialize';
import { generateMap } from './generateMap';

/**
 * One case of `npm run bench` (plan export), run in a child process of its own so that its
 * peak resident memory (process.resourceUsage().maxRSS, which counts native memory such as
 * the SVG renderer's too) belongs to this case alone. Arguments: step count and format.
 * Prints one JSON line: { stepCount, format, ms, loadMs, cpuMs, maxRssMegabytes, exitCode, bytes }.
 * loadMs is the time to load the plan command's modules (the docx library, resvg, the
 * plan code, through tsx as `npm run plan` does), which a user of the command line waits
 * for too: measured on its own, after the map is made, so `ms` stays the export itself.
 * cpuMs is the CPU time of this process (all its threads: the renderer's thread pool too),
 * which a loaded machine changes far less than the wall-clock time.
 */
const [stepCountText, format] = process.argv.slice(2);
const stepCount = Number(stepCountText);
if (!Number.isInteger(stepCount) || (format !== 'md' && format !== 'html' && format !== 'docx' && format !== 'pptx')) {
  process.stderr.write('usage: planCase <stepCount> md|html|docx|pptx\n');
  process.exit(2);
}
const folder = mkdtempSync(join(tmpdir(), 'stroomlijn-plan-bench-'));
const mapPath = join(folder, 'map.stroomlijn');
const outPath = join(folder, `plan.${format}`);
writeFileSync(mapPath, serializeMap(generateMap({ stepCount })));
const loadStartedAt = performance.now();
const { describeRaster, rasterizeSvg } = await import('../../shared/cli/rasterizeSvg');
const { runPlan } = await import('../../shared/cli/runPlan');
const loadMs = performance.now() - loadStartedAt;
let bytes = 0;
let errors = '';
const startedAt = performance.now();
const cpuAtStart = process.cpuUsage();
// The same path as `npm run plan -- map --format X --out FILE`: read, parse, analyse, build, render, write.
const exitCode = await runPlan([mapPath, '--format', format, '--out', outPath], {
  stdout: () => undefined,
  stderr: (text) => {
    errors += text;
  },
  writeFile: (path, data) => {
    bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
    writeFileSync(path, data);
  },
  rasterizeSvg,
  describeRaster,
  rasterConcurrency: Math.min(4, availableParallelism()),
  now: () => '2026-11-26T09:00:00Z',
});
const ms = performance.now() - startedAt;
const cpu = process.cpuUsage(cpuAtStart);
rmSync(folder, { recursive: true, force: true });
const maxRssMegabytes = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ stepCount, format, ms: Math.round(ms), loadMs: Math.round(loadMs), cpuMs: Math.round((cpu.user + cpu.system) / 1000), maxRssMegabytes: Math.round(maxRssMegabytes), exitCode, bytes, errors: errors.trim().slice(0, 200) })}\n`);
