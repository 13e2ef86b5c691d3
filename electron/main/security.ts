import type { Session, WebContents } from 'electron';
import { contentSecurityPolicy } from './contentSecurityPolicy';

/** The renderer is served from app://stroomlijn/ (never file://), see appProtocol.ts. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'stroomlijn';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The privileges app:// needs to behave like an https origin (modules, fetch, workers). */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  // Vite emits <script type="module" crossorigin>: module scripts and workers are CORS requests.
  corsEnabled: true,
  codeCache: true,
} as const;

/** True for a URL of our own renderer (app://stroomlijn/…). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    // URL.origin is "null" for non-special schemes under Node, so compare the parts.
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The parts of Electron's WebFrameMain the sender check needs. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * IPC is only answered for the top-level frame of our own renderer: a frame that was
 * navigated elsewhere, an iframe or a destroyed frame (null) is refused.
 */
export function isTrustedSenderFrame(frame: SenderFrame | null | undefined): boolean {
  return frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url);
}

/** The parts of a Session the hardening touches. */
export type HardenableSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'webRequest'
>;

/** Schemes the renderer may load from; it never needs the network or local files. */
const ALLOWED_REQUEST_SCHEMES = new Set([`${APP_SCHEME}:`, 'data:', 'blob:', 'devtools:', 'chrome-extension:']);

export function isAllowedRequestUrl(url: string): boolean {
  try {
    return ALLOWED_REQUEST_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * Denies every permission (camera, notifications, clipboard-read, …), blocks every request
 * that leaves the app (http, https, ws, file) and adds the CSP header to every response.
 */
export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [contentSecurityPolicy('header')],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
}

/** The parts of WebContents the hardening touches. */
export type HardenableWebContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * No navigation away from the loaded page (a dropped file or a link would replace the app
 * with content that then gets our preload), no new windows, no webviews.
 */
export function hardenWebContents(contents: HardenableWebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
