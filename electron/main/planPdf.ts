import type { PrintPlanToPdfRequest, PrintPlanToPdfResult } from '../../shared/ipc/contract';

/** What printing needs of a BrowserWindow; windows.ts openPrintWindow gives the real one. */
export interface PrintWindow {
  loadFile(path: string): Promise<void>;
  webContents: {
    printToPDF(options: { pageSize: 'A4'; printBackground: boolean; preferCSSPageSize: boolean }): Promise<Uint8Array>;
  };
  destroy(): void;
  isDestroyed(): boolean;
}

/** The temporary HTML file the print window loads; node:fs/promises + node:os satisfy it. */
export interface PrintFiles {
  /** A new private folder for this print (fs.mkdtemp under the system's temp folder). */
  makeTemporaryFolder(): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
  removeFolder(path: string): Promise<void>;
}

export interface PlanPdfPrinterOptions {
  openWindow: () => PrintWindow;
  files: PrintFiles;
  join: (...parts: string[]) => string;
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
 * build's print dialog uses. The HTML goes through a temporary file (a data: URL is
 * limited to 2 MB, a plan with maps is larger), loaded into a hidden window without
 * JavaScript; the page's own @page rules pick portrait or landscape per section
 * (preferCSSPageSize). The window and the file are removed afterwards, also on failure.
 */
export function createPlanPdfPrinter(options: PlanPdfPrinterOptions): (request: PrintPlanToPdfRequest) => Promise<PrintPlanToPdfResult> {
  const timeout = options.timeoutMilliseconds ?? DEFAULT_TIMEOUT_MILLISECONDS;
  return async (request) => {
    let folder: string | null = null;
    let window: PrintWindow | null = null;
    try {
      folder = await options.files.makeTemporaryFolder();
      const path = options.join(folder, 'plan.html');
      await options.files.writeFile(path, request.html);
      window = options.openWindow();
      const printing = window;
      const pdf = await withTimeout(
        printing.loadFile(path).then(() => printing.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true })),
        timeout,
      );
      return { ok: true, pdf: new Uint8Array(pdf) };
    } catch (error) {
      return { ok: false, reason: 'failed', message: (error instanceof Error ? error.message : String(error)).slice(0, 2000) };
    } finally {
      if (window !== null && !window.isDestroyed()) window.destroy();
      if (folder !== null) await options.files.removeFolder(folder).catch(() => undefined);
    }
  };
}
