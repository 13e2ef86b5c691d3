import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMap } from '../model/parse';
import { CURRENT_SCHEMA_VERSION } from '../model/schema';
import { checkMigrationChain, MIGRATIONS, migrateDocument } from './registry';
import type { Migration } from './types';

const legacyDir = new URL('../../fixtures/legacy/', import.meta.url);
const legacyFiles = readdirSync(legacyDir)
  .filter((name) => name.endsWith('.stroomlijn'))
  .map((name) => {
    const text = readFileSync(new URL(name, legacyDir), 'utf8');
    return { name, text, version: (JSON.parse(text) as { schemaVersion: number }).schemaVersion };
  });

/** A made-up chain 1 → 2 → 3 to test the runner while the real chain is still empty. */
const renameTitle: Migration = {
  fromVersion: 1,
  description: 'meta.title becomes meta.name',
  up: (document) => ({ ...document, meta: { name: (document.meta as { title?: unknown } | undefined)?.title } }),
};
const addFlag: Migration = { fromVersion: 2, description: 'adds a flag', up: (document) => ({ ...document, flag: true }) };

describe('migration chain', () => {
  it('is contiguous from version 1 up to the current schema version', () => {
    expect(checkMigrationChain(MIGRATIONS, CURRENT_SCHEMA_VERSION)).toEqual([]);
  });

  it('notices gaps, repeats and a chain that stops short', () => {
    expect(checkMigrationChain([renameTitle, addFlag], 3)).toEqual([]);
    expect(checkMigrationChain([addFlag], 3)).not.toEqual([]);
    expect(checkMigrationChain([renameTitle, renameTitle], 3)).not.toEqual([]);
    expect(checkMigrationChain([renameTitle], 3)).not.toEqual([]);
  });

  it('runs every step in order and sets schemaVersion after each', () => {
    const result = migrateDocument({ schemaVersion: 1, meta: { title: 'Oud' } }, 1, [renameTitle, addFlag], 3);
    expect(result).toEqual({ ok: true, document: { schemaVersion: 3, meta: { name: 'Oud' }, flag: true } });
    expect(migrateDocument({ schemaVersion: 2 }, 2, [renameTitle, addFlag], 3)).toEqual({ ok: true, document: { schemaVersion: 3, flag: true } });
  });

  it('reports a failing or missing step instead of throwing', () => {
    const failing: Migration = { fromVersion: 1, description: 'throws', up: () => { throw new Error('meta is broken'); } };
    expect(migrateDocument({ schemaVersion: 1 }, 1, [failing], 2)).toEqual({ ok: false, failedFromVersion: 1, reason: 'meta is broken' });
    expect(migrateDocument({ schemaVersion: 1 }, 1, [addFlag], 3)).toMatchObject({ ok: false, failedFromVersion: 1 });
  });
});

describe('fixtures/legacy', () => {
  it('has a file for every registered migration (a test must exercise each one)', () => {
    for (const migration of MIGRATIONS) {
      expect(legacyFiles.some((file) => file.version === migration.fromVersion), `no fixtures/legacy file of version ${migration.fromVersion}`).toBe(true);
    }
  });

  it('has at least one version-1 file', () => {
    expect(legacyFiles.some((file) => file.version === 1)).toBe(true);
  });

  for (const file of legacyFiles) {
    it(`opens ${file.name} through the migration path`, () => {
      const result = parseMap(file.text);
      if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
      expect(result.map.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      expect(result.migratedFrom).toBe(file.version < CURRENT_SCHEMA_VERSION ? file.version : undefined);
    });
  }

  it('v1 → v2 changes nothing but the version number (written expected result)', () => {
    const file = legacyFiles.find((candidate) => candidate.name === 'v1-invoices-minimal.stroomlijn');
    const document = JSON.parse(file?.text ?? '{}') as Record<string, unknown>;
    const migrated = migrateDocument(document, 1, MIGRATIONS, 2);
    expect(migrated).toEqual({ ok: true, document: { ...document, schemaVersion: 2 } });
    // The input is left untouched (migrations are pure).
    expect(document.schemaVersion).toBe(1);
    const result = parseMap(file?.text ?? '');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // The fields version 2 adds take their defaults and nothing else changes.
    expect(result.map.settings).toEqual({ casesPerYear: 2400, hoursPerDay: 8, currency: 'EUR', defaultHourlyCost: 45, workdayStart: '09:00' });
    expect(result.map.rootCauses).toEqual([]);
    expect(result.map.goal).toBeUndefined();
    expect(result.map.source).toBeUndefined();
    expect(result.map.steps.every((step) => step.waitVariability === undefined && step.processVariability === undefined)).toBe(true);
  });

  it('fills the defaults an early file left out and keeps its extra fields', () => {
    const file = legacyFiles.find((candidate) => candidate.name === 'v1-invoices-minimal.stroomlijn');
    const result = parseMap(file?.text ?? '');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.map.steps[0]).toMatchObject({ valueType: 'business-required', activity: 'work', system: '', processTime: 0 });
    expect(result.map.actions).toEqual([]);
    expect(result.map.future).toBeNull();
    expect(result.map['x-written-by']).toBe('Stroomlijn 0.1');
  });
});
