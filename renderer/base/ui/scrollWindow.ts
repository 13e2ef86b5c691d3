import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** The items of a long list that are (nearly) in view: render `first` up to and including `last`. */
export interface ItemRange {
  first: number;
  /** -1 when there are no items. */
  last: number;
}

/**
 * Which items of a list laid out one after the other overlap the viewport, widened by
 * `overscanPx` on both sides so a short scroll never shows a gap before React catches up.
 * `offsets[i]` is where item i starts and `offsets[n]` where the list ends (n + 1 numbers,
 * ascending). O(log n): a binary search for each end.
 */
export function visibleRange(offsets: readonly number[], scrollPx: number, viewportPx: number, overscanPx: number): ItemRange {
  const count = offsets.length - 1;
  if (count <= 0) return { first: 0, last: -1 };
  const from = scrollPx - overscanPx;
  const to = scrollPx + viewportPx + overscanPx;
  // First item whose end lies after `from`.
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((offsets[middle + 1] ?? 0) <= from) low = middle + 1;
    else high = middle;
  }
  const first = low;
  // Last item that starts before `to`.
  low = first;
  high = count - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((offsets[middle] ?? 0) < to) low = middle;
    else high = middle - 1;
  }
  return { first, last: low };
}

/** Where each item starts, and the end of the last: the running sum of the sizes. */
export function offsetsOf(sizes: readonly number[]): number[] {
  const offsets = new Array<number>(sizes.length + 1);
  let position = 0;
  offsets[0] = 0;
  sizes.forEach((size, index) => {
    position += size;
    offsets[index + 1] = position;
  });
  return offsets;
}

/** The root font size in pixels (1 rem), for lists whose item sizes are set in rem in CSS. */
export function remInPixels(): number {
  if (typeof document === 'undefined') return 16;
  return Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/** Until the element is measured (and when rendering without a DOM, in tests): a wide window. */
const UNMEASURED_VIEWPORT_PX = 2_000;

/**
 * The horizontal scroll position and width of a scrolling element, updated once per frame
 * at most while it scrolls or resizes: what a virtualised list needs to pick its window.
 */
export function useHorizontalViewport(elementRef: RefObject<HTMLElement | null>): { scrollLeftPx: number; widthPx: number } {
  const [viewport, setViewport] = useState({ scrollLeftPx: 0, widthPx: UNMEASURED_VIEWPORT_PX });
  const frame = useRef<number | null>(null);
  const measure = useCallback(() => {
    frame.current = null;
    const element = elementRef.current;
    if (!element) return;
    const next = { scrollLeftPx: element.scrollLeft, widthPx: element.clientWidth || UNMEASURED_VIEWPORT_PX };
    setViewport((previous) => (previous.scrollLeftPx === next.scrollLeftPx && previous.widthPx === next.widthPx ? previous : next));
  }, [elementRef]);
  useEffect(() => {
    const element = elementRef.current;
    if (!element) return undefined;
    const schedule = (): void => {
      if (frame.current === null) frame.current = requestAnimationFrame(measure);
    };
    measure();
    element.addEventListener('scroll', schedule, { passive: true });
    const resizeObserver = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);
    resizeObserver?.observe(element);
    return () => {
      element.removeEventListener('scroll', schedule);
      resizeObserver?.disconnect();
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      frame.current = null;
    };
  }, [elementRef, measure]);
  return viewport;
}
