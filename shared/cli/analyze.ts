import { runAnalyze } from './runAnalyze';
import { createNodeSimulationThreads } from './simulationThreads';

// Entry point of `npm run analyze`. exitCode instead of process.exit() lets a large
// --json report finish flushing to a pipe before the process ends. `--simulate` runs on this
// thread and a worker thread per further core (simulationThreads.ts).
process.exitCode = await runAnalyze(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  },
  { startSimulationThreads: () => createNodeSimulationThreads() },
);
