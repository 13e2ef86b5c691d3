#!/usr/bin/env node
// `npx stroomlijn <command> …`: the command-line tools of Stroomlijn under one name. Each
// command is its TypeScript entry point in shared/cli, run with tsx (resolved from this
// package, so the command works from any folder).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const COMMANDS = { analyze: 'analyze.ts', plan: 'plan.ts', import: 'import.ts', export: 'export.ts', discover: 'discover.ts' };
const [command, ...rest] = process.argv.slice(2);
if (command === undefined || !Object.hasOwn(COMMANDS, command)) {
  process.stderr.write(`Usage: stroomlijn ${Object.keys(COMMANDS).join('|')} … (--help for each)\n`);
  process.exit(command === '--help' || command === '-h' ? 0 : 2);
}
const entry = fileURLToPath(new URL(`../shared/cli/${COMMANDS[command]}`, import.meta.url));
const result = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), entry, ...rest], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
