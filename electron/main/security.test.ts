import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy, contentSecurityPolicyMetaTag } from './contentSecurityPolicy';
import {
  APP_ENTRY_URL,
  hardenSession,
  hardenWebContents,
  isAllowedRequestUrl,
  isTrustedSenderFrame,
  type HardenableSession,
  type HardenableWebContents,
} from './security';


describe('content security policy', () => {
  const header = contentSecurityPolicy('header');
  const directives = new Map(header.split('; ').map((directive) => {
    const [name = '', ...values] = directive.split(' ');
    return [name, values] as const;
  }));

  it('never allows eval or inline scripts', () => {
    expect(header).not.toContain('unsafe-eval');
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
  });
  it('allows inline styles (React Flow), data/blob images and blob workers only', () => {
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(directives.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });
  it('leaves header-only directives out of the meta tag', () => {
    expect(contentSecurityPolicy('metaTag')).not.toContain('frame-ancestors');
    expect(contentSecurityPolicyMetaTag()).toMatch(/^<meta http-equiv="Content-Security-Policy" content="default-src 'self'; [^"]+">$/);
  });
});

describe('isTrustedSenderFrame', () => {
  it('trusts only the top frame of app://stroomlijn', () => {
    expect(isTrustedSenderFrame({ url: APP_ENTRY_URL, parent: null })).toBe(true);
    expect(isTrustedSenderFrame({ url: 'app://stroomlijn/', parent: null })).toBe(true);
  });
  it.each([
    ['a destroyed frame', null],
    ['an iframe of our page', { url: APP_ENTRY_URL, parent: {} }],
    ['a web page', { url: 'https://stroomlijn.example/index.html', parent: null }],
    ['another app host', { url: 'app://evil/index.html', parent: null }],
    ['a local file', { url: 'file:///tmp/index.html', parent: null }],
    ['a look-alike host', { url: 'app://stroomlijn.evil/index.html', parent: null }],
    ['garbage', { url: 'not a url', parent: null }],
  ])('refuses %s', (_name, frame) => {
    expect(isTrustedSenderFrame(frame)).toBe(false);
  });
});

describe('hardenWebContents', () => {
  it('blocks navigation, redirects, webviews and new windows', () => {
    const listeners = new Map<string, (event: { preventDefault(): void }) => void>();
    let openHandler: (() => unknown) | undefined;
    const contents = {
      on: (name: string, listener: (event: { preventDefault(): void }) => void) => listeners.set(name, listener),
      setWindowOpenHandler: (handler: () => unknown) => {
        openHandler = handler;
      },
    } as unknown as HardenableWebContents;
    hardenWebContents(contents);
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() };
      listeners.get(name)?.(event);
      expect(event.preventDefault, name).toHaveBeenCalledOnce();
    }
    expect(openHandler?.()).toEqual({ action: 'deny' });
  });
});

describe('hardenSession', () => {
  function hardenedFakeSession() {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (handler: never) => (handlers.request = handler),
      setPermissionCheckHandler: (handler: never) => (handlers.check = handler),
      setDevicePermissionHandler: (handler: never) => (handlers.device = handler),
      webRequest: {
        onBeforeRequest: (handler: never) => (handlers.beforeRequest = handler),
        onHeadersReceived: (handler: never) => (handlers.headers = handler),
      },
    } as unknown as HardenableSession;
    hardenSession(session);
    return handlers as Record<string, (...args: unknown[]) => unknown>;
  }

  it('denies every permission request and check', () => {
    const handlers = hardenedFakeSession();
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal']) {
      const callback = vi.fn();
      handlers.request?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(handlers.check?.({}, permission, APP_ENTRY_URL, {})).toBe(false);
    }
    expect(handlers.device?.({})).toBe(false);
  });

  it('cancels requests that leave the app and adds the CSP header', () => {
    const handlers = hardenedFakeSession();
    const decide = (url: string) => {
      const callback = vi.fn();
      handlers.beforeRequest?.({ url }, callback);
      return callback.mock.calls[0]?.[0] as { cancel: boolean };
    };
    expect(decide('app://stroomlijn/assets/index.js')).toEqual({ cancel: false });
    expect(decide('data:image/png;base64,AAAA')).toEqual({ cancel: false });
    expect(decide('https://example.com/tracker.js')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
    expect(decide('ws://127.0.0.1:9222')).toEqual({ cancel: true });

    const callback = vi.fn();
    handlers.headers?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [contentSecurityPolicy('header')],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });

  it('classifies request URLs', () => {
    expect(isAllowedRequestUrl('blob:app://stroomlijn/1234')).toBe(true);
    expect(isAllowedRequestUrl('http://localhost:5173/')).toBe(false);
    expect(isAllowedRequestUrl('::')).toBe(false);
  });
});
