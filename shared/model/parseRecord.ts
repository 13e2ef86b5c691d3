import { containsForbiddenKey } from './parse';
import type { z } from './zodConfig';

/**
 * One element (a step, flow, lane, annotation or action) checked exactly as a file checks it:
 * no forbidden key anywhere in it, then its zod schema. Returns the schema's output, with
 * the defaults a file would get (a step without a position gets one), or null. Commands
 * and the clipboard insert this output, never the raw input, so what is in the map is what
 * a save writes and an open reads back.
 */
export function parseRecord<Schema extends z.ZodType>(schema: Schema, value: unknown): z.output<Schema> | null {
  if (containsForbiddenKey(value)) return null;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
