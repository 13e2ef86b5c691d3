import { describe, expect, it, vi } from 'vitest';
import { printPlanToPdfRequestSchema } from '../../shared/ipc/contract';
import { createPlanPdfPrinter, type PrintWindow } from './planPdf';
import { createPrintPages } from './printProtocol';

const fake = vi.hoisted(() => {
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = [];
    readonly handlers = new Map<string, (event: { preventDefault(): void }) => void>();
    openHandler: (() => { action: string }) | null = null;
    readonly webContents = {
      setWindowOpenHandler: (handler: () => { action: string }) => {
        this.openHandler = handler;
      },
      on: (name: string, handler: (event: { preventDefault(): void }) => void) => this.handlers.set(name, handler),
    };
    constructor(readonly options: { show?: boolean; webPreferences?: Record<string, unknown> }) {
      FakeBrowserWindow.created.push(this);
    }
  }
  return { FakeBrowserWindow };
});
vi.mock('electron', () => ({ BrowserWindow: fake.FakeBrowserWindow, screen: {} }));
const { openPrintWindow } = await import('./windows');

const PDF_BYTES = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);

function setup(overrides: { print?: () => Promise<Uint8Array>; load?: () => Promise<void>; timeoutMilliseconds?: number } = {}) {
  const pages = createPrintPages();
  const served: string[] = [];
  let destroyed = false;
  const printToPDF = vi.fn(overrides.print ?? (() => Promise.resolve(PDF_BYTES)));
  // Loading fetches the page the way the print window does, through the protocol handler.
  const loadURL = vi.fn(async (url: string) => {
    served.push(await pages.handle(new Request(url)).text());
    await (overrides.load ?? (() => Promise.resolve()))();
  });
  const window: PrintWindow = {
    loadURL,
    webContents: { printToPDF },
    destroy: () => {
      destroyed = true;
    },
    isDestroyed: () => destroyed,
  };
  const print = createPlanPdfPrinter({
    openWindow: () => window,
    pages,
    ...(overrides.timeoutMilliseconds === undefined ? {} : { timeoutMilliseconds: overrides.timeoutMilliseconds }),
  });
  return { print, pages, served, printToPDF, loadURL, isDestroyed: () => destroyed };
}

describe('printing the plan to PDF', () => {
  it('serves the HTML from memory on the print protocol (no file), prints A4 with the page CSS and cleans up', async () => {
    const { print, pages, served, printToPDF, loadURL, isDestroyed } = setup();
    const html = '<!doctype html><title>Plan</title><h1>Samenvatting</h1>';
    const result = await print({ html });
    expect(result).toEqual({ ok: true, pdf: PDF_BYTES });
    expect(loadURL).toHaveBeenCalledWith(expect.stringMatching(/^stroomlijn-print:\/\/plan\/[0-9a-f-]{36}$/));
    expect(served).toEqual([html]);
    expect(printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(isDestroyed()).toBe(true);
    expect(pages.size).toBe(0);
  });

  it('answers failed (and still cleans up) when printing fails or hangs', async () => {
    const failing = setup({ print: () => Promise.reject(new Error('Printing failed')) });
    expect(await failing.print({ html: '<p>x</p>' })).toEqual({ ok: false, reason: 'failed', message: 'Printing failed' });
    expect(failing.isDestroyed()).toBe(true);
    expect(failing.pages.size).toBe(0);

    const hanging = setup({ load: () => new Promise<void>(() => undefined), timeoutMilliseconds: 20 });
    const result = await hanging.print({ html: '<p>x</p>' });
    expect(result).toMatchObject({ ok: false, reason: 'failed' });
    expect(hanging.isDestroyed()).toBe(true);
    expect(hanging.pages.size).toBe(0);
  });

  it('accepts only an object with a non-empty html string', () => {
    expect(printPlanToPdfRequestSchema.safeParse({ html: '<p>x</p>' }).success).toBe(true);
    for (const payload of [{ html: '' }, '<p>x</p>', { html: '<p>x</p>', url: 'https://example.com/' }, { html: 42 }, null]) {
      expect(printPlanToPdfRequestSchema.safeParse(payload).success, JSON.stringify(payload)).toBe(false);
    }
  });
});

describe('the print window', () => {
  it('is hidden, sandboxed, isolated, without JavaScript, Node or a preload, and opens nothing', () => {
    openPrintWindow();
    const window = fake.FakeBrowserWindow.created.at(-1);
    if (window === undefined) throw new Error('no window created');
    expect(window.options.show).toBe(false);
    const preferences = window.options.webPreferences ?? {};
    expect(preferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(preferences).not.toHaveProperty('preload');
    // Its own in-memory session: the print protocol and the strict request filter live there.
    expect(preferences.partition).toBe('stroomlijn-print');
    expect(window.openHandler?.()).toEqual({ action: 'deny' });
    const navigation = { preventDefault: vi.fn() };
    window.handlers.get('will-navigate')?.(navigation);
    expect(navigation.preventDefault).toHaveBeenCalled();
  });
});
