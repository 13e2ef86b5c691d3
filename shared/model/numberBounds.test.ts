import { describe, expect, it } from 'vitest';
import { formatCurrency, formatDuration, formatNumber, formatPercent } from '../i18n/format';
import { parseMap } from './parse';
import { MAX_CASES_PER_YEAR, MAX_HOURLY_COST, MAX_MINUTES } from './schema';

/** Issue 12, defect 6: every number of a map is bounded to what a process can mean. */
const BASE = {
  format: 'stroomlijn-map',
  schemaVersion: 2,
  meta: { title: 'Grenzen' },
  settings: { casesPerYear: 100, hoursPerDay: 8, defaultHourlyCost: 45 },
  lanes: [{ id: 'l1', name: 'Secretariaat', hourlyCost: 40 }],
  steps: [
    { id: 's1', type: 'start', laneId: 'l1' },
    { id: 's2', type: 'activity', label: 'Registreren', laneId: 'l1', processTime: 5, waitTime: 10 },
    { id: 's3', type: 'end', laneId: 'l1' },
  ],
  flows: [
    { id: 'f1', from: 's1', to: 's2' },
    { id: 'f2', from: 's2', to: 's3' },
  ],
};

type Edit = (map: typeof BASE & Record<string, unknown>) => void;
const step = (map: typeof BASE): Record<string, unknown> => map.steps[1] as Record<string, unknown>;

describe('number bounds of the file format', () => {
  it('10 years of minutes, 10⁹ cases, 100,000 an hour: written so a reader can check them', () => {
    // 10 years × 366 days × 24 hours × 60 minutes = 5,270,400 minutes.
    expect(MAX_MINUTES).toBe(10 * 366 * 24 * 60);
    expect(MAX_CASES_PER_YEAR).toBe(1e9);
    expect(MAX_HOURLY_COST).toBe(100_000);
  });

  it.each<[string, Edit, RegExp]>([
    ['process time 1e308', (map) => void (step(map).processTime = 1e308), /step "Registreren" \(s2\): the process time must be a number of 5,270,400 or less/i],
    ['wait time just over 10 years', (map) => void (step(map).waitTime = MAX_MINUTES + 1), /the wait time must be a number of 5,270,400 or less/],
    ['batch interval', (map) => void (step(map).batchInterval = 1e12), /the batch interval must be a number of 5,270,400 or less/],
    ['cases per year', (map) => void (map.settings.casesPerYear = 2e9), /Settings: the number of cases per year must be a number of 1,000,000,000 or less/],
    ['default hourly cost', (map) => void (map.settings.defaultHourlyCost = 1e9), /the default hourly cost must be a number of 100,000 or less/],
    ['lane hourly cost', (map) => void ((map.lanes[0] as Record<string, unknown>).hourlyCost = 1e7), /Lane "Secretariaat" \(l1\): the hourly cost must be a number of 100,000 or less/],
    ['lead-time target', (map) => void ((map.settings as Record<string, unknown>).leadTimeTargetMinutes = 1e300), /the lead-time target must be a number of 5,270,400 or less/],
    ['measured median', (map) => void (step(map).measured = { instances: 3, processTimeMedian: 1e200, waitTimeMedian: 1 }), /the measured median process time must be a number of 5,270,400 or less/],
    ['measured instances', (map) => void (step(map).measured = { instances: 1e12, processTimeMedian: 1, waitTimeMedian: 1 }), /the number of measured cases must be a number of 1,000,000,000 or less/],
    ['position', (map) => void (step(map).position = { x: 1e300, y: 0 }), /the horizontal position must be a number of 10,000,000 or less/],
    ['goal target', (map) => void (map.goal = { text: '', targets: [{ metric: 'annualCost', value: 1e300 }] }), /the value must be a number of 1,000,000,000,000 or less/i],
  ])('refuses %s, naming the field', (_name, edit, message) => {
    const map = structuredClone(BASE) as typeof BASE & Record<string, unknown>;
    edit(map);
    const result = parseMap(JSON.stringify(map), { language: 'en' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.message).join('\n')).toMatch(message);
  });

  it('says the same in Dutch', () => {
    const map = structuredClone(BASE);
    step(map).processTime = 1e308;
    const result = parseMap(JSON.stringify(map), { language: 'nl' });
    expect(!result.ok && result.problems[0]?.message).toMatch(/de bewerkingstijd moet een getal van 5\.270\.400 of minder zijn/);
  });

  it('opens a map with every number at its bound', () => {
    const map = structuredClone(BASE) as typeof BASE & Record<string, unknown>;
    Object.assign(step(map), { processTime: MAX_MINUTES, waitTime: MAX_MINUTES, batchInterval: MAX_MINUTES });
    Object.assign(map.settings, { casesPerYear: MAX_CASES_PER_YEAR, defaultHourlyCost: MAX_HOURLY_COST, hoursPerDay: 24 });
    expect(parseMap(JSON.stringify(map)).ok).toBe(true);
  });
});

describe('no NaN or ∞ on a screen or in a document', () => {
  const hostile = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e308, -1e308, -0];
  const broken = /NaN|∞|Infinity|undefined/;
  it.each(['nl', 'en'] as const)('every formatter of shared/i18n/format.ts (%s)', (language) => {
    for (const value of hostile) {
      const outputs = [
        formatNumber(value, language),
        formatPercent(value, language),
        formatCurrency(value, 'EUR', language),
        formatDuration(value, 8, language),
        formatDuration(60, value, language),
        formatDuration(value, value, language),
      ];
      for (const output of outputs) expect(output, `${value} → ${output}`).not.toMatch(broken);
    }
  });
});

describe('the plan of a map with every number at its bound', () => {
  it('shows no NaN, ∞ or Infinity in Markdown, HTML or the drawings', async () => {
    const { buildPlanContent } = await import('../plan/content');
    const { renderPlanMarkdown } = await import('../plan/markdown');
    const { renderPlanHtml } = await import('../plan/html');
    const map = structuredClone(BASE) as typeof BASE & Record<string, unknown>;
    Object.assign(step(map), { processTime: MAX_MINUTES, waitTime: MAX_MINUTES, batchInterval: MAX_MINUTES });
    Object.assign(map.settings, { casesPerYear: MAX_CASES_PER_YEAR, defaultHourlyCost: MAX_HOURLY_COST, hoursPerDay: 0.01 });
    (map.lanes[0] as Record<string, unknown>).hourlyCost = MAX_HOURLY_COST;
    const parsed = parseMap(JSON.stringify(map));
    if (!parsed.ok) throw new Error(parsed.problems[0]?.message);
    for (const language of ['nl', 'en'] as const) {
      const plan = buildPlanContent(parsed.map, { language, generatedAt: '2026-11-26T09:00:00Z' });
      expect(renderPlanMarkdown(plan, { imageHref: () => null })).not.toMatch(/NaN|∞|Infinity/);
      expect(renderPlanHtml(plan)).not.toMatch(/NaN|∞|Infinity/);
    }
  });
});
