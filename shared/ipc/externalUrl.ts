/** Where a link may go when it leaves the app (the desktop app and the browser build share this rule). */
const MAX_URL_LENGTH = 2048;
/** Control characters, and the bidi marks, embeddings, overrides and isolates that can make an address read as another. */
// eslint-disable-next-line no-control-regex
const DECEPTIVE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * The address as the user will see it and the browser will get it, or null when it may
 * not leave the app: https (with a host, no user name or password: "https://bank@evil"
 * goes to evil) or mailto (with an address); no control or bidi characters anywhere; the
 * host in punycode (the WHATWG URL parser's own normalisation), so look-alike letters from
 * another script show as what they are.
 */
export function normaliseExternalUrl(input: string): string | null {
  if (input.length > MAX_URL_LENGTH || DECEPTIVE.test(input)) return null;
  let parsed: URL;
  try {
    parsed = new URL(input);
  } catch {
    return null;
  }
  if (parsed.protocol === 'https:') {
    if (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return null;
  } else if (parsed.protocol === 'mailto:') {
    if (!/^[^@\s]+@[^@\s]+$/.test(decodeURIComponent(parsed.pathname))) return null;
  } else {
    return null;
  }
  const href = parsed.href;
  return href.length <= MAX_URL_LENGTH && !DECEPTIVE.test(href) ? href : null;
}
