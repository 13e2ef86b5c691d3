import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { describeRaster, rasterizeSvg } from './rasterizeSvg';
import { runPlan } from './runPlan';

// Entry point of `npm run plan`. exitCode instead of process.exit() lets a large plan
// finish flushing to a pipe before the process ends.
process.exitCode = await runPlan(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutBytes: (data) => process.stdout.write(data),
  writeFile: (path, data) => writeFileSync(path, data),
  rasterizeSvg,
  describeRaster,
  // resvg draws on libuv's thread pool (4 threads by default): one picture per core.
  rasterConcurrency: Math.min(4, availableParallelism()),
  now: () => new Date().toISOString(),
});
