import type { z } from '../model/zodConfig';

/**
 * Field-wise patching of a draft object. Every patched field is validated against the
 * field's own zod schema (the single source of truth for ranges), so a command can never
 * put a value into the document that the file format refuses. Unchanged values are not
 * written, so a patch that changes nothing produces no Immer patches (no history entry).
 */

type FieldSchemas = Record<string, z.ZodType>;

/** Structural equality of JSON values (positions, string lists). */
export function sameValue(left: unknown, right: unknown): boolean {
  if (Object.is(left, right)) return true;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) return false;
  if (Array.isArray(left) !== Array.isArray(right)) return false;
  const leftRecord = left as Record<string, unknown>;
  const rightRecord = right as Record<string, unknown>;
  const leftKeys = Object.keys(leftRecord);
  if (leftKeys.length !== Object.keys(rightRecord).length) return false;
  return leftKeys.every((key) => Object.hasOwn(rightRecord, key) && sameValue(leftRecord[key], rightRecord[key]));
}

/**
 * True when every field of the patch is acceptable: known fields pass their schema,
 * `undefined` is only allowed for optional fields (it removes the field), and `id` is
 * never patched. Unknown extra fields are allowed (the format preserves them).
 */
export function isValidPatch(
  patch: Record<string, unknown>,
  shape: FieldSchemas,
  optionalKeys: ReadonlySet<string>,
): boolean {
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'id' || key === '__proto__' || key === 'constructor' || key === 'prototype') return false;
    if (value === undefined) {
      if (!optionalKeys.has(key)) return false;
      continue;
    }
    const fieldSchema = shape[key];
    if (fieldSchema && !fieldSchema.safeParse(value).success) return false;
  }
  return true;
}

/** Writes the changed fields of a (validated) patch into the draft object. */
export function assignChangedFields(target: Record<string, unknown>, patch: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) {
      if (Object.hasOwn(target, key)) delete target[key];
      continue;
    }
    if (!sameValue(target[key], value)) target[key] = structuredCloneJson(value);
  }
}

/** A copy of a JSON value, so the document never shares objects with the caller. */
export function structuredCloneJson<Value>(value: Value): Value {
  if (typeof value !== 'object' || value === null) return value;
  return JSON.parse(JSON.stringify(value)) as Value;
}
