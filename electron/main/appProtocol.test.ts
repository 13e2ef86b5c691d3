import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, mimeTypeFor, resolveRequestPath } from './appProtocol';
import { contentSecurityPolicy } from './contentSecurityPolicy';

let root: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(async () => {
  const parent = await mkdtemp(join(tmpdir(), 'stroomlijn-protocol-'));
  root = join(parent, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Stroomlijn</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(parent, 'secret.txt'), 'not for the renderer');
  handle = createAppProtocolHandler({ rootDirectory: root, readFile: (path) => readFile(path) });
});

afterAll(async () => {
  await rm(join(root, '..'), { recursive: true, force: true });
});

describe('app:// protocol handler', () => {
  it('serves index.html for the root with the CSP header', async () => {
    const response = await handle(new Request('app://stroomlijn/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy('header'));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Stroomlijn</title>');
  });

  it('serves scripts as JavaScript modules', async () => {
    const response = await handle(new Request('app://stroomlijn/assets/index-abc.js'));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it.each([
    'app://stroomlijn/../secret.txt',
    'app://stroomlijn/%2e%2e/secret.txt',
    'app://stroomlijn/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://stroomlijn/..%5csecret.txt',
    'app://stroomlijn/missing.js',
    'app://other/index.html',
  ])('refuses %s', async (url) => {
    const response = await handle(new Request(url));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('not for the renderer');
  });

  it('refuses anything but GET and HEAD', async () => {
    expect((await handle(new Request('app://stroomlijn/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    const head = await handle(new Request('app://stroomlijn/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('keeps resolved paths inside the root', () => {
    expect(resolveRequestPath('/srv/app', 'app://stroomlijn/assets/a.css')).toBe('/srv/app/assets/a.css');
    expect(resolveRequestPath('/srv/app', 'app://stroomlijn/%00.js')).toBeNull();
    expect(resolveRequestPath('/srv/app', 'app://stroomlijn/%E0%A4%A')).toBeNull();
  });

  it('knows the MIME types the renderer needs', () => {
    expect(mimeTypeFor('a.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('a.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('a.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});
