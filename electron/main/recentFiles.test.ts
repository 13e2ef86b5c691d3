import { describe, expect, it, vi } from 'vitest';
import { MAX_RECENT_FILES, createRecentFiles, recentFileId } from './recentFiles';

function memoryStore(initial: Record<string, unknown> = {}) {
  const data = new Map(Object.entries(initial));
  return { data, get: (key: string) => data.get(key), set: (key: string, value: unknown) => void data.set(key, value) };
}

let tick = 0;
const clock = () => new Date(Date.UTC(2026, 10, 26, 10, 0, tick++));

describe('recent files', () => {
  it('lists the newest first, once each, by id and name only', () => {
    const store = memoryStore();
    const recent = createRecentFiles(store, clock);
    recent.add('/home/anna/Facturen/facturen.stroomlijn');
    recent.add('/home/anna/Post/post.stroomlijn');
    recent.add('/home/anna/Facturen/facturen.stroomlijn');
    const list = recent.list();
    expect(list.map((entry) => [entry.fileName, entry.folderName])).toEqual([
      ['facturen.stroomlijn', 'Facturen'],
      ['post.stroomlijn', 'Post'],
    ]);
    expect(JSON.stringify(list)).not.toContain('/home/anna');
    expect(list[0]?.id).toBe(recentFileId('/home/anna/Facturen/facturen.stroomlijn'));
    expect(recent.pathOf(list[1]?.id ?? '')).toBe('/home/anna/Post/post.stroomlijn');
    expect(recent.pathOf('0000000000000000')).toBeUndefined();
  });

  it(`keeps at most ${MAX_RECENT_FILES}, forgets removed files and tells the menu`, () => {
    const recent = createRecentFiles(memoryStore(), clock);
    const changed = vi.fn();
    recent.onChange(changed);
    for (let index = 0; index < MAX_RECENT_FILES + 3; index += 1) recent.add(`/maps/${index}.stroomlijn`);
    expect(recent.list()).toHaveLength(MAX_RECENT_FILES);
    expect(recent.list()[0]?.fileName).toBe(`${MAX_RECENT_FILES + 2}.stroomlijn`);
    recent.remove(`/maps/${MAX_RECENT_FILES + 2}.stroomlijn`);
    expect(recent.list()[0]?.fileName).toBe(`${MAX_RECENT_FILES + 1}.stroomlijn`);
    recent.clear();
    expect(recent.list()).toEqual([]);
    expect(changed).toHaveBeenCalledTimes(MAX_RECENT_FILES + 3 + 2);
  });

  it('ignores a stale or hand-edited list', () => {
    expect(createRecentFiles(memoryStore({ recentFiles: 'oops' })).list()).toEqual([]);
    expect(createRecentFiles(memoryStore({ recentFiles: [{ path: 42 }] })).list()).toEqual([]);
  });
});
