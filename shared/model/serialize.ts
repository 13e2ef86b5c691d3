import { MAX_FILE_BYTES, utf8ByteLength } from './parse';
import { isJsonObject } from './problems';
import { processMapSchema } from './schema';
import type { ProcessMap } from './types';
import { z } from './zodConfig';

/** Strips `.default()`, `.optional()` and `.nullable()` to reach the schema of the value itself. */
function unwrapSchema(schema: unknown): unknown {
  let current = schema;
  while (current instanceof z.ZodDefault || current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
    current = current.unwrap();
  }
  return current;
}

/** The object schema that describes `value`: for a discriminated union, the option it matches. */
function objectSchemaFor(schema: unknown, value: Record<string, unknown>): z.ZodObject | undefined {
  const unwrapped = unwrapSchema(schema);
  if (unwrapped instanceof z.ZodObject) return unwrapped;
  if (unwrapped instanceof z.ZodDiscriminatedUnion) {
    const discriminator = unwrapped.def.discriminator;
    for (const option of unwrapped.options) {
      if (!(option instanceof z.ZodObject)) continue;
      const tag: unknown = option.shape[discriminator];
      if (tag instanceof z.ZodLiteral && tag.values.has(value[discriminator] as z.core.util.Literal)) return option;
    }
  }
  return undefined;
}

/**
 * A copy of `value` whose object keys follow the schema's field order, with fields the
 * schema does not know after them in their original order. Integer-like extra keys
 * ("12") still come first: JavaScript orders those before all others in every object.
 */
function orderKeys(value: unknown, schema: unknown): unknown {
  if (Array.isArray(value)) {
    const unwrapped = unwrapSchema(schema);
    const element = unwrapped instanceof z.ZodArray ? unwrapped.element : undefined;
    return value.map((item) => orderKeys(item, element));
  }
  if (!isJsonObject(value)) return value;
  const shape: Readonly<Record<string, unknown>> = objectSchemaFor(schema, value)?.shape ?? {};
  const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);
  const known = Object.keys(shape).filter((key) => hasOwn(value, key));
  const extra = Object.keys(value).filter((key) => !hasOwn(shape, key));
  // fromEntries defines own properties, so even a stray "__proto__" key stays plain data.
  return Object.fromEntries([...known, ...extra].map((key) => [key, orderKeys(value[key], shape[key])]));
}

/**
 * The text of a `.stroomlijn` file: 2-space indented JSON with a trailing newline, keys in
 * schema order (then unknown extra fields, kept for forward compatibility), so saving the
 * same map twice gives the same bytes and diffs stay small. `parseMap(serializeMap(map))`
 * gives back an equal map for every valid map.
 *
 * A map whose indented text would pass the 50 MB an open accepts (about 100,000 steps:
 * 50.7 MB indented) is written without indentation (32 MB for the same map), so every map
 * up to about 150,000 steps reopens; past that prepareMapForSave refuses to write it.
 * `maxBytes` is that open limit; tests pass a small one to check the switch on a small map.
 */
export function serializeMap(map: ProcessMap, maxBytes: number = MAX_FILE_BYTES): string {
  const ordered = orderKeys(map, processMapSchema);
  const indented = `${JSON.stringify(ordered, null, 2)}\n`;
  if (utf8ByteLength(indented, maxBytes) <= maxBytes) return indented;
  return `${JSON.stringify(ordered)}\n`;
}
