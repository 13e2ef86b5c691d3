/**
 * One pass over a JSON text before JSON.parse: how deep it nests (so JSON.parse never
 * recurses into a hostile depth) and the first object key that appears twice in the same
 * object (JSON.parse silently keeps the last one, so a file could say two things at once).
 * Works on any text; on text that is not JSON the results are only hints, and JSON.parse
 * has the last word.
 */
export interface JsonScan {
  /** Offset of the first `[` or `{` that opens level maxDepth + 1, or -1. */
  tooDeepAt: number;
  /** The first duplicate key: the path of the object holding it, then the key; or null. */
  duplicateKeyPath: Array<string | number> | null;
}

interface Frame {
  isObject: boolean;
  /** Keys seen so far in this object (reused between objects at the same depth). */
  keys: string[];
  /** Key or index of the value being read in this container. */
  current: string | number;
  expectKey: boolean;
}

/** The key a raw (still escaped) JSON string stands for. */
function keyOf(raw: string): string {
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

export function scanJson(text: string, maxDepth: number): JsonScan {
  const frames: Frame[] = [];
  let depth = 0;
  let duplicateKeyPath: Array<string | number> | null = null;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x22) {
      // A string: find its end (a backslash escapes the next character, also a quote).
      const start = index + 1;
      let end = start;
      while (end < text.length) {
        const inner = text.charCodeAt(end);
        if (inner === 0x5c) end += 2;
        else if (inner === 0x22) break;
        else end += 1;
      }
      index = end;
      const frame = depth > 0 ? frames[depth - 1] : undefined;
      if (frame?.isObject && frame.expectKey) {
        const key = keyOf(text.slice(start, Math.min(end, text.length)));
        if (duplicateKeyPath === null && frame.keys.includes(key)) {
          duplicateKeyPath = [...frames.slice(0, depth - 1).map((outer) => outer.current), key];
        }
        frame.keys.push(key);
        frame.current = key;
        frame.expectKey = false;
      }
    } else if (code === 0x7b || code === 0x5b) {
      depth += 1;
      if (depth > maxDepth) return { tooDeepAt: index, duplicateKeyPath };
      const isObject = code === 0x7b;
      const frame = frames[depth - 1];
      if (frame) {
        frame.isObject = isObject;
        frame.keys.length = 0;
        frame.current = 0;
        frame.expectKey = isObject;
      } else frames.push({ isObject, keys: [], current: 0, expectKey: isObject });
    } else if (code === 0x7d || code === 0x5d) {
      if (depth > 0) depth -= 1;
    } else if (code === 0x2c && depth > 0) {
      const frame = frames[depth - 1];
      if (frame) {
        if (frame.isObject) frame.expectKey = true;
        else if (typeof frame.current === 'number') frame.current += 1;
      }
    }
  }
  return { tooDeepAt: -1, duplicateKeyPath };
}
