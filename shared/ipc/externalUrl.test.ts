import { describe, expect, it } from 'vitest';
import { normaliseExternalUrl } from './externalUrl';

/** The user sees and opens the parsed, normalised address only (desktop app and browser build alike). */
describe('external links', () => {
  it.each([
    ['https://example.org/handleiding', 'https://example.org/handleiding'],
    ['HTTPS://Example.ORG:443/a/../b?x=1#deel', 'https://example.org/b?x=1#deel'],
    // An internationalised host is shown and opened as punycode: no look-alike letters.
    ['https://bücher.example/', 'https://xn--bcher-kva.example/'],
    ['https://раураl.com/', 'https://xn--l-7sba6dbr.com/'],
    ['mailto:secretariaat@example.org?subject=Verbeterplan', 'mailto:secretariaat@example.org?subject=Verbeterplan'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseExternalUrl(input)).toBe(expected);
  });

  it.each([
    ['http, not https', 'http://example.org/'],
    ['file', 'file:///etc/passwd'],
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['an app page', 'app://stroomlijn/index.html'],
    ['user info (who is the host?)', 'https://example.org@evil.example/'],
    ['a password', 'https://user:secret@example.org/'],
    ['a bidi override', 'https://example.org/\u202Efdp.exe'],
    ['a bidi isolate in the host', 'https://exa\u2066mple.org/'],
    ['a control character', 'https://example.org/\u0000'],
    ['a line break', 'https://example.org/\nx'],
    ['a mailto with no address', 'mailto:'],
    ['not a URL', 'example.org'],
    ['too long', `https://example.org/${'a'.repeat(3000)}`],
  ])('refuses %s', (_name, input) => {
    expect(normaliseExternalUrl(input)).toBeNull();
  });
});
