import { z } from '../../shared/model/zodConfig';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Normal (not maximized) bounds and the maximized flag, as remembered between runs. */
export const windowStateSchema = z.object({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;
export const MINIMUM_WINDOW_SIZE = { width: 800, height: 560 } as const;
/** How much of the window must overlap a display to count as reachable (title bar + a bit). */
const MINIMUM_VISIBLE = { width: 160, height: 80 } as const;

/** Bounds for a new window: x/y absent means "let Electron centre it". */
export interface WindowPlacement {
  bounds: { width: number; height: number; x?: number; y?: number };
  maximized: boolean;
}

/**
 * Where to open the window, given what was saved (untrusted: the settings file may be
 * edited or stale) and the work areas of the connected displays (primary first).
 * A window that would be off-screen (display unplugged) opens centred on the primary
 * display; one that is larger than its display is shrunk and pulled inside it.
 */
export function resolveWindowPlacement(saved: unknown, workAreas: readonly Rectangle[]): WindowPlacement {
  const primary = workAreas[0];
  const parsed = windowStateSchema.safeParse(saved);
  if (!parsed.success || primary === undefined) {
    return { bounds: primary === undefined ? { ...DEFAULT_WINDOW_SIZE } : fitSize(DEFAULT_WINDOW_SIZE, primary), maximized: false };
  }
  const state = parsed.data;
  const display = bestOverlappingDisplay(state, workAreas);
  if (display === null) return { bounds: fitSize(state, primary), maximized: state.maximized };
  const size = fitSize(state, display);
  return {
    bounds: {
      ...size,
      x: clamp(state.x, display.x, display.x + display.width - size.width),
      y: clamp(state.y, display.y, display.y + display.height - size.height),
    },
    maximized: state.maximized,
  };
}

function fitSize(size: { width: number; height: number }, area: Rectangle): { width: number; height: number } {
  return {
    width: clamp(size.width, Math.min(MINIMUM_WINDOW_SIZE.width, area.width), area.width),
    height: clamp(size.height, Math.min(MINIMUM_WINDOW_SIZE.height, area.height), area.height),
  };
}

/** The display the window overlaps most, or null when no overlap is large enough to grab it. */
function bestOverlappingDisplay(window: Rectangle, workAreas: readonly Rectangle[]): Rectangle | null {
  let best: Rectangle | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const overlapWidth = Math.min(window.x + window.width, area.x + area.width) - Math.max(window.x, area.x);
    const overlapHeight = Math.min(window.y + window.height, area.y + area.height) - Math.max(window.y, area.y);
    if (overlapWidth < MINIMUM_VISIBLE.width || overlapHeight < MINIMUM_VISIBLE.height) continue;
    if (overlapWidth * overlapHeight > bestArea) {
      best = area;
      bestArea = overlapWidth * overlapHeight;
    }
  }
  return best;
}

function clamp(value: number, minimum: number, maximum: number): number {
  return Math.min(Math.max(value, minimum), Math.max(minimum, maximum));
}

/** The parts of a BrowserWindow whose placement is remembered. */
export interface TrackableWindow {
  on(event: 'resize' | 'move' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
}

/**
 * Saves the placement shortly after the user stops moving or resizing, and on close.
 * Returns a function that flushes a pending save.
 */
export function trackWindowState(window: TrackableWindow, save: (state: WindowState) => void, debounceMilliseconds = 500): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const saveNow = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const bounds = window.getNormalBounds();
    const state = windowStateSchema.safeParse({ ...roundRectangle(bounds), maximized: window.isMaximized() });
    if (state.success) save(state.data);
  };
  const scheduleSave = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(saveNow, debounceMilliseconds);
  };
  window.on('resize', scheduleSave);
  window.on('move', scheduleSave);
  window.on('close', saveNow);
  return saveNow;
}

function roundRectangle({ x, y, width, height }: Rectangle): Rectangle {
  return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
}
