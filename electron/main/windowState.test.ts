import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_WINDOW_SIZE, resolveWindowPlacement, trackWindowState, type Rectangle, type TrackableWindow } from './windowState';

const laptop: Rectangle = { x: 0, y: 0, width: 1440, height: 875 };
const monitorRight: Rectangle = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('resolveWindowPlacement', () => {
  it('uses the default size, centred by Electron, when nothing valid was saved', () => {
    for (const saved of [undefined, null, 'big', { x: 1, y: 2 }, { x: 0, y: 0, width: -5, height: 700, maximized: false }]) {
      expect(resolveWindowPlacement(saved, [laptop])).toEqual({ bounds: { ...DEFAULT_WINDOW_SIZE }, maximized: false });
    }
  });

  it('restores a placement that fits', () => {
    const saved = { x: 1600, y: 100, width: 1800, height: 1000, maximized: true };
    expect(resolveWindowPlacement(saved, [laptop, monitorRight])).toEqual({ bounds: { x: 1600, y: 100, width: 1800, height: 1000 }, maximized: true });
  });

  it('centres a window whose display was unplugged on the primary display', () => {
    const saved = { x: 1600, y: 100, width: 1800, height: 1000, maximized: false };
    const placement = resolveWindowPlacement(saved, [laptop]);
    expect(placement.bounds).toEqual({ width: 1440, height: 875 });
    expect(placement.bounds.x).toBeUndefined();
  });

  it('treats a sliver on screen as off-screen', () => {
    const saved = { x: 1400, y: 100, width: 900, height: 600, maximized: false };
    expect(resolveWindowPlacement(saved, [laptop]).bounds).toEqual({ width: 900, height: 600 });
  });

  it('shrinks and pulls a window inside the display it mostly covers', () => {
    const saved = { x: -200, y: 500, width: 3000, height: 700, maximized: false };
    expect(resolveWindowPlacement(saved, [laptop]).bounds).toEqual({ x: 0, y: 175, width: 1440, height: 700 });
  });

  it('never goes below the minimum size, nor above a small display', () => {
    expect(resolveWindowPlacement({ x: 10, y: 10, width: 200, height: 100, maximized: false }, [laptop]).bounds).toEqual({ x: 10, y: 10, width: 800, height: 560 });
    const tiny: Rectangle = { x: 0, y: 0, width: 640, height: 480 };
    expect(resolveWindowPlacement({ x: 0, y: 0, width: 1000, height: 900, maximized: false }, [tiny]).bounds).toEqual({ x: 0, y: 0, width: 640, height: 480 });
  });

  it('works with no display information at all', () => {
    expect(resolveWindowPlacement(null, [])).toEqual({ bounds: { ...DEFAULT_WINDOW_SIZE }, maximized: false });
  });
});

describe('trackWindowState', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function fakeWindow() {
    const listeners = new Map<string, () => void>();
    let bounds = { x: 10.4, y: 20.6, width: 1000, height: 700 };
    const window: TrackableWindow = {
      on: (event, listener) => listeners.set(event, listener),
      getNormalBounds: () => bounds,
      isMaximized: () => false,
    };
    return { window, fire: (event: string) => listeners.get(event)?.(), setBounds: (next: typeof bounds) => (bounds = next) };
  }

  it('saves once, shortly after the user stops moving, with whole pixels', () => {
    vi.useFakeTimers();
    const { window, fire } = fakeWindow();
    const save = vi.fn();
    trackWindowState(window, save, 500);
    fire('move');
    vi.advanceTimersByTime(300);
    fire('resize');
    vi.advanceTimersByTime(300);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(save).toHaveBeenCalledExactlyOnceWith({ x: 10, y: 21, width: 1000, height: 700, maximized: false });
  });

  it('saves at once on close and drops the pending save', () => {
    vi.useFakeTimers();
    const { window, fire, setBounds } = fakeWindow();
    const save = vi.fn();
    trackWindowState(window, save, 500);
    fire('resize');
    setBounds({ x: 0, y: 0, width: 900, height: 600 });
    fire('close');
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledExactlyOnceWith({ x: 0, y: 0, width: 900, height: 600, maximized: false });
  });
});
