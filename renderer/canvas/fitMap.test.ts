import { describe, expect, it } from 'vitest';
import { LANE_HEIGHT_PX } from './geometry';
import { FIT_PADDING, MIN_ZOOM, contentBounds, fitViewport } from './fitMap';
import { workedExample } from './testMaps';

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
