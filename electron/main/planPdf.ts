import type { PrintPlanToPdfRequest, PrintPlanToPdfResult } from '../../shared/ipc/contract';
import type { PrintPages } from './printProtocol';

/** What printing needs of a BrowserWindow; windows.ts openPrintWindow gives the real one. */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  webContents: {
    printToPDF(options: { pageSize: 'A4'; printBackground: boolean; preferCSSPageSize: boolean }): Promise<Uint8Array>;
  };
  destroy(): void;
  isDestroyed(): boolean;
}

export interface PlanPdfPrinterOptions {
  openWindow: () => PrintWindow;
  /** The in-memory pages the print session serves (printProtocol.ts). */
  pages: Pick<PrintPages, 'add' | 'remove'>;
  /** A plan with dozens of maps prints in a few seconds; a stuck print gives up after this. */
  timeoutMilliseconds?: number;
}

const DEFAULT_TIMEOUT_MILLISECONDS = 60_000;

function withTimeout<T>(promise: Promise<T>, milliseconds: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`ETIMEDOUT: printing took longer than ${milliseconds / 1000} s`)), milliseconds);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * Prints the plan HTML to an A4 PDF with Chromium's print engine, the same one the browser
 * build's print dialog uses. The HTML is served from memory by the print session's own
 * protocol (printProtocol.ts: no file access, a CSP that allows only inline styles and
 * data: images), loaded into a hidden window without JavaScript; the page's own @page rules
 * pick portrait or landscape per section (preferCSSPageSize). The window and the page are
 * removed afterwards, also on failure.
 */
export function createPlanPdfPrinter(options: PlanPdfPrinterOptions): (request: PrintPlanToPdfRequest) => Promise<PrintPlanToPdfResult> {
  const timeout = options.timeoutMilliseconds ?? DEFAULT_TIMEOUT_MILLISECONDS;
  return async (request) => {
    const url = options.pages.add(request.html);
    let window: PrintWindow | null = null;
    try {
      window = options.openWindow();
      const printing = window;
      const pdf = await withTimeout(
        printing.loadURL(url).then(() => printing.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true })),
        timeout,
      );
      return { ok: true, pdf: new Uint8Array(pdf) };
    } catch (error) {
      return { ok: false, reason: 'failed', message: (error instanceof Error ? error.message : String(error)).slice(0, 2000) };
    } finally {
      if (window !== null && !window.isDestroyed()) window.destroy();
      options.pages.remove(url);
    }
  };
}
