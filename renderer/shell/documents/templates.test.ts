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
