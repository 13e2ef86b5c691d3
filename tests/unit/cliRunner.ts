import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { runAnalyze } from '../../shared/cli/runAnalyze';

export const REPO_ROOT = join(import.meta.dirname, '../..');
export const CHILD_TIMEOUT_MS = 30_000;

export interface CliRun {
  /** The exit status; -1 when the process could not start or was killed. */
  status: number;
  stdout: string;
  stderr: string;
}

function toRun(error: (Error & { code?: unknown }) | null, stdout: string, stderr: string): CliRun {
  const status = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
  return { status, stdout, stderr };
}

/**
 * Runs the analyze command in this process, through the same `runAnalyze` the entry point
 * calls, with its output caught: the exit status, stdout and stderr as a user would see them.
 * (A child process per case cost a second of tsx start-up each; `runCliProcess` and
 * `runNpmAnalyze` keep the real process and npm paths covered.)
 */
export async function runCli(args: readonly string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  // Relative paths in the cases are read from the repository root, vitest's working folder.
  const status = await runAnalyze(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { status, stdout, stderr };
}

/** Runs the analyze command as a user does: a separate Node process with tsx. */
export function runCliProcess(args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'shared/cli/analyze.ts', ...args],
      { cwd: REPO_ROOT, timeout: CHILD_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve(toRun(error, stdout, stderr)),
    );
  });
}

/** The same through the npm script, to prove `npm run -s analyze -- <map>` works. */
export function runNpmAnalyze(args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile('npm', ['run', '-s', 'analyze', '--', ...args], { cwd: REPO_ROOT, timeout: CHILD_TIMEOUT_MS }, (error, stdout, stderr) =>
      resolve(toRun(error, stdout, stderr)),
    );
  });
}
