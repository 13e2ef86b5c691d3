/** How long the print frame stays after print() returned (some browsers return before printing starts). */
const REMOVE_DELAY_MILLISECONDS = 60_000;

/**
 * The browser build's PDF: the plan HTML in a hidden same-origin frame (srcdoc: no URL, no
 * request; the page's CSP still applies, and the plan has no script), then Chromium's own
 * print dialog, where the user picks "Save as PDF". The plan's @page rules give A4 with
 * landscape pages for the maps, exactly as Electron's printToPDF.
 */
export function printHtmlInBrowser(html: string, document: Document = window.document): Promise<void> {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden';
  frame.dataset.testid = 'plan-print-frame';
  return new Promise<void>((resolve, reject) => {
    frame.addEventListener(
      'load',
      () => {
        const view = frame.contentWindow;
        if (view === null) {
          frame.remove();
          reject(new Error('The print frame did not open'));
          return;
        }
        view.focus();
        view.print();
        setTimeout(() => frame.remove(), REMOVE_DELAY_MILLISECONDS);
        resolve();
      },
      { once: true },
    );
    frame.srcdoc = html;
    document.body.append(frame);
  });
}
