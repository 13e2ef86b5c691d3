/** A document as read from JSON, before it is known to match any schema version. */
export type JsonObject = Record<string, unknown>;

/**
 * One step of the migration chain: turns a document of `fromVersion` into one of
 * `fromVersion + 1`. Pure: returns a new document and leaves its input untouched. It may
 * assume the input is a JSON object with that schemaVersion but nothing more (old files can
 * be hand-edited), so it must not throw on missing or oddly typed fields. The runner sets
 * `schemaVersion` afterwards.
 */
export interface Migration {
  fromVersion: number;
  /** What changed in the format, for the changelog and the test names. */
  description: string;
  up(document: JsonObject): JsonObject;
}
