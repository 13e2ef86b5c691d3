#!/usr/bin/env node
// Runs the named npm scripts at the same time and fails if any of them fails: used by
// `npm test` for lint and typecheck, which are single-threaded each, so on CI's two cores
// they finish in the time of the slower one (CI has 15 minutes for install and all tests).
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
  process.stderr.write('usage: node scripts/run-together.mjs <npm script> [<npm script> …]\n');
  process.exit(2);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const codes = await Promise.all(
  names.map(
    (name) =>
      new Promise((resolve) => {
        const child = spawn(npm, ['run', '-s', name], { stdio: 'inherit', shell: process.platform === 'win32' });
        child.on('error', (error) => {
          process.stderr.write(`${name}: ${error.message}\n`);
          resolve(1);
        });
        child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
      }),
  ),
);
const failed = names.filter((_, index) => codes[index] !== 0);
if (failed.length > 0) process.stderr.write(`failed: ${failed.join(', ')}\n`);
process.exit(failed.length > 0 ? 1 : 0);
