import { describe, expect, it } from 'vitest';
import { simulateLeadTimes, type SimulationFigures } from '../analysis/simulate';
import { buildTestInput } from '../analysis/testState';
import { distributionPicture, distributionRows, distributionSentences } from './distributionFigures';
import { createPlanFormat } from './planFormat';

/** domain.md section 3's worked example, every variability 0: a case makes k passes of 136 minutes. */
const input = buildTestInput({
  settings: { leadTimeTargetMinutes: 272 },
  steps: [
    { id: 'start', type: 'start' },
    { id: 'A', processTime: 10 },
    { id: 'B', processTime: 5, waitTime: 120, completeAccurate: 0.8 },
    { id: 'D', type: 'decision', processTime: 1 },
    { id: 'end', type: 'end' },
  ],
  flows: [['start', 'A'], ['A', 'B'], ['B', 'D'], ['D', 'end', { probability: 0.75 }], ['D', 'A', { probability: 0.25, rework: true }]],
});
const figures = simulateLeadTimes(input) as SimulationFigures;
const settings = { hoursPerDay: 8, leadTimeTargetMinutes: 272 };
const format = createPlanFormat({ hoursPerDay: 8, currency: 'EUR' }, 'en');

describe('distribution figures for the plan and the app', () => {
  it('gives the rows with the exact lead time beside the simulated mean, a column per state', () => {
    const rows = distributionRows([{ figures, tone: 'current' }, { figures, tone: 'future' }], settings, format);
    const byLabel = new Map(rows.map(([label, ...values]) => [label, values]));
    // Exact LT = 136 · 4/3 = 181.3 minutes = 0.38 working days of 480 minutes → 0.4.
    expect(byLabel.get('Average lead time, calculated exactly')).toEqual(['0.4 working days', '0.4 working days']);
    // P50 = 136 min = 0.28 days → 0.3; P85 = 272 min = 0.57 → 0.6; P95 = 408 min = 0.85 → 0.9.
    expect(byLabel.get('Half are done within')).toEqual(['0.3 working days', '0.3 working days']);
    expect(byLabel.get('85% are done within')?.[0]).toBe('0.6 working days');
    expect(byLabel.get('95% are done within')?.[0]).toBe('0.9 working days');
    // Within 272 minutes: the cases of one or two passes, P(k ≤ 2) = 0.9375 → about 94 %.
    expect(byLabel.get('Done in time (target 4.5 hours)')?.[0]).toMatch(/^9[34]%$/);
  });

  it('rounds the "done within" rows up, as the sentences do, so the table never promises less', () => {
    // P95 = 27,370 minutes = 57.02 working days of 480: nearest would say 57.0, which is too short.
    // Up to a tenth: 57.1 in the table; the sentence rounds up to whole days from ten on: 58.
    const late = { ...figures, p95Minutes: 27_370 };
    const rows = distributionRows([{ figures: late, tone: 'current' }], settings, format);
    expect(rows.find(([label]) => label === '95% are done within')?.[1]).toBe('57.1 working days');
    expect(distributionSentences(late, settings, format)[2]).toBe('95% of the cases are done within 58 working days.');
  });

  it('says it in sentences, rounded up so nobody is promised too little', () => {
    // 272 minutes is under a working day: said as a duration.
    expect(distributionSentences(figures, settings, format)[0]).toBe('85% of the cases are done within 4.5 hours.');
  });

  it('labels the 85 % marker with the same rounded value as the sentence', () => {
    // P85 = 272 minutes: the sentence says "within 4.5 hours"; the marker must not say 0.6 working days.
    const svg = distributionPicture([{ figures, tone: 'current' }], settings, format, 'caption').svg;
    expect(distributionSentences(figures, settings, format)[0]).toContain('within 4.5 hours');
    expect(svg).toContain('85% done: 4.5 hours');
    // 16.9 working days would be "17 working days" in both (rounded up to whole days from 10 on).
    const longer = { ...figures, p85Minutes: 16.9 * 480 };
    const longerSvg = distributionPicture([{ figures: longer, tone: 'current' }], settings, format, 'caption').svg;
    expect(distributionSentences(longer, settings, format)[0]).toBe('85% of the cases are done within 17 working days.');
    expect(longerSvg).toContain('85% done: 17 working days');
  });

  it('draws the picture at the asked width (narrow for the side panel)', () => {
    expect(distributionPicture([{ figures, tone: 'current' }], settings, format, 'caption').widthPx).toBe(760);
    const narrow = distributionPicture([{ figures, tone: 'current' }], settings, format, 'caption', 400);
    expect(narrow.widthPx).toBe(400);
    expect(narrow.svg).toContain('width="400"');
  });

  it('puts now and after side by side on one scale when asked (the comparison view)', () => {
    const both = [{ figures, tone: 'current' as const }, { figures, tone: 'future' as const }];
    const stacked = distributionPicture(both, settings, format, 'caption', 960);
    const sideBySide = distributionPicture(both, settings, format, 'caption', 960, 'side-by-side');
    // Two panels of (960 − 16) / 2 = 472 px placed at x = 0 and x = 472 + 16 = 488, half as high as stacked.
    expect(sideBySide.svg).toContain('<svg x="0" y="0" xmlns="http://www.w3.org/2000/svg" width="472"');
    expect(sideBySide.svg).toContain('<svg x="488" y="0" xmlns="http://www.w3.org/2000/svg" width="472"');
    expect(sideBySide.heightPx).toBeLessThan(stacked.heightPx);
    // The same share scale in both panels: the top gridline's label appears once per panel with one value.
    const topLabels = [...sideBySide.svg.matchAll(/>(\d+)%<\/tspan>/g)].map((match) => match[1]).filter((value) => value !== '0');
    expect(topLabels.length).toBe(2);
    expect(new Set(topLabels).size).toBe(1);
  });
});
