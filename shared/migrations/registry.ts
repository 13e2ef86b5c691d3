import { CURRENT_SCHEMA_VERSION } from '../model/schema';
import type { JsonObject, Migration } from './types';
import { v1ToV2 } from './v1ToV2';

/**
 * The migration chain, one entry per version step, oldest first. To introduce version N+1:
 * 1. add `vNToVN+1.ts` exporting a `Migration` with `fromVersion: N`, and list it here;
 * 2. change the schema and raise `CURRENT_SCHEMA_VERSION` in `shared/model/schema.ts`;
 * 3. add a `fixtures/legacy/vN-*.stroomlijn` file with its expected result in
 *    `migrations.test.ts`; the test fails for a migration that no legacy file exercises.
 */
export const MIGRATIONS: readonly Migration[] = [v1ToV2];

/** The oldest schemaVersion there has ever been. */
export const FIRST_SCHEMA_VERSION = 1;

/**
 * Problems with a migration chain, empty when it is sound: it must hold exactly one
 * migration from every version `FIRST_SCHEMA_VERSION … currentVersion - 1`, in order.
 */
export function checkMigrationChain(migrations: readonly Migration[], currentVersion: number): string[] {
  const errors: string[] = [];
  const expectedCount = currentVersion - FIRST_SCHEMA_VERSION;
  if (migrations.length !== expectedCount) {
    errors.push(`expected ${expectedCount} migrations to reach version ${currentVersion}, found ${migrations.length}`);
  }
  migrations.forEach((migration, index) => {
    const expectedFrom = FIRST_SCHEMA_VERSION + index;
    if (migration.fromVersion !== expectedFrom) {
      errors.push(`migration ${index} goes from version ${migration.fromVersion}, expected ${expectedFrom}`);
    }
  });
  return errors;
}

export type MigrationResult =
  | { ok: true; document: JsonObject }
  | { ok: false; failedFromVersion: number; reason: string };

/**
 * Brings `document` (of schemaVersion `fromVersion`) up to `targetVersion` one step at a
 * time. Never throws: a migration that fails on an odd old file is reported instead.
 */
export function migrateDocument(
  document: JsonObject,
  fromVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
  targetVersion: number = CURRENT_SCHEMA_VERSION,
): MigrationResult {
  let current = document;
  for (let version = fromVersion; version < targetVersion; version += 1) {
    const migration = migrations.find((candidate) => candidate.fromVersion === version);
    if (!migration) return { ok: false, failedFromVersion: version, reason: `no migration from version ${version}` };
    try {
      current = { ...migration.up(current), schemaVersion: version + 1 };
    } catch (error) {
      return { ok: false, failedFromVersion: version, reason: error instanceof Error ? error.message : String(error) };
    }
  }
  return { ok: true, document: current };
}
