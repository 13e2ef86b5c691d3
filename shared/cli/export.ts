import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { runExport } from './runConvert';

// Entry point of `npm run export` and `stroomlijn export`.
process.exitCode = await runExport(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  fileSize: (path) => statSync(path).size,
  readFile: (path) => readFileSync(path),
  writeFile: (path, data) => writeFileSync(path, data),
  now: () => new Date().toISOString(),
});
