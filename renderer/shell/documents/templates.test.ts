// The test runs in Node and compares the bundle with the folder on disk.
// eslint-disable-next-line no-restricted-imports
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from './templates';

describe('bundled templates', () => {
  it('bundles and parses every example map of fixtures/maps', () => {
    const fixtureIds = readdirSync(new URL('../../../fixtures/maps/', import.meta.url))
      .filter((name) => name.endsWith('.stroomlijn'))
      .map((name) => name.replace(/\.stroomlijn$/, ''))
      .sort();
    const templates = loadTemplates();
    expect(fixtureIds.length).toBeGreaterThanOrEqual(6);
    expect(templates.map((template) => template.id).sort()).toEqual(fixtureIds);
    for (const template of templates) expect(template.map.steps.length).toBeGreaterThan(2);
  });

  it('offers every template in both languages: each process as a Dutch and an English map with the same steps and figures', () => {
    const templates = loadTemplates();
    // A translation keeps every id and number; only the words change.
    const fingerprint = (template: (typeof templates)[number]): string =>
      JSON.stringify([
        template.map.settings.casesPerYear,
        template.map.steps.map((step) => [step.id, step.type, step.laneId, step.processTime, step.waitTime, step.completeAccurate]),
        template.map.flows.map((flow) => [flow.id, flow.from, flow.to, flow.probability ?? null, flow.rework]),
      ]);
    const languagesByProcess = new Map<string, string[]>();
    for (const template of templates) languagesByProcess.set(fingerprint(template), [...(languagesByProcess.get(fingerprint(template)) ?? []), template.map.meta.language]);
    for (const [, languages] of languagesByProcess) expect(languages.sort()).toEqual(['en', 'nl']);
    expect(languagesByProcess.size).toBeGreaterThanOrEqual(6);
  });

  it('leaves out a template that does not parse', () => {
    const errors = console.error;
    console.error = () => undefined;
    try {
      expect(loadTemplates({ '/x/broken.stroomlijn': '{ not json' })).toEqual([]);
    } finally {
      console.error = errors;
    }
  });
});
