import { describe, expect, it } from 'vitest';
import { analyseMap } from '../../shared/analysis/analyseMap';
import { layoutMap } from '../../shared/plan/svg/mapLayout';
import { renderMapSvg } from '../../shared/plan/svg/mapSvg';
import { generateMap } from '../bench/generateMap';

/**
 * How the plan cuts a map into pictures (issue 11 item 11; seen on the new user's walk: an
 * 8-step map came out as a full first part and a second part holding only the last step and
 * the end, its legend cut off).
 */
const ONE_PART_PX = 1100;

function parts(stepCount: number) {
  const map = generateMap({ stepCount, seed: 7 });
  const layout = layoutMap(map);
  const images = renderMapSvg(map, analyseMap(map), { language: 'nl', hoursPerDay: map.settings.hoursPerDay });
  return { layout, images };
}

/** Width of the map content a part shows: its picture minus the 140 px lane names and 24 px margin. */
const contentWidth = (image: { widthPx: number }): number => image.widthPx - 140 - 24;

describe('map pictures in the plan', () => {
  it('keeps a map up to a quarter wider than one part as one picture', () => {
    for (let stepCount = 4; stepCount <= 40; stepCount += 1) {
      const { layout, images } = parts(stepCount);
      if (layout.contentWidthPx <= ONE_PART_PX * 1.25) expect(images, `${stepCount} steps`).toHaveLength(1);
    }
  });

  it('cuts a wider map into even parts: no part under half the widest, every part as wide as its legend', () => {
    let cutMaps = 0;
    for (let stepCount = 4; stepCount <= 40; stepCount += 1) {
      const { images } = parts(stepCount);
      if (images.length < 2) continue;
      cutMaps += 1;
      const widths = images.map(contentWidth);
      expect(Math.min(...widths), `${stepCount} steps: ${widths.join(', ')}`).toBeGreaterThanOrEqual(Math.max(...widths) / 2);
      for (const image of images) {
        // The legend's last entry ("wachtend werk") and the part marker lie inside the picture.
        const legendEnd = Math.max(...[...image.svg.matchAll(/<text x="([\d.]+)"[^>]*>[^<]*wachtend werk/g)].map((match) => Number(match[1])));
        expect(legendEnd).toBeLessThan(image.widthPx - 60);
        expect(image.svg).toMatch(new RegExp(`>${images.indexOf(image) + 1}/${images.length}<`));
      }
    }
    expect(cutMaps).toBeGreaterThan(10);
  });
});
