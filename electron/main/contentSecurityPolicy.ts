/**
 * The renderer's Content Security Policy, in one place for the Electron session headers,
 * the app:// protocol responses and the <meta> tag both Vite builds inject. Plain module
 * without Electron imports so the build configs can use it.
 *
 * - no 'unsafe-eval' and no inline scripts: only the bundled scripts run;
 * - inline styles are allowed because React Flow positions nodes with style attributes;
 * - data:/blob: images for exported pictures, blob: workers for the layout worker.
 */
const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['worker-src', "'self' blob:"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-src', "'none'"],
];

/** Only honoured in an HTTP header; Chromium logs an error when it appears in a <meta> tag. */
const HEADER_ONLY_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [['frame-ancestors', "'none'"]];

export function contentSecurityPolicy(delivery: 'header' | 'metaTag'): string {
  const directives = delivery === 'header' ? [...DIRECTIVES, ...HEADER_ONLY_DIRECTIVES] : DIRECTIVES;
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** The <meta http-equiv> tag carrying the policy, for index.html. */
export function contentSecurityPolicyMetaTag(): string {
  return `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy('metaTag')}">`;
}
