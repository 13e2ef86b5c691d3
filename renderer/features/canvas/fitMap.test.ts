import { describe, expect, it } from 'vitest';
import { LANE_HEIGHT_PX } from '../../../shared/layout/geometry';
import { FIT_PADDING, MIN_ZOOM, contentBounds, fitViewport, revealBox } from './fitMap';
import { workedExample } from '../../../shared/layout/testMaps';

describe('contentBounds', () => {
  it('spans every step and annotation, and the lane bands from the top', () => {
    // Steps from x 0 to 880 + 130 (end pill); the kaizen burst at (300, 400) is 130 high.
    expect(contentBounds(workedExample())).toEqual({ x: 0, y: 0, width: 1010, height: 530 });
  });

  it('covers all lanes even when they are empty', () => {
    const state = { ...workedExample(), steps: [], annotations: [] };
    expect(contentBounds(state)).toEqual({ x: 0, y: 0, width: 600, height: 2 * LANE_HEIGHT_PX });
  });
});

describe('fitViewport', () => {
  // A canvas with exactly 1000 × 800 px free inside the padding.
  const view = { width: FIT_PADDING.left + FIT_PADDING.right + 1000, height: FIT_PADDING.top + FIT_PADDING.bottom + 800 };

  it('anchors the map at the top left, after the lane headers', () => {
    const viewport = fitViewport({ x: 0, y: 0, width: 1000, height: 400 }, view);
    expect(viewport).toEqual({ x: FIT_PADDING.left, y: FIT_PADDING.top, zoom: 1 });
  });

  it('zooms out to fit the wider or taller side, within the zoom limits', () => {
    const wide = fitViewport({ x: 100, y: 0, width: 4000, height: 400 }, view);
    expect(wide.zoom).toBeCloseTo(0.25);
    expect(wide.x).toBeCloseTo(FIT_PADDING.left - 25);
    expect(fitViewport({ x: 0, y: 0, width: 400_000, height: 400 }, view).zoom).toBe(MIN_ZOOM);
  });
});

describe('revealBox', () => {
  const view = { width: 1000, height: 600 };
  const viewport = { x: 200, y: 30, zoom: 0.5 };

  it('leaves the view alone when the box is visible', () => {
    expect(revealBox({ x: 100, y: 50, width: 150, height: 100 }, viewport, view)).toBe(viewport);
  });

  it('pans just enough to bring a box beyond the right edge into view, keeping the zoom', () => {
    // Right edge at 200 + (2000 + 150) · 0.5 = 1275 screen px; it must end at 1000 − 32.
    expect(revealBox({ x: 2000, y: 50, width: 150, height: 100 }, viewport, view)).toEqual({ x: 200 - 307, y: 30, zoom: 0.5 });
  });

  it('keeps a box clear of the lane headers on the left and of the top edge', () => {
    expect(revealBox({ x: -400, y: -200, width: 150, height: 100 }, viewport, view)).toEqual({ x: FIT_PADDING.left + 200, y: FIT_PADDING.top + 100, zoom: 0.5 });
  });
});
