import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { runImport } from './runConvert';

// Entry point of `npm run import` and `stroomlijn import`.
process.exitCode = await runImport(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  fileSize: (path) => statSync(path).size,
  readFile: (path) => readFileSync(path),
  writeFile: (path, data) => writeFileSync(path, data),
  now: () => new Date().toISOString(),
});
