import { createReadStream, statSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createElkRunner } from '../layout/elkLayout';
import { runDiscover } from './runDiscover';

/** Chunks of a megabyte: few calls into the parsers, little memory. */
const CHUNK_BYTES = 1024 * 1024;

// Entry point of `npm run discover`. exitCode instead of process.exit() lets the output flush.
process.exitCode = await runDiscover(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  statFile(path) {
    try {
      const stats = statSync(path);
      return { ok: true, sizeBytes: stats.size, isFile: stats.isFile() };
    } catch (error) {
      return { ok: false, code: error instanceof Error && 'code' in error ? String(error.code) : String(error) };
    }
  },
  readChunks: (path) => createReadStream(path, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Uint8Array>,
  writeFile: (path, text) => writeFileSync(path, text),
  now: () => new Date().toISOString(),
  clockMs: () => performance.now(),
  stderrIsTerminal: process.stderr.isTTY === true,
  runElk: createElkRunner(),
});
