import { runAnalyze } from './runAnalyze';

// Entry point of `npm run analyze`. exitCode instead of process.exit() lets a large
// --json report finish flushing to a pipe before the process ends.
process.exitCode = runAnalyze(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
