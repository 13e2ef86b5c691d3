import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../shared/model/parse';
import { readMapBytes } from '../../shared/model/readMapBytes';
import { prepareMapForSave } from '../../shared/model/saveText';
import { serializeMap } from '../../shared/model/serialize';
import { generateMap } from '../bench/generateMap';

/**
 * Issue 12, defect 7: a 100,000-step map once saved as 50.7 MB and was then refused by the
 * 50 MB limit of an open. What the app saves must open again: the save drops indentation
 * when the indented text would pass the limit, and the text reopens equal to the map.
 */
describe('a 100,000-step map round-trips through save and open', { timeout: 180_000 }, () => {
  it('is written within the open limit and reads back equal', () => {
    const map = generateMap({ stepCount: 100_000 });
    const saved = prepareMapForSave(map, 'en');
    if (!saved.ok) throw new Error(`save refused: ${saved.problems.map((problem) => problem.message).join('; ')}`);
    const bytes = new TextEncoder().encode(saved.text);
    // The indented text would be about 50.7 MB; the written one must fit under the limit.
    expect(bytes.length).toBeLessThanOrEqual(MAX_FILE_BYTES);
    const reopened = readMapBytes(bytes, { language: 'en' });
    if (!reopened.ok) throw new Error(`open refused: ${reopened.problems.map((problem) => problem.message).join('; ')}`);
    expect(reopened.map.steps).toHaveLength(100_000);
    // Equal maps serialise to equal text (keys in schema order); comparing the text is much
    // quicker than a deep comparison of 100,000 steps.
    expect(serializeMap(reopened.map)).toBe(serializeMap(map));
  });
});
