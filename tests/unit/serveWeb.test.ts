import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../electron/main/contentSecurityPolicy';
// @ts-expect-error: a plain .mjs script without type declarations
import * as serveWeb from '../../scripts/serve-web.mjs';

const startStaticServer = (serveWeb as { startStaticServer: (options: { root: string; port: number }) => Promise<{ server: Server; url: string }> }).startStaticServer;

/** Issue 12, defect 9: the web build is served with the CSP as a header, framing forbidden. */
const root = mkdtempSync(join(tmpdir(), 'stroomlijn-serve-'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Stroomlijn</title>');
writeFileSync(join(root, 'content-security-policy.txt'), `${contentSecurityPolicy('header')}\n`);
let server: Server | null = null;
afterAll(() => {
  server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('npm run web', () => {
  it("sends the app's CSP with frame-ancestors 'none' on every answer, also a 404", async () => {
    const started = await startStaticServer({ root, port: 0 });
    server = started.server;
    for (const path of ['', 'index.html', 'bestaat-niet.js']) {
      const response = await fetch(`${started.url}${path}`);
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toBe(contentSecurityPolicy('header'));
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("script-src 'self'");
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
  });
});
