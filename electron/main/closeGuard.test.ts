import { describe, expect, it, vi } from 'vitest';
import { guardWindowClose, type CloseGuardOptions } from './closeGuard';

function fakeWindow() {
  const listeners: ((event: { preventDefault(): void }) => void)[] = [];
  const window = {
    destroyed: false,
    on: (_name: 'close', listener: (event: { preventDefault(): void }) => void) => listeners.push(listener),
    isDestroyed: () => window.destroyed,
    /** Like BrowserWindow.close(): the window goes unless a 'close' listener prevents it. */
    close: vi.fn(() => {
      let prevented = false;
      for (const listener of listeners) listener({ preventDefault: () => (prevented = true) });
      if (!prevented) window.destroyed = true;
    }),
  };
  return window;
}

function setup(overrides: Partial<CloseGuardOptions> = {}) {
  const window = fakeWindow();
  const options = {
    askPage: vi.fn(),
    pageAnswersCloseRequests: vi.fn(() => true),
    hasUnsavedChanges: vi.fn(() => false),
    confirmDiscardChanges: vi.fn(() => false),
    onCloseApproved: vi.fn(),
    onCloseCancelled: vi.fn(),
    ...overrides,
  };
  const guard = guardWindowClose(window, options);
  return { window, options, guard };
}

describe('guardWindowClose', () => {
  it('holds the close, asks the page once, and closes on yes', () => {
    const { window, options, guard } = setup();
    window.close();
    window.close();
    expect(window.destroyed).toBe(false);
    expect(options.askPage).toHaveBeenCalledOnce();
    guard.answer(true);
    expect(window.destroyed).toBe(true);
    expect(options.onCloseApproved).toHaveBeenCalledWith(true);
    expect(guard.isApproved()).toBe(true);
  });

  it('keeps the window and stops a quit on Cancel, then asks again next time', () => {
    const { window, options, guard } = setup();
    window.close();
    guard.answer(false);
    expect(window.destroyed).toBe(false);
    expect(options.onCloseCancelled).toHaveBeenCalledOnce();
    expect(options.onCloseApproved).not.toHaveBeenCalled();
    window.close();
    expect(options.askPage).toHaveBeenCalledTimes(2);
  });

  it('ignores answers nobody asked for', () => {
    const { window, options, guard } = setup();
    guard.answer(true);
    expect(window.close).not.toHaveBeenCalled();
    expect(options.onCloseApproved).not.toHaveBeenCalled();
  });

  it('asks on its own while the page does not answer, only with unsaved changes', () => {
    const saved = setup({ pageAnswersCloseRequests: () => false });
    saved.window.close();
    expect(saved.window.destroyed).toBe(true);
    expect(saved.options.confirmDiscardChanges).not.toHaveBeenCalled();

    const keep = setup({ pageAnswersCloseRequests: () => false, hasUnsavedChanges: () => true, confirmDiscardChanges: () => false });
    keep.window.close();
    expect(keep.window.destroyed).toBe(false);
    expect(keep.options.onCloseCancelled).toHaveBeenCalledOnce();

    const discard = setup({ pageAnswersCloseRequests: () => false, hasUnsavedChanges: () => true, confirmDiscardChanges: () => true });
    discard.window.close();
    expect(discard.window.destroyed).toBe(true);
    expect(discard.options.onCloseApproved).toHaveBeenCalledWith(true);
  });

  it('closes a window whose page died while asked, without calling that an agreement', () => {
    const { window, options, guard } = setup();
    window.close();
    guard.pageGone();
    expect(window.destroyed).toBe(true);
    expect(options.onCloseApproved).toHaveBeenCalledWith(false);
  });

  it('after the page died, a close with unsaved changes asks main\'s own question', () => {
    const { window, options, guard } = setup({ hasUnsavedChanges: () => true, confirmDiscardChanges: vi.fn(() => true) });
    guard.pageGone();
    window.close();
    expect(options.askPage).not.toHaveBeenCalled();
    expect(options.confirmDiscardChanges).toHaveBeenCalledOnce();
    expect(options.onCloseApproved).toHaveBeenCalledWith(false);
  });
});
