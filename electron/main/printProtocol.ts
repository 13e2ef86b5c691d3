import { randomUUID } from 'node:crypto';

/**
 * Where the PDF print window gets the plan's HTML from: a custom
 * protocol of its own session, serving pages from memory. Not a file:// URL — the
 * session's request filter blocks file: (so PDF export failed in the desktop app), and
 * allowing file: would let a hostile plan read local files — and not a data: URL, which
 * Chromium limits to 2 MB (a plan with maps is larger).
 *
 * The page may load nothing: its CSP allows only inline styles and embedded (data:)
 * images, no script, no fonts, no frames; the print session's filter lets through only
 * this page and data: URLs, so even a bug in escaping could not fetch or read anything.
 */
export const PRINT_SCHEME = 'stroomlijn-print';
export const PRINT_HOST = 'plan';
/** In-memory partition (no "persist:"): nothing of a print outlives the app. */
export const PRINT_PARTITION = 'stroomlijn-print';
export const PRINT_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export interface PrintPages {
  /** Serves `html` until removed; returns its URL. */
  add(html: string): string;
  remove(url: string): void;
  /** The protocol handler: GET of a page that is being printed, else 404/405. */
  handle(request: Request): Response;
  readonly size: number;
}

function tokenOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== `${PRINT_SCHEME}:` || parsed.host !== PRINT_HOST) return null;
    const token = parsed.pathname.replace(/^\/+/, '');
    return /^[0-9a-f-]{36}$/.test(token) ? token : null;
  } catch {
    return null;
  }
}

export function createPrintPages(): PrintPages {
  const pages = new Map<string, string>();
  return {
    add(html) {
      const token = randomUUID();
      pages.set(token, html);
      return `${PRINT_SCHEME}://${PRINT_HOST}/${token}`;
    },
    remove(url) {
      const token = tokenOf(url);
      if (token !== null) pages.delete(token);
    },
    handle(request) {
      if (request.method !== 'GET') return new Response('Method Not Allowed', { status: 405 });
      const token = tokenOf(request.url);
      const html = token === null ? undefined : pages.get(token);
      if (html === undefined) return new Response('Not Found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
      return new Response(html, {
        status: 200,
        headers: {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': PRINT_PAGE_CSP,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
        },
      });
    },
    get size() {
      return pages.size;
    },
  };
}

/** What the print session may load: its own pages and the data: images inside them. */
export function isAllowedPrintRequestUrl(url: string): boolean {
  if (url.startsWith('data:')) return true;
  return tokenOf(url) !== null;
}

/** The parts of a Session the print hardening touches. */
export interface PrintSession {
  protocol: { handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void };
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
  };
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
}

/** Serves the print pages in the print session and blocks every other request and permission. */
export function hardenPrintSession(session: PrintSession, pages: PrintPages): void {
  session.protocol.handle(PRINT_SCHEME, (request) => pages.handle(request));
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedPrintRequestUrl(details.url) }));
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
