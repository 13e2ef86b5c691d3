import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '..', '..');
export const WEB_BUILD_DIRECTORY = join(projectRoot, 'dist-web');
const STARTUP_TIMEOUT_MILLISECONDS = 15_000;

export interface RunningWebServer {
  /** e.g. http://127.0.0.1:41234/ */
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves the built dist-web with scripts/serve-web.mjs (the same server `npm run web`
 * uses) on a free 127.0.0.1 port and resolves once it prints its URL.
 */
export async function startWebServer(): Promise<RunningWebServer> {
  if (!existsSync(join(WEB_BUILD_DIRECTORY, 'index.html'))) {
    throw new Error(`${WEB_BUILD_DIRECTORY}/index.html is missing: run \`npm run build:web\` (npm run test:e2e does) before the e2e tests.`);
  }
  const child = spawn(process.execPath, [join(projectRoot, 'scripts', 'serve-web.mjs'), '--port', '0', '--dir', WEB_BUILD_DIRECTORY], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve-web did not start within ${STARTUP_TIMEOUT_MILLISECONDS} ms:\n${output}`)), STARTUP_TIMEOUT_MILLISECONDS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /^Stroomlijn: (http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve-web exited with ${String(code)} before listening:\n${output}`));
    });
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolveStop) => {
        if (child.exitCode !== null) return resolveStop();
        child.once('exit', () => resolveStop());
        child.kill('SIGTERM');
      }),
  };
}
