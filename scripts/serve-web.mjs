#!/usr/bin/env node
// Serves the browser build (dist-web/) on http://127.0.0.1:<port>, building it first when
// it is missing or older than the sources. Usage:
//   node scripts/serve-web.mjs [--port 4173] [--host 127.0.0.1] [--dir dist-web] [--build-if-stale]
// --port 0 picks a free port. The first line on stdout is always "Stroomlijn: <url>".
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const projectRoot = resolve(import.meta.dirname, '..');

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.stroomlijn': 'application/json; charset=utf-8',
};

export function mimeTypeFor(filePath) {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** The file a URL path names inside root, or null when it escapes root or is malformed. */
export function resolveInside(root, urlPath) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(urlPath, 'http://localhost').pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  const filePath = resolve(root, `.${relative}`);
  return filePath.startsWith(root + sep) ? filePath : null;
}

/**
 * The header CSP the web build wrote next to itself (vite.web.config.ts); a build without
 * it still gets a policy that forbids framing and everything from elsewhere.
 */
export function contentSecurityPolicyOf(rootDirectory) {
  try {
    return readFileSync(join(rootDirectory, 'content-security-policy.txt'), 'utf8').trim();
  } catch {
    return "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
  }
}

/** Starts the static server; resolves with the server and its URL once it listens. */
export function startStaticServer({ root, host = '127.0.0.1', port = 0 }) {
  const rootDirectory = resolve(root);
  const policy = contentSecurityPolicyOf(rootDirectory);
  const server = createServer((request, response) => {
    // The app's CSP as a header on every answer: with frame-ancestors 'none', so no other
    // site can put the app in a frame (clickjacking); a <meta> tag cannot say that.
    response.setHeader('Content-Security-Policy', policy);
    response.setHeader('X-Frame-Options', 'DENY');
    const send = (status, text) => {
      response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
      response.end(request.method === 'HEAD' ? undefined : text);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'Method Not Allowed');
    const filePath = resolveInside(rootDirectory, request.url ?? '/');
    if (filePath === null) return send(404, 'Not Found');
    let stats;
    try {
      stats = statSync(filePath);
    } catch {
      return send(404, 'Not Found');
    }
    if (!stats.isFile()) return send(404, 'Not Found');
    response.writeHead(200, {
      'Content-Type': mimeTypeFor(filePath),
      'Content-Length': stats.size,
      'X-Content-Type-Options': 'nosniff',
      // Hashed assets could be cached forever; index.html must not be.
      'Cache-Control': filePath.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (request.method === 'HEAD') return response.end();
    createReadStream(filePath).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const url = `http://${host}:${typeof address === 'object' && address !== null ? address.port : port}/`;
      resolvePromise({ server, url });
    });
  });
}

function newestModification(paths) {
  let newest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stats = statSync(path);
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'node_modules') visit(join(path, entry));
    } else newest = Math.max(newest, stats.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

/** dist-web is stale when a source file or build config changed after its index.html. */
function isBuildStale(directory) {
  const index = join(directory, 'index.html');
  if (!existsSync(index)) return true;
  const sources = ['renderer', 'shared', 'fixtures', 'package.json', 'vite.web.config.ts', 'vite.common.config.ts', 'electron/main/contentSecurityPolicy.ts'];
  return newestModification(sources.map((source) => join(projectRoot, source))) > statSync(index).mtimeMs;
}

function buildWeb() {
  console.error('Stroomlijn: building the browser version (npm run build:web)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build:web'], { cwd: projectRoot, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4173' },
      host: { type: 'string', default: '127.0.0.1' },
      dir: { type: 'string', default: 'dist-web' },
      'build-if-stale': { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Stroomlijn: --port must be a whole number 0–65535, got "${values.port}"`);
    process.exit(2);
  }
  const directory = resolve(projectRoot, values.dir);
  if (values['build-if-stale'] && isBuildStale(directory)) buildWeb();
  if (!existsSync(join(directory, 'index.html'))) {
    console.error(`Stroomlijn: ${directory} has no index.html; run \`npm run build:web\` first (or \`npm run web\`).`);
    process.exit(1);
  }
  try {
    const { server, url } = await startStaticServer({ root: directory, host: values.host, port });
    console.log(`Stroomlijn: ${url}`);
    const stop = () => server.close(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    console.error(`Stroomlijn: cannot listen on ${values.host}:${port}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
