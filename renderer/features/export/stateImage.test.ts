import { describe, expect, it } from 'vitest';
import { analyseState } from '../../../shared/analysis/analyseMap';
import { currentStateOf } from '../../../shared/improve/futureState';
import { loadFixture } from '../../../tests/unit/planFixtures';
import { renderStateImageSvg } from './stateImage';

describe('the picture of a state', () => {
  it('stacks the heading, the whole map and the timeline, and escapes every text', () => {
    const map = loadFixture('travel-request');
    const hostile = '<script>alert(1)</script> & "quotes"';
    const state = currentStateOf({ ...map, lanes: map.lanes.map((lane, index) => (index === 0 ? { ...lane, name: hostile } : lane)) });
    const analysis = analyseState({ state, settings: map.settings, language: 'en' });
    const image = renderStateImageSvg(state, analysis, { language: 'en', hoursPerDay: map.settings.hoursPerDay, title: 'Current state', heading: `Current state — ${hostile}`, idPrefix: 'current-' });
    expect(image.svg).not.toContain('<script>');
    expect(image.svg).toContain('&lt;script&gt;');
    const nested = [...image.svg.matchAll(/<svg x="0" y="(\d+)"[^>]*width="(\d+)" height="(\d+)"/g)].map((match) => ({ y: Number(match[1]), width: Number(match[2]), height: Number(match[3]) }));
    expect(nested).toHaveLength(2);
    const [mapPart, timelinePart] = nested;
    if (!mapPart || !timelinePart) throw new Error('expected a map and a timeline');
    // The timeline sits below the map; the picture is as wide as its widest part and holds both.
    expect(mapPart.y).toBeGreaterThan(0);
    expect(timelinePart.y).toBeGreaterThanOrEqual(mapPart.y + mapPart.height);
    expect(image.widthPx).toBe(Math.max(mapPart.width, timelinePart.width));
    expect(image.heightPx).toBe(timelinePart.y + timelinePart.height);
    // Every step of the map is drawn in the one picture (not cut into page slices).
    expect(image.svg.match(/<g class="step /g)?.length).toBe(state.steps.length);
  });
});
