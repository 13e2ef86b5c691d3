import { describe, expect, it, vi } from 'vitest';
import { createSettings, type KeyValueStore } from './settings';

// electron-store reads app paths from electron; the binary is not needed for these tests.
vi.mock('electron', () => ({ default: { app: {}, ipcMain: {}, shell: {} } }));

function memoryStore(initial: Record<string, unknown> = {}): KeyValueStore & { data: Record<string, unknown> } {
  const data = { ...initial };
  return { data, get: (key) => data[key], set: (key, value) => (data[key] = value) };
}

describe('createSettings', () => {
  it('starts with no preferences and merges patches', () => {
    const store = memoryStore();
    const settings = createSettings(store);
    expect(settings.getPreferences()).toEqual({});
    expect(settings.setPreferences({ language: 'nl' })).toEqual({ language: 'nl' });
    expect(settings.getPreferences()).toEqual({ language: 'nl' });
    expect(store.data.preferences).toEqual({ language: 'nl' });
    expect(settings.setPreferences({})).toEqual({ language: 'nl' });
  });

  it('ignores a hand-edited or stale file instead of trusting it', () => {
    const settings = createSettings(memoryStore({ preferences: { language: 'fr' }, windowState: { x: 'left' } }));
    expect(settings.getPreferences()).toEqual({});
    expect(settings.getWindowState()).toBeNull();
  });

  it('refuses to store an invalid patch', () => {
    const store = memoryStore();
    const settings = createSettings(store);
    expect(() => settings.setPreferences({ language: 'de' } as never)).toThrow();
    expect(store.data.preferences).toBeUndefined();
  });

  it('round-trips the window state', () => {
    const settings = createSettings(memoryStore());
    settings.setWindowState({ x: 5, y: 6, width: 1000, height: 700, maximized: true });
    expect(settings.getWindowState()).toEqual({ x: 5, y: 6, width: 1000, height: 700, maximized: true });
  });
});
