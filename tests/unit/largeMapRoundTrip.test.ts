import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../shared/model/parse';
import { readMapBytes } from '../../shared/model/readMapBytes';
import { prepareMapForSave } from '../../shared/model/saveText';
import { serializeMap } from '../../shared/model/serialize';
import type { ProcessMap } from '../../shared/model/types';
import { generateMap } from '../bench/generateMap';

/**
 * Issue 12, defect 7: a 100,000-step map once saved as 50.7 MB and was then refused by the
 * 50 MB limit of an open. What the app saves must open again: the save drops indentation
 * when the indented text would pass the limit, and the text reopens equal to the map.
 *
 * `npm test` checks the switch on a 500-step map against a limit that lies between its
 * compact and its indented size (milliseconds); `npm run fuzz` (STROOMLIJN_LARGE_MAPS=1)
 * also runs the real case, 100,000 steps against the real 50 MB limit (about 15 s).
 */
function reopen(text: string): ProcessMap {
  const reopened = readMapBytes(new TextEncoder().encode(text), { language: 'en' });
  if (!reopened.ok) throw new Error(`open refused: ${JSON.stringify(reopened)}`);
  return reopened.map;
}

describe('a map whose indented text would pass the open limit', () => {
  const map = generateMap({ stepCount: 500 });
  const indentedBytes = new TextEncoder().encode(serializeMap(map)).length;
  const compactBytes = new TextEncoder().encode(`${JSON.stringify(JSON.parse(serializeMap(map)))}\n`).length;

  it('is written without indentation, within the limit, and reads back equal', () => {
    // The limit halfway between both sizes: only the compact text fits.
    const limitBytes = Math.floor((indentedBytes + compactBytes) / 2);
    expect(compactBytes).toBeLessThan(limitBytes);
    const text = serializeMap(map, limitBytes);
    expect(new TextEncoder().encode(text).length).toBe(compactBytes);
    expect(text.startsWith('{"')).toBe(true);
    expect(serializeMap(reopen(text))).toBe(serializeMap(map));
  });

  it('keeps its indentation when the indented text fits exactly', () => {
    const text = serializeMap(map, indentedBytes);
    expect(text.startsWith('{\n  "')).toBe(true);
    expect(new TextEncoder().encode(text).length).toBe(indentedBytes);
  });
});

describe.runIf(process.env.STROOMLIJN_LARGE_MAPS === '1')('a 100,000-step map round-trips through save and open', { timeout: 600_000 }, () => {
  it('is written within the 50 MB open limit and reads back equal', () => {
    const large = generateMap({ stepCount: 100_000 });
    const saved = prepareMapForSave(large, 'en');
    if (!saved.ok) throw new Error(`save refused: ${saved.problems.map((problem) => problem.message).join('; ')}`);
    // The indented text would be about 50.7 MB; the written one must fit under the limit.
    expect(new TextEncoder().encode(saved.text).length).toBeLessThanOrEqual(MAX_FILE_BYTES);
    const reopened = reopen(saved.text);
    expect(reopened.steps).toHaveLength(100_000);
    // Equal maps serialise to equal text (keys in schema order); quicker than a deep comparison.
    expect(serializeMap(reopened)).toBe(serializeMap(large));
  });
});
