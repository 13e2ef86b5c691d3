import { describe, expect, it } from 'vitest';
import { rasterizeSvg } from '../../shared/cli/rasterizeSvg';
import { discoverTestLog } from '../../shared/discovery/testLog';
import { buildPlanContent } from '../../shared/plan/content';
import { planImages } from '../../shared/plan/planImages';

/** Seconds of rendering on a loaded machine: a generous limit, never a timed assertion. */
const SLOW_TEST_TIMEOUT_MS = 120_000;

describe('plan pictures of a wide discovered map', { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  it('render every slice to PNG, also with a flow across all of them', async () => {
    // Twelve activities in a row, and a case that jumps from the first to the last: a flow
    // across every slice of the map picture (resvg once aborted the process on such a flow).
    const activities = 'ABCDEFGHIJKL'.split('');
    const rows = ['case,activity,timestamp'];
    activities.forEach((activity, index) => rows.push(`long,${activity},2024-03-04 ${String(9 + (index >> 1)).padStart(2, '0')}:${index % 2 === 0 ? '00' : '30'}`));
    rows.push('short,A,2024-03-05 09:00', 'short,L,2024-03-05 10:00');
    const { map } = await discoverTestLog(rows.join('\n'));
    const images = planImages(buildPlanContent(map, { language: 'nl', generatedAt: '2026-12-07T10:00:00Z', sourceFileName: 'wide.stroomlijn' })).filter(
      (image) => image.id.startsWith('current-map'),
    );
    expect(images.length).toBeGreaterThan(1);
    for (const image of images) expect((await rasterizeSvg(image.svg ?? '', image.widthPx)).length).toBeGreaterThan(1000);
  });
});
