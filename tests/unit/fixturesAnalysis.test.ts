import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseMap } from '../../shared/analysis/analyseMap';
import { parseMap } from '../../shared/model/parse';
import { serializeMap } from '../../shared/model/serialize';

/**
 * The example maps through the real pipeline: they open without a problem, are saved back
 * byte for byte (so the templates are in the canonical format), and analyse without any
 * warning or error, with findings to talk about.
 */
const MAPS_DIR = join(import.meta.dirname, '../../fixtures/maps');
const fixtureFiles = readdirSync(MAPS_DIR).filter((name) => name.endsWith('.stroomlijn')).sort();
/** An office process takes more than an hour and less than three months from start to end. */
const MIN_LEAD_TIME_MINUTES = 60;
const MAX_LEAD_TIME_MINUTES = 60 * 480;

describe.each(fixtureFiles)('%s through parseMap, serializeMap and analyseMap', (name) => {
  const text = readFileSync(join(MAPS_DIR, name), 'utf8');
  const parsed = parseMap(text);

  it('opens without problems', () => {
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it('is saved back unchanged', () => {
    if (!parsed.ok) throw new Error('refused');
    expect(serializeMap(parsed.map)).toBe(text);
  });

  it('analyses without warnings or errors and with plausible figures', () => {
    if (!parsed.ok) throw new Error('refused');
    const analysis = analyseMap(parsed.map);
    expect(analysis.diagnostics).toEqual([]);
    expect(analysis.metrics).not.toBeNull();
    const leadTimeMinutes = analysis.metrics?.leadTimeMinutes ?? 0;
    expect(leadTimeMinutes).toBeGreaterThan(MIN_LEAD_TIME_MINUTES);
    expect(leadTimeMinutes).toBeLessThan(MAX_LEAD_TIME_MINUTES);
    expect(analysis.metrics?.rolledCompleteAccurate).toBeLessThan(1);
    expect(analysis.steps.every((step) => step.expectedVisits > 0)).toBe(true);
    // Every example should give the user something from each of the main categories.
    const categories = new Set(analysis.findings.map((finding) => finding.category));
    for (const category of ['waiting', 'handoff', 'defects'] as const) expect(categories).toContain(category);
  });
});
