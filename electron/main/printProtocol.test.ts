import { describe, expect, it } from 'vitest';
import { buildPlanContent } from '../../shared/plan/content';
import { renderPlanHtml } from '../../shared/plan/html';
import { GENERATED_AT, invoicesWithActions } from '../../tests/unit/planFixtures';
import { createPrintPages, hardenPrintSession, isAllowedPrintRequestUrl, PRINT_PAGE_CSP, type PrintSession } from './printProtocol';

/** Issue 12, defect 9: the PDF print window's page and what its session lets it load. */
function fakePrintSession() {
  let filter: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | null = null;
  let handler: ((request: Request) => Response | Promise<Response>) | null = null;
  let permission: ((webContents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  const session: PrintSession = {
    protocol: { handle: (_scheme, registered) => void (handler = registered) },
    webRequest: { onBeforeRequest: (listener) => void (filter = listener) },
    setPermissionRequestHandler: (registered) => void (permission = registered),
    setPermissionCheckHandler: () => undefined,
  };
  const blocked = (url: string): boolean => {
    let cancel: boolean | null = null;
    filter?.({ url }, (response) => (cancel = response.cancel));
    if (cancel === null) throw new Error('the filter did not answer');
    return cancel;
  };
  return { session, blocked, fetch: (url: string) => handler?.(new Request(url)), permission: () => permission };
}

describe('the print session', () => {
  const html = renderPlanHtml(buildPlanContent(invoicesWithActions(), { language: 'nl', generatedAt: GENERATED_AT }));

  it('lets through exactly the print page and the pictures embedded in it, nothing else', async () => {
    const pages = createPrintPages();
    const { session, blocked, fetch } = fakePrintSession();
    hardenPrintSession(session, pages);
    const url = pages.add(html);
    expect(blocked(url)).toBe(false);
    const response = await fetch(url);
    expect(response?.status).toBe(200);
    expect(response?.headers.get('content-security-policy')).toBe(PRINT_PAGE_CSP);
    expect(await response?.text()).toBe(html);
    // Every picture the real plan page asks for is a data: URL, and is let through.
    const sources = [...html.matchAll(/\ssrc="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(sources.length).toBeGreaterThan(2);
    for (const source of sources) expect(blocked(source.replace(/&amp;/g, '&')), source.slice(0, 40)).toBe(false);
    // Everything a hostile page (or a bug in escaping) could try is refused.
    for (const other of [
      'file:///etc/passwd',
      'file:///C:/Users/anna/Documents/facturen.stroomlijn',
      'https://example.org/track.png',
      'http://127.0.0.1:8080/',
      'app://stroomlijn/index.html',
      'stroomlijn-print://plan/../../etc/passwd',
      'stroomlijn-print://other/00000000-0000-0000-0000-000000000000',
      'blob:stroomlijn-print://plan/x',
      'ws://localhost/',
    ]) {
      expect(blocked(other), other).toBe(true);
    }
    // Removed after printing: the page is gone.
    pages.remove(url);
    expect((await fetch(url))?.status).toBe(404);
  });

  it('refuses every permission', () => {
    const { session, permission } = fakePrintSession();
    hardenPrintSession(session, createPrintPages());
    let granted: boolean | null = null;
    permission()?.(null, 'clipboard-read', (answer) => (granted = answer));
    expect(granted).toBe(false);
  });

  it('serves pages only by their random name, only for GET, with a CSP of inline styles and data: images', () => {
    const pages = createPrintPages();
    const url = pages.add('<p>x</p>');
    expect(url).toMatch(/^stroomlijn-print:\/\/plan\/[0-9a-f-]{36}$/);
    expect(pages.handle(new Request(url, { method: 'POST', body: 'x' })).status).toBe(405);
    expect(pages.handle(new Request('stroomlijn-print://plan/00000000-0000-0000-0000-000000000000')).status).toBe(404);
    expect(PRINT_PAGE_CSP).toContain("default-src 'none'");
    expect(PRINT_PAGE_CSP).toContain("style-src 'unsafe-inline'");
    expect(PRINT_PAGE_CSP).toContain('img-src data:');
    expect(PRINT_PAGE_CSP).not.toMatch(/script-src|unsafe-eval|file:|https:/);
    expect(isAllowedPrintRequestUrl(url)).toBe(true);
  });
});
