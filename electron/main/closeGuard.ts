/** The parts of a BrowserWindow the close guard needs. */
export interface GuardedWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}

export interface CloseGuardOptions {
  /** Sends the close request to the page (the onCloseRequest event of the IPC table). */
  askPage(): void;
  /** True once the page subscribed to close requests (bridge.onCloseRequest). */
  pageAnswersCloseRequests(): boolean;
  /** The unsaved marker the page last reported with setDocumentTitle. */
  hasUnsavedChanges(): boolean;
  /**
   * Main's own Close anyway / Keep editing dialog, used only while the page does not answer
   * close requests itself (it never subscribed, or it crashed). True closes.
   */
  confirmDiscardChanges(): boolean;
  /** The window may close; `pageAgreed` is false when it closes because its page is gone. */
  onCloseApproved(pageAgreed: boolean): void;
  /** The user chose Cancel: the window stays, and a quit in progress stops. */
  onCloseCancelled(): void;
}

export interface CloseGuard {
  /** The page's answer (answerCloseRequest). Ignored when no request is open. */
  answer(allowed: boolean): void;
  /** The page crashed or was killed: stop waiting for it. */
  pageGone(): void;
  /** True once closing was agreed; the page's beforeunload must not stop it then. */
  isApproved(): boolean;
}

/**
 * Closing a window with unsaved changes (VS Code's model): main holds the close, asks the
 * page, and the page shows Save / Don't save / Cancel; Cancel vetoes. The page owns the
 * dirty state, so main asks even when the title says saved.
 */
export function guardWindowClose(window: GuardedWindow, options: CloseGuardOptions): CloseGuard {
  let approved = false;
  let waitingForPage = false;
  let pageIsGone = false;

  const approve = (pageAgreed: boolean) => {
    approved = true;
    waitingForPage = false;
    options.onCloseApproved(pageAgreed);
    if (!window.isDestroyed()) window.close();
  };

  window.on('close', (event) => {
    if (approved) return;
    if (!pageIsGone && options.pageAnswersCloseRequests()) {
      event.preventDefault();
      if (waitingForPage) return;
      waitingForPage = true;
      options.askPage();
      return;
    }
    if (!options.hasUnsavedChanges() || options.confirmDiscardChanges()) {
      // Let this very close go through.
      approved = true;
      options.onCloseApproved(!pageIsGone);
      return;
    }
    event.preventDefault();
    options.onCloseCancelled();
  });

  return {
    answer(allowed) {
      if (!waitingForPage) return;
      waitingForPage = false;
      if (allowed) approve(true);
      else options.onCloseCancelled();
    },
    pageGone() {
      pageIsGone = true;
      // The user already asked to close; a dead page cannot answer.
      if (waitingForPage) approve(false);
    },
    isApproved: () => approved,
  };
}
